import type { PhenomenonCase } from "./case";

/**
 * Whole short articles about the great powers and the talks, agreements, aid and money, written
 * before any run: a Washington political outlet, a financial daily, a think-tank explainer, a
 * broadcaster's live page, a government press release, an interview in questions and answers.
 * The traps are the ones real copy sets: a peace plan's clauses and what a document envisages
 * (nobody's pledge), an envoy speaking, Russia's demands, a leak from unnamed officials, money
 * that is military aid (arms) beside money as such (funding), air-defence systems delivered
 * (arms) beside jets over Ukraine (air), forces based outside Ukraine, a consultation clause, a
 * condition given in the next paragraph, former officials and analysts. One cell per country
 * and commitment, the strongest explicit statement of the article.
 */
export const WHOLE_ARTICLE_POWERS_CASES: readonly PhenomenonCase[] = [
  {
    phenomenon:
      "a Washington outlet on a leaked framework: the plan's clauses, the envoy's pledges via officials, Moscow's demand, a former envoy",
    title: "Witkoff walks Europeans through slimmed-down peace framework",
    text: [
      "Special envoy Steve Witkoff on Sunday presented European national security advisers with a revised 20-point framework for ending the war, according to three officials briefed on the meeting, a text that drops several of Moscow's demands but still keeps Ukraine out of NATO.",
      "The framework envisages a ceiling of 800,000 troops on Ukraine's peacetime army and a European air contingent based in Poland and Romania rather than on Ukrainian soil.",
      "Witkoff told the advisers that Washington would keep passing intelligence to Kyiv after a deal and would help watch over the ceasefire line with satellites and drones, two of the officials said.",
      "He also made clear that no American soldiers would be on the ground to do it.",
      "In Moscow, Foreign Minister Sergei Lavrov repeated on Monday that any settlement must keep Western soldiers out of Ukraine for good and recognise Russia's hold on the regions it has seized.",
      'Kurt Volker, a former U.S. special representative for Ukraine, called the army ceiling "a present to the Kremlin that Kyiv will be asked to pay for."',
      "A White House spokesperson declined to discuss the document's details.",
    ].join("\n\n"),
    cells: [
      "US intelligence conditional | after a deal",
      "US monitoring committed",
      "US troops ruled_out",
      "RU troops opposes",
    ],
  },
  {
    phenomenon:
      "a financial daily on the reparations loan: a holdout's condition, a guarantee whose condition comes a paragraph later, a veto threat, analysts",
    gap: "'would not sign off unless' and 'guarantee its share of the loan' are not read, nor the condition a paragraph later; 'was against using the assets' is no opposition",
    title: "EU finance ministers back reparations loan structure as Belgium holds out",
    text: [
      "The EU's plan to lend Ukraine as much as €140bn against immobilised Russian central bank assets moved closer on Tuesday when finance ministers endorsed its legal structure, although Belgium still withheld its consent.",
      "Belgian prime minister Bart De Wever said his government would not sign off unless the other member states shared the legal risk of any Russian claim against Euroclear, the Brussels depository that holds most of the money.",
      "German finance minister Lars Klingbeil said Berlin was prepared to guarantee its share of the loan, estimated at about €25bn.",
      "That guarantee would only take effect once all 27 capitals had agreed on the scheme, he added.",
      "Commission president Ursula von der Leyen said Brussels was determined to finance Ukraine's military needs for the next two years, whatever form the loan finally took.",
      "Hungary's foreign minister Péter Szijjártó said Budapest was against using the assets for Ukraine's army \"in any shape\".",
      "Analysts at a Frankfurt bank estimated that the loan would cover about two-thirds of Kyiv's budget gap in 2027. The euro was flat against the dollar.",
    ].join("\n\n"),
    cells: [
      "BE funding conditional | unless the other member states shared the legal risk of any Russian claim against Euroclear",
      "DE funding conditional | once all 27 capitals had agreed on the scheme",
      "EU funding committed",
      "HU funding opposes",
    ],
  },
  {
    phenomenon:
      "a think-tank explainer on PURL: question headings, buyers of US weapons (money and arms), a refusal on principle, a US refusal of aid",
    gap: "'paid for the first package' and 'jointly funded the second' name neither weapons nor Ukraine in their sentence; 'declined to contribute' has no type but the article's topic",
    title: "Explainer: How Europe pays for American weapons for Ukraine",
    text: [
      "What is PURL?",
      "The Prioritized Ukraine Requirements List is a NATO arrangement under which European allies and Canada pay for American weapons, mostly air-defence interceptors, which are then shipped to Ukraine.",
      "Who has paid so far?",
      "The Netherlands paid for the first package, worth about $500m. Denmark, Norway and Sweden jointly funded the second.",
      "Who has stayed away?",
      "France has declined to contribute, arguing that European money should buy European-made equipment.",
      "What does Washington say?",
      "The Trump administration has said it will not approve new military aid for Ukraine paid for by American taxpayers; it is ready to sell, not to give.",
      "Our view: the scheme keeps the interceptors flowing, but only as long as a handful of rich allies keep writing cheques.",
    ].join("\n\n"),
    cells: [
      "NL funding committed",
      "NL arms committed",
      "DK funding committed",
      "DK arms committed",
      "NO funding committed",
      "NO arms committed",
      "SE funding committed",
      "SE arms committed",
      "FR funding ruled_out",
      "US arms ruled_out",
    ],
  },
  {
    phenomenon:
      "a broadcaster's live page on talks: timestamped entries, a host's offer, a Kremlin aide, a delegation source, Brazil's refusal and condition, China's vagueness",
    title: "Live: Ukraine talks resume in Geneva",
    text: [
      "14:02",
      "Turkish Foreign Minister Hakan Fidan says Ankara is willing to take part in a ceasefire monitoring mission and to host its headquarters in Istanbul.",
      "14:20",
      'Kremlin aide Yuri Ushakov tells Russian agencies that Moscow\'s position is unchanged: no troops from any NATO country in Ukraine, "in any form and under any badge".',
      "14:35",
      'The Ukrainian delegation, led by Rustem Umerov, wants the final text to contain guarantees "equivalent to Article 5", a source in the delegation told our correspondent.',
      "14:50",
      "Brazilian President Luiz Inácio Lula da Silva, speaking in Brasília, says Brazil will not send soldiers to any force in Ukraine but will take part in a UN-led monitoring mission if both sides ask for it.",
      "15:10",
      'A Chinese foreign ministry spokesperson says Beijing "supports every effort conducive to peace" and declines to say whether China would join a peacekeeping force.',
    ].join("\n\n"),
    cells: [
      "TR monitoring committed",
      // corrected after the first run: a headquarters hosted outside Ukraine is logistics, as
      // Poland serving as the force's logistics hub is (whole-articles.ts); only troops abroad
      // are set aside by the conventions
      "TR logistics committed",
      "RU troops opposes",
      "UA article5 supports",
      "BR troops ruled_out",
      "BR monitoring conditional | if both sides ask for it",
    ],
  },
  {
    phenomenon:
      "a government press release on a bilateral agreement: what the document envisages, PURL money, a consultation clause, Ukraine's side",
    title: "Luxembourg and Ukraine sign agreement on security cooperation",
    text: [
      "Luxembourg, 2 March 2026 - Prime Minister Luc Frieden and President Volodymyr Zelensky today put their signatures to a ten-year security pact between the Grand Duchy of Luxembourg and Ukraine.",
      "Under the agreement, Luxembourg will provide Ukraine with military assistance worth at least 80 million euros a year until 2030, including satellite communications and military vehicles.",
      "The document also envisages that Luxembourg will help train Ukrainian specialists in partner countries.",
      "Luxembourg will in addition fund the purchase of US-made air defence equipment for Ukraine through the PURL initiative.",
      "Should Russia attack Ukraine again, the Participants will meet at the highest level within one day to agree on further support.",
      "Ukraine, for its part, undertakes to pursue the reform of its defence sector and to account transparently for the assistance received.",
      '"Luxembourg stood by Ukraine yesterday and will stand by it tomorrow," said Prime Minister Frieden.',
    ].join("\n\n"),
    cells: ["LU arms committed", "LU training committed", "LU funding committed"],
  },
  {
    phenomenon:
      "an interview in questions and answers: 'we' for the minister's country, a condition, jets based abroad refused over Ukraine, aid and PURL",
    gap: "'They will not fly over Ukraine' names the aircraft by a pronoun only, so no air is read; 'paying for American Patriot interceptors through PURL' names no purchase and not Ukraine, so no funding",
    title: "'Russia doesn't get a veto': Canada's defence minister on the reassurance force",
    text: [
      "Canada's Defence Minister David McGuinty spoke to us in Ottawa ahead of the coalition meeting in Paris. The interview has been edited for length.",
      "Will Canadian troops be part of the reassurance force?",
      "We have said we are ready to contribute, and that includes personnel on the ground, once there is a durable ceasefire. Parliament will be consulted.",
      "Canada has CF-18s in Romania. Could they help protect Ukraine's skies?",
      "Our aircraft in Romania protect NATO's eastern flank. They will not fly over Ukraine; that is not on the table.",
      "And money?",
      "Canada has committed 2 billion dollars in military assistance for this year, and we are paying for American Patriot interceptors through PURL.",
      "Are you worried about escalation?",
      "Russia doesn't get a veto over who helps Ukraine.",
    ].join("\n\n"),
    cells: [
      "CA troops conditional | once there is a durable ceasefire",
      "CA air ruled_out",
      "CA arms committed",
      "CA funding committed",
    ],
  },
  {
    phenomenon:
      "a Washington outlet on a NATO meeting: the Secretary General for the alliance, 'allies' unnamed, a US ambassador, Turkey's hedge, an analyst",
    title: "Rutte: NATO itself won't deploy to Ukraine, but its training role stays",
    text: [
      "BRUSSELS — NATO will not deploy forces of its own to Ukraine under any settlement, Secretary General Mark Rutte told reporters on Wednesday, leaving any reassurance mission to a coalition of individual member states.",
      "Rutte said the alliance would keep coordinating the training of Ukrainian soldiers through its command in Wiesbaden, Germany.",
      "Allies would also go on buying American weapons for Kyiv through PURL, he said, without naming new contributors.",
      "U.S. Ambassador to NATO Matthew Whitaker said Washington would keep providing Ukraine with intelligence but would not join a European air mission over the country.",
      "Turkish President Recep Tayyip Erdogan, arriving for the talks, said Ankara could contribute ships to a Black Sea security mission.",
      'Sophie Marchetti, a senior fellow at a Washington think tank, said the alliance was "outsourcing its own credibility" to a coalition with no command structure.',
    ].join("\n\n"),
    cells: [
      "NATO troops ruled_out",
      "NATO training committed",
      "US intelligence committed",
      "US air ruled_out",
      "TR maritime considering",
    ],
  },
  {
    phenomenon:
      "a financial daily on a draft budget: military aid (arms) beside money for the defence budget (funding), Patriots delivered, jets refused, economists",
    title: "Berlin raises Ukraine support in 2027 draft budget",
    text: [
      "Germany's cabinet approved a draft budget on Wednesday that sets aside €11.5bn in military aid for Ukraine next year, up from €9bn, despite pressure to find savings elsewhere.",
      "Finance minister Lars Klingbeil said a further €3bn would flow directly into Ukraine's defence budget to pay soldiers' salaries.",
      "Defence minister Boris Pistorius said Germany would deliver two more Patriot air defence systems by the summer.",
      "Pistorius ruled out sending Luftwaffe Eurofighters to patrol Ukrainian airspace, saying Germany's part in protecting Ukraine's skies would come from the ground.",
      "Economists at the Ifo institute said the increase was affordable under the loosened debt brake.",
      "Bund yields rose two basis points after the announcement.",
    ].join("\n\n"),
    cells: ["DE arms committed", "DE funding committed", "DE air ruled_out"],
  },
  {
    phenomenon:
      "a think-tank explainer on a draft peace plan: point-by-point clauses, forces abroad, then who said what, a former official",
    title: "Explainer: The draft peace plan, point by point",
    text: [
      "What does the draft say about guarantees?",
      'Point 5 states that Ukraine would receive "reliable security guarantees", without saying from whom.',
      "Point 7 would have Ukraine write into its constitution that it will not join NATO. Point 9 foresees European fighter jets stationed in Poland.",
      "Who has backed what?",
      "Secretary of State Marco Rubio told senators that Washington would back the guarantees with intelligence and early-warning support.",
      'Russian Deputy Foreign Minister Sergei Ryabkov said a European contingent in Ukraine would be "unacceptable in any configuration".',
      "Kyiv wants the text to include European air patrols over western Ukraine, its negotiators have said.",
      "What do outside experts think?",
      "A former deputy secretary general of NATO said the plan's vagueness on who guarantees what was its central flaw.",
    ].join("\n\n"),
    cells: ["US intelligence committed", "RU troops opposes", "UA air supports"],
  },
  {
    phenomenon:
      "a government press release on a missile deal: air-defence missiles delivered (arms), the loan that pays for them, jets policing NATO airspace abroad, notes to editors",
    gap: "the deal 'financed through a loan from UK Export Finance to the Government of Ukraine' gives the UK no funding: the lender after the loan is read (stance-word/a-gift-and-its-donors), but 'the Government of Ukraine' after it takes the sentence from the rules",
    title: "UK to deliver thousands of air defence missiles to Ukraine under new £1.6bn deal",
    text: [
      "The UK will supply more than 5,000 lightweight multirole missiles to Ukraine, the Defence Secretary announced today, in a deal that will also support 700 jobs in Northern Ireland.",
      "The missiles will strengthen Ukraine's air defences against drone and missile attacks on its cities and energy grid.",
      "The deal is financed through a loan from UK Export Finance to the Government of Ukraine.",
      'Defence Secretary John Healey said: "This deal puts British industry at the heart of Ukraine\'s defence, and British workers at the heart of our security."',
      "Royal Air Force Typhoons will continue to police NATO's eastern flank from bases in Poland.",
      "Notes to editors: the UK has committed £3 billion a year in military aid to Ukraine until 2030-31.",
    ].join("\n\n"),
    cells: ["GB arms committed", "GB funding committed"],
  },
  {
    phenomenon:
      "a broadcaster's live page on a Delhi summit: Putin's rejection, India's vagueness, China's envoy with a hedge, Kyiv's welcome of observers, a former ambassador",
    title: "Live: Putin in New Delhi as talks on Ukraine stall",
    text: [
      "09:15",
      "Indian Prime Minister Narendra Modi and Vladimir Putin have begun their talks at Hyderabad House in New Delhi.",
      "09:40",
      'Putin tells a joint press conference that Russia will never agree to foreign troops in Ukraine, which he calls "a direct threat to our security".',
      "10:05",
      "Modi says India stands ready to help the two sides talk, but makes no mention of guarantees.",
      "10:30",
      "China's special envoy Li Hui says Beijing would consider joining a UN-mandated monitoring mission if both Moscow and Kyiv invited it.",
      "11:00",
      'Ukraine\'s foreign ministry says Kyiv is "ready to welcome" ceasefire observers from any country that respects its sovereignty.',
      "11:20",
      "A former Indian ambassador to Moscow tells us that New Delhi will keep buying Russian oil whatever the outcome.",
    ].join("\n\n"),
    cells: ["RU troops opposes", "CN monitoring considering", "UA monitoring supports"],
  },
  {
    phenomenon:
      "a financial daily on a budget rise: military support paid by borrowing (arms), a loan guarantee with a proviso, the opposition, the bank analysts",
    title: "Sweden lifts military support for Ukraine to SKr40bn",
    text: [
      "Sweden will spend SKr40bn ($4.2bn) on military support for Ukraine next year, the government said on Monday, an increase it will pay for by borrowing rather than by cutting other spending.",
      "Of the total, SKr5bn will go to Ukrainian arms makers to produce drones and artillery shells in Ukraine.",
      "Finance minister Elisabeth Svantesson said Sweden was also prepared to guarantee part of an EU loan to Kyiv, provided the Riksdag approved the guarantees in the spring.",
      "Analysts at a Stockholm bank said the borrowing would lift public debt by less than one percentage point of GDP.",
      "Magdalena Andersson, leader of the opposition Social Democrats, backed the increase.",
      "The krona was little changed against the euro.",
    ].join("\n\n"),
    cells: ["SE arms committed", "SE funding conditional | provided the Riksdag approved the guarantees in the spring"],
  },
  {
    phenomenon:
      "a Washington outlet on Russia's demands: a Kremlin envoy, a memo seen by the outlet, the US envoy's backstop, an anonymous senior official, a former official",
    title: "Dmitriev brings Moscow's list to Miami",
    text: [
      'MIAMI — Kremlin envoy Kirill Dmitriev arrived in Miami on Saturday for a second round of talks with Steve Witkoff, carrying what one participant called "the same list with new paper".',
      "Dmitriev told reporters that Russia's conditions had not changed: Ukraine must leave the Donbas, and no soldiers from NATO countries may be stationed in Ukraine after a deal.",
      "Moscow also wants Western weapons deliveries to Kyiv to end as part of the settlement, according to a Russian memo handed to the U.S. side and seen by this outlet.",
      'After the meeting, Witkoff said the United States was prepared to stand behind a European force with "American capabilities", without giving details.',
      "Trump will not send U.S. troops to Ukraine under any circumstances, a senior administration official said, speaking on condition of anonymity to discuss private talks.",
      "Marcus Bell, a former State Department official now at a Washington consultancy, said the memo showed Moscow was negotiating for a weaker Ukraine, not for peace.",
    ].join("\n\n"),
    cells: ["RU troops opposes", "RU arms opposes", "US backstop committed", "US troops ruled_out"],
  },
  {
    phenomenon:
      "an interview in questions and answers with the EU's foreign policy chief: 'we' for the Union, Hungary in a question, a training mission abroad",
    title: "Kallas: 'We will keep paying for Ukraine's army'",
    text: [
      "Kaja Kallas, the EU's High Representative for foreign affairs, spoke to us in Brussels after the foreign ministers' meeting.",
      "Will the EU finance the reassurance force?",
      "We will keep financing Ukraine's army, that is the best guarantee there is. What a coalition does on the ground is for its members to decide.",
      "Hungary keeps blocking the European Peace Facility. What then?",
      "Then we work around it, as we have done before.",
      "What about training?",
      "Our training mission is already working in Poland and Germany; more than 80,000 Ukrainian soldiers have passed through it.",
      "Do you trust the Americans to stay at the table?",
      "They have told us they will. We judge them by what they do.",
    ].join("\n\n"),
    cells: ["EU funding committed", "EU training committed"],
  },
  {
    phenomenon:
      "a government press release of refusals: no aid from army stocks, no troops, no loan, commercial sales and land demining that are no position",
    title: "Government of the Slovak Republic: Slovakia will not provide military aid from army stocks",
    text: [
      "Bratislava, 4 March 2026 - The Government of the Slovak Republic will not provide military aid to Ukraine from the stocks of the Armed Forces, Prime Minister Robert Fico said after today's cabinet meeting.",
      "Slovak companies remain free to fulfil commercial contracts with Ukrainian customers in line with the law.",
      "Slovakia will not join any military contingent of the so-called coalition of the willing, the Prime Minister added.",
      "The Government also decided that Slovakia will not take part in guaranteeing the reparations loan to Ukraine.",
      "Slovakia is ready to help with clearing mines from Ukrainian farmland and with humanitarian projects in the regions bordering Slovakia.",
      "The Government supports an immediate ceasefire and a negotiated end to the war.",
    ].join("\n\n"),
    cells: ["SK arms ruled_out", "SK troops ruled_out", "SK funding ruled_out"],
  },
  {
    phenomenon:
      "a broadcaster's live page from Paris: jets over Ukraine as a possibility, air-defence batteries delivered, jets policing the Baltic, a Spanish refusal beside training, Medvedev",
    title: "Live: coalition defence ministers meet in Paris",
    text: [
      "10:12",
      "Emmanuel Macron says French Rafale jets could fly over western Ukraine to shield it from drones once a ceasefire holds.",
      "10:30",
      "He says France will deliver two more SAMP/T air defence batteries to Ukraine this year.",
      "10:45",
      "The French air force is already policing Baltic airspace from Lithuania, a defence ministry spokesman reminds reporters.",
      "11:05",
      "Spain's Defence Minister Margarita Robles, also in Paris, says Spain will not send soldiers to Ukraine but will keep training Ukrainian troops at its bases near Toledo.",
      "11:30",
      "Dmitry Medvedev, deputy chairman of Russia's Security Council, writes on Telegram that any French jets over Ukraine would be shot down.",
      "11:50",
      "A defence analyst at a London institute tells us the Rafale idea is meant as much for Washington as for Moscow.",
    ].join("\n\n"),
    cells: [
      "FR air considering",
      "FR arms committed",
      "ES troops ruled_out",
      "ES training committed",
      "RU air opposes",
    ],
  },
];
