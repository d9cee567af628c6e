import type { PhenomenonCase } from "./case";

/**
 * Sentences as long and nested as news copy writes them: a fronted occasion, several
 * commitments with their own stances, a condition for one of them, an aside, a quotation
 * inside reported speech.
 */
export const LONG_SENTENCE_CASES: readonly PhenomenonCase[] = [
  {
    phenomenon: "a fronted occasion, two commitments, one condition, a caveat about another country",
    text: "Speaking after a video call of the coalition's leaders on Tuesday, the British prime minister said London stood ready to deploy troops and aircraft to help secure Ukraine's skies once a ceasefire was agreed, but stressed that an American backstop remained essential.",
    cells: ["GB troops conditional", "GB air conditional", "GB backstop supports"],
    gap: "the nationality adjective of the backstop ('an American backstop') is read as the one who supports it",
  },
  {
    phenomenon: "reported speech with a refusal and an offer in one sentence",
    text: "Italy's defence minister told parliament on Wednesday that Rome would not send soldiers to Ukraine, although it was willing to help train Ukrainian forces outside the country and to contribute ships for demining in the Black Sea.",
    cells: ["IT troops ruled_out", "IT training committed", "IT maritime committed"],
  },
  {
    phenomenon: "an aside between subject and verb",
    text: "Norway, which has so far given more than 8 billion dollars in military aid, will also contribute to a mission monitoring any ceasefire, Prime Minister Jonas Gahr Store said on Friday.",
    cells: ["NO arms committed", "NO monitoring committed"],
  },
  {
    phenomenon: "a hedge wrapped in a quotation inside the frame",
    text: 'Asked about a possible deployment, the Dutch prime minister said the Netherlands was "not excluding anything" when it comes to sending troops after a peace deal.',
    cells: ["NL troops considering"],
  },
  {
    phenomenon: "two countries, two stances, one sentence",
    text: "While France and Britain have said they are prepared to send troops to Ukraine after a truce, Poland has ruled out deploying its own soldiers, saying it will instead serve as a logistics hub.",
    cells: ["FR troops conditional", "GB troops conditional", "PL troops ruled_out", "PL logistics committed"],
  },
  {
    phenomenon: "a condition that comes first and governs two pledges",
    text: "If a lasting ceasefire is reached, Sweden will send a battalion to the reassurance force and provide surveillance aircraft to monitor the line of contact, its defence minister said.",
    // surveillance aircraft are surveillance support (intelligence) as well as monitoring
    cells: ["SE troops conditional", "SE monitoring conditional", "SE intelligence conditional"],
  },
  {
    phenomenon: "a long list of offers after a colon",
    text: "The Danish government set out its offer on Monday: instructors to train Ukrainian brigades, a contribution to air policing from Polish bases, and funding for long-range drones made in Ukraine.",
    cells: ["DK training committed", "DK air committed", "DK funding committed", "DK arms committed"],
    gap: "the bases an air mission flies from are read as a logistics hub",
  },
  {
    phenomenon: "support in principle from a leader who pledges nothing",
    text: "The Slovak prime minister said he backed security guarantees for Ukraine in principle, but that not a single Slovak soldier would be sent there.",
    cells: ["SK troops ruled_out"],
  },
  {
    phenomenon: "the other side's view reported inside a pledge sentence",
    text: "Germany will take part in monitoring a ceasefire, Chancellor Friedrich Merz said, even though Moscow has repeatedly warned against any Western presence in Ukraine.",
    cells: ["DE monitoring committed", "RU troops opposes"],
  },
  {
    phenomenon: "a decision still open, with reasons",
    text: "Canada has not yet decided whether to send troops, Prime Minister Mark Carney said, adding that the government wanted to see the mandate of the mission and the rules of engagement first.",
    cells: ["CA troops considering"],
  },
  {
    phenomenon: "a pledge reported through a ministry statement with a date and a figure",
    text: "In a statement released late on Sunday, the Finnish defence ministry said Helsinki would send up to 200 soldiers to a multinational force in Ukraine, subject to approval by parliament.",
    cells: ["FI troops conditional | subject to approval by parliament"],
  },
  {
    phenomenon: "a refusal inside a contrastive 'but'",
    text: "Austria supports a strong European role in guaranteeing Ukraine's security, but as a neutral country it will not take part in any military mission there, Chancellor Christian Stocker said.",
    cells: ["AT troops ruled_out"],
  },
  {
    phenomenon: "a hedge attributed by 'according to' at the end",
    text: "Belgium could contribute minehunters to a naval mission in the Black Sea after the war, according to Defence Minister Theo Francken.",
    cells: ["BE maritime considering"],
  },
  {
    phenomenon: "a pledge in the headline's words, restated with a quote",
    title: "Estonia ready to send a company to Ukraine",
    text: 'Estonia is ready to send an infantry company to Ukraine as part of a reassurance force, Prime Minister Kristen Michal said on Thursday. "We are prepared to do our share," he told reporters in Tallinn.',
    cells: ["EE troops committed"],
  },
  {
    phenomenon: "two officials of two countries in one sentence, one hedging and one refusing",
    text: "Spanish Prime Minister Pedro Sanchez said it was too early to talk about sending troops, while his Portuguese counterpart Luis Montenegro said Lisbon would not rule out a contribution to ceasefire monitoring.",
    cells: ["ES troops considering", "PT monitoring considering"],
    gap: "'it was too early to talk about' is no cue yet; with an expletive subject it would read as the speaker's support",
  },
  {
    phenomenon: "an offer of air policing from the ally's own territory with a condition after a dash",
    text: "Romania is willing to help police Ukraine's airspace from its own bases – but only once a ceasefire has been signed, President Nicusor Dan said.",
    cells: ["RO air conditional | only once a ceasefire has been signed"],
  },
  {
    phenomenon: "an agreement reported by the receiving side",
    text: "Zelensky said after talks in Oslo that Norway had agreed to finance the production of air-defence interceptors in Ukraine worth 500 million dollars.",
    cells: ["NO funding committed", "NO arms committed"],
  },
  {
    phenomenon: "a country that opposes a force for everyone, in reported speech",
    text: "Hungarian Foreign Minister Peter Szijjarto said Budapest opposed sending any European troops to Ukraine because it would risk a direct war with Russia.",
    cells: ["HU troops opposes"],
  },
  {
    phenomenon: "a plan announced by the leaders of two countries together",
    text: "Macron and Starmer announced that France and Britain would lead a multinational force and set up military hubs across Ukraine once the fighting stops.",
    cells: [
      "FR troops conditional | once the fighting stops",
      "GB troops conditional | once the fighting stops",
      "FR logistics conditional | once the fighting stops",
      "GB logistics conditional | once the fighting stops",
    ],
  },
  {
    phenomenon: "a pledge stated as a decision of a cabinet",
    text: "The Swedish government decided on Thursday to give Ukraine its 20th military aid package, worth 4.6 billion kronor, including artillery ammunition and air-defence missiles.",
    cells: ["SE arms committed"],
  },
  {
    phenomenon: "a pledge in the passive with the giver after 'by'",
    text: "A further 40 Leopard tanks will be delivered to Ukraine by Germany and Denmark before the end of the year, the two governments said in a joint statement.",
    cells: ["DE arms committed", "DK arms committed"],
  },
  {
    phenomenon: "a ministry's denial of a report",
    text: "The Czech defence ministry denied a newspaper report that Prague was preparing to send soldiers to Ukraine, saying no such decision had been discussed.",
    cells: [],
  },
  {
    phenomenon: "support for another country's initiative with one's own part hedged",
    text: "Ireland welcomes the French and British initiative for a reassurance force and may contribute personnel to its headquarters, Taoiseach Micheal Martin said.",
    // welcoming others' force is support for it; personnel for its headquarters a hedged logistics part
    cells: ["IE troops supports", "IE logistics considering"],
    gap: "the welcome of another country's initiative is not read beside the hedge that follows",
  },
  {
    phenomenon: "a refusal of others' plan by the one that would host it",
    text: "Poland will not allow foreign troops bound for Ukraine to be based on its territory, the Polish president said, dismissing a proposal from Paris.",
    cells: ["PL logistics ruled_out"],
    gap: "refusing to host foreign troops on one's own soil is read as opposing troops in Ukraine",
  },
  {
    phenomenon: "an intention stated in the first person plural inside a quotation",
    text: '"We intend to keep our air-defence systems in Ukraine for as long as they are needed," Dutch Defence Minister Ruben Brekelmans said.',
    cells: ["NL arms committed"],
  },
  {
    phenomenon: "a call on others with no pledge of one's own",
    text: "Lithuanian President Gitanas Nauseda called on European allies to deploy air-defence units to protect Ukraine's western cities.",
    cells: ["LT air supports"],
  },
  {
    phenomenon: "the EU's funding decided by its Council",
    text: "EU finance ministers agreed on Tuesday to provide Ukraine with a 90 billion euro loan to cover its military needs over the next two years.",
    cells: ["EU funding committed"],
  },
  {
    phenomenon: "a past pledge recalled as background",
    text: "Last year, Canada signed a security agreement with Ukraine under which it committed to train Ukrainian soldiers until 2034.",
    cells: ["CA training committed"],
  },
  {
    phenomenon: "a condition with 'as long as' on a maritime role",
    text: "Bulgaria will take part in clearing mines off its coast and in the western Black Sea as long as the operation stays under NATO command, Defence Minister Atanas Zapryanov said.",
    cells: ["BG maritime conditional | as long as the operation stays under NATO command"],
  },
  {
    phenomenon: "a US official's hedge about American intelligence",
    text: "The United States may keep providing intelligence to Kyiv after a ceasefire, but no decision has been made, a senior administration official said.",
    cells: ["US intelligence considering"],
  },
  {
    phenomenon: "joining another country's pledge ('join France in')",
    text: "Luxembourg will join France in sending military instructors to western Ukraine once a truce is signed, Prime Minister Luc Frieden said.",
    cells: ["LU training conditional | once a truce is signed"],
  },
  {
    phenomenon: "a refusal unless a condition is met",
    text: "Greece will not send any troops to Ukraine unless there is a United Nations mandate, Prime Minister Kyriakos Mitsotakis said.",
    cells: ["GR troops ruled_out"],
  },
  {
    phenomenon: "NATO's secretary general supports a measure",
    text: "NATO Secretary General Mark Rutte said the alliance backs the plan for a European reassurance force and will help coordinate it from its Wiesbaden command.",
    cells: ["NATO troops supports", "NATO logistics committed"],
    gap: "coordinating a force from one's own command is not read as a headquarters (logistics) role",
  },
  {
    phenomenon: "a pledge 'as part of' a coalition effort, numbers first",
    text: "About 300 Czech soldiers could be deployed to Ukraine as part of the coalition's reassurance force, Czech Defence Minister Jana Cernochova said on Monday.",
    cells: ["CZ troops considering"],
  },
  {
    phenomenon: "the EU Commission's money for weapons made in Europe",
    text: "The European Commission will lend Ukraine 5 billion euros to buy weapons made in Europe, Commission President Ursula von der Leyen announced.",
    cells: ["EU funding committed", "EU arms committed"],
    gap: "a loan is financing as such, but money to buy weapons is read as arms only",
  },
  {
    phenomenon: "following another country's lead with a hedge",
    text: "Following Britain's lead, New Zealand is considering sending a small team of military trainers to Britain to train Ukrainian recruits.",
    cells: ["NZ training considering"],
  },
  {
    phenomenon: "a question answered with a refusal in the next sentence",
    text: "Will Japan send its Self-Defense Forces to Ukraine? Prime Minister Shigeru Ishiba ruled that out on Tuesday, citing the country's constitution.",
    cells: ["JP troops ruled_out"],
  },
  {
    phenomenon: "a condition about another country's part ('provided the US')",
    text: "Germany is ready to contribute to the security guarantees provided the United States is also involved, Foreign Minister Johann Wadephul said.",
    cells: [],
  },
  {
    phenomenon: "an offer of a logistics hub on the ally's own soil",
    text: "Slovakia has offered its airport in Kosice as a logistics hub for deliveries to Ukraine, the Slovak economy ministry said.",
    cells: ["SK logistics committed"],
  },
  {
    phenomenon: "an opposition to Ukraine's NATO membership-like guarantee by a member",
    text: "Hungary rejects any security guarantees for Ukraine modelled on NATO's Article 5, Prime Minister Viktor Orban said on Friday.",
    cells: ["HU article5 opposes"],
  },
  {
    phenomenon: "neither ... nor: two refusals",
    text: "Croatia will neither send soldiers to Ukraine nor take part in training missions on Ukrainian soil, Prime Minister Andrej Plenkovic said.",
    cells: ["HR troops ruled_out", "HR training ruled_out"],
  },
  {
    phenomenon: "a readout from a leader's office",
    text: "According to a readout from the Elysee, Macron told Zelensky that France would provide additional Mirage jets and train Ukrainian pilots in the coming months.",
    cells: ["FR arms committed", "FR training committed"],
  },
  {
    phenomenon: "'instead' after a refusal",
    text: "Rather than sending troops, Italy will offer its navy to escort grain ships in the Black Sea, Defence Minister Guido Crosetto said.",
    cells: ["IT troops ruled_out", "IT maritime committed"],
  },
  {
    phenomenon: "ready in principle, with the details still open",
    text: "Sweden is in principle ready to contribute to a peacekeeping force, but the size and form of its participation have not been decided, Prime Minister Ulf Kristersson said.",
    cells: ["SE troops committed"],
    gap: "'in principle ready' is read as a hedge; a readiness with no condition is committed",
  },
  {
    phenomenon: "'on condition that' after the pledge",
    text: "Finland will contribute air-defence crews to protect Kyiv on condition that the mission has a clear mandate, President Alexander Stubb said.",
    cells: ["FI air conditional | on condition that the mission has a clear mandate"],
  },
  {
    phenomenon: "insisted on a backstop, said by the one who would lead the force",
    text: "Starmer insisted on Thursday that any European force in Ukraine would need a US backstop to deter Russia.",
    cells: ["GB backstop supports"],
  },
  {
    phenomenon: "a warning against a measure by Russia's ambassador",
    text: "Russia's ambassador to London, Andrei Kelin, warned that any British troops sent to Ukraine would become legitimate targets.",
    cells: ["RU troops opposes"],
  },
  {
    phenomenon: "a pledge told by the receiving side with 'promised'",
    text: "Ukrainian Defence Minister Denys Shmyhal said Norway had promised to deliver two more NASAMS systems before winter.",
    cells: ["NO arms committed"],
  },
  {
    phenomenon: "a number spelled out and a monitoring role",
    text: "Ireland is prepared to send up to fifty observers to a ceasefire monitoring mission led by the United Nations, Tanaiste Simon Harris said.",
    cells: ["IE monitoring committed"],
  },
  {
    phenomenon: "a measure opposed by a government that is not at war",
    text: "The Slovak government opposes the use of EU funds to buy weapons for Ukraine, Prime Minister Robert Fico said on Wednesday.",
    // opposing EU funds to buy weapons: funds as such, and the weapons they buy
    cells: ["SK funding opposes", "SK arms opposes"],
  },
];
