import type { PhenomenonCase } from "./case";

/**
 * Whole short articles in the registers of translated agency copy (Kyodo, Anadolu, Yle, dpa,
 * ANSA, EFE, PAP, BTA, Ukrinform, TASS, TT, Belga, Hina, the Canadian Press, AAP, Yonhap) and of
 * smaller countries' positions: datelines, long official titles, a party in brackets after a
 * minister, indirect speech, "according to him", "the ministry's press service reported", a
 * condition given paragraphs after the pledge, an official known only by nationality and office,
 * forces stationed outside Ukraine, polls, hearsay, the opposition and a Russian reaction. Written
 * whole before any of it was run; one cell per country and commitment, the strongest explicit
 * statement of the article.
 */
export const WHOLE_ARTICLE_AGENCY_CASES: readonly PhenomenonCase[] = [
  {
    phenomenon:
      "a Kyodo dispatch: money through a trust fund, a refusal of the SDF, liaison officers near Paris, the opposition, Moscow",
    title: "Japan to put more money into NATO fund for Ukraine, no SDF dispatch",
    text: [
      "TOKYO, March 10 (Kyodo) -- Japan will contribute an additional 20 billion yen to a NATO-run trust fund that finances equipment for Ukraine's armed forces, Chief Cabinet Secretary Minoru Kihara said Tuesday, while stressing that dispatching Self-Defense Forces personnel to Ukraine is not under consideration.",
      '"Japan will do what it can within the limits set by its Constitution," Kihara told a regular press conference, adding that the government intends to keep standing with the Ukrainian people.',
      "According to a government source, Tokyo is also weighing sending a few Ground Self-Defense Force officers to the coalition's planning headquarters outside Paris as liaison staff.",
      "Japan has extended around 12 billion dollars in humanitarian and economic assistance to Ukraine since 2022.",
      "Yoshihiko Noda, who heads the main opposition Constitutional Democratic Party of Japan, said the government owed the Diet an explanation of how the money would be spent.",
      "The Russian Foreign Ministry said in a statement that Moscow condemned any financing of the Ukrainian military by third countries.",
    ].join("\n\n"),
    cells: ["JP funding committed", "JP troops ruled_out", "RU funding opposes"],
  },
  {
    phenomenon:
      "an Anadolu dispatch: a monitoring offer with its condition two paragraphs later, a visiting minister's parliament, a non-committal Kremlin",
    title: "Türkiye ready to join Ukraine ceasefire monitoring, says Fidan",
    text: [
      "ANKARA (AA) - Türkiye is ready to take part in a mechanism to monitor a possible ceasefire between Russia and Ukraine, Turkish Foreign Minister Hakan Fidan said on Thursday.",
      "Speaking at a joint news conference with his Latvian counterpart Baiba Braže in the Turkish capital, Fidan said Ankara had been in close contact with both sides since the first days of the war.",
      '"Our door is open to everyone who wants a just and lasting peace," the Turkish minister underlined.',
      "Türkiye would take part only if both Moscow and Kyiv agree to the mission, he noted.",
      "Braže, for her part, said the Saeima had already approved in principle the participation of Latvian soldiers in a future multinational force in Ukraine.",
      'Asked about Ankara\'s offer, Kremlin spokesman Dmitry Peskov said Russia valued Turkish mediation but that talk of monitoring was "premature".',
    ].join("\n\n"),
    cells: ["TR monitoring conditional | if both Moscow and Kyiv agree to the mission", "LV troops committed"],
  },
  {
    phenomenon:
      "a Yle report: a minister with his party in brackets, a refusal, training at home, a 'could' on the skies, a force in Lapland, a poll",
    title: "Häkkänen: no Finnish ground troops for Ukraine, training to grow",
    text: [
      "Finland will not send ground troops to Ukraine as part of the security guarantees European countries are drawing up, Defence Minister Antti Häkkänen (NCP) told Yle on Sunday.",
      '"Our long land border with Russia is itself a contribution to the security of Europe," Häkkänen said.',
      "According to Häkkänen, Finland is instead prepared to expand the training of Ukrainian soldiers on Finnish soil, and Finnish F-35 fighters could later help keep watch over Ukrainian airspace.",
      "Finland is also preparing to lead NATO's new forward land force in Lapland, which will include Swedish and Norwegian troops.",
      "In a survey commissioned by Yle in February, 52 percent of respondents said they would back Finnish participation in a peacekeeping operation in Ukraine.",
      "The chair of the opposition Social Democrats, Antti Lindtman, said his party supported more training but wanted parliament consulted on any air mission.",
      "Russia's embassy in Helsinki wrote on Telegram that troops from NATO countries in Ukraine would be unacceptable.",
    ].join("\n\n"),
    cells: ["FI troops ruled_out", "FI training committed", "FI air considering", "RU troops opposes"],
  },
  {
    phenomenon:
      "a dpa dispatch: deliveries, readiness for training and reconnaissance with its precondition a paragraph later, the Lithuania brigade, the Left",
    title: "Pistorius announces more IRIS-T units for Ukraine",
    text: [
      "Berlin (dpa) - Federal Defence Minister Boris Pistorius (SPD) has announced further air defence systems for Ukraine. Germany will deliver two additional IRIS-T SLM fire units by the summer, the minister said on Wednesday during a visit to an air defence squadron in Schleswig-Holstein.",
      "Pistorius added that Germany was also prepared to take on tasks in a future security architecture for Ukraine, for instance in the training of Ukrainian forces and in reconnaissance.",
      "The precondition for any such engagement is a lasting ceasefire and a mandate from the Bundestag, the minister stressed.",
      "The Bundeswehr brigade in Lithuania, which is to reach its full strength of about 5,000 soldiers by 2027, remains the priority, according to the ministry.",
      "Since the start of the Russian invasion, Germany has provided military support worth around 40 billion euros, according to the federal government.",
      "Heidi Reichinnek, parliamentary leader of the Left party, criticised the deliveries as a further step towards escalation.",
    ].join("\n\n"),
    cells: ["DE arms committed", "DE training conditional", "DE intelligence conditional"],
  },
  {
    phenomenon:
      "an ANSA dispatch: monitoring provided a UN mandate, instructors who could train, a deputy premier's refusal, a joint delivery, a former premier, Moscow",
    title: "Ukraine: Tajani, Italy ready for monitoring mission with UN mandate",
    text: [
      "ROME, March 11 - Italy is ready to take part in a mission to monitor a ceasefire in Ukraine provided it has a United Nations mandate, Foreign Minister Antonio Tajani said on Wednesday.",
      '"Italy will do its part, as it has always done in Lebanon and in Kosovo," Tajani told reporters on the sidelines of a conference at the Farnesina.',
      "The minister, who is also deputy premier and leader of Forza Italia, said Italian instructors could train Ukrainian troops in Italy.",
      'Deputy Premier and League leader Matteo Salvini reiterated, on the other hand, that "not one Italian soldier" would be sent to Ukraine.',
      "Italy and France supplied Kyiv with a second SAMP/T air defence battery last year, ANSA recalls.",
      "Five Star Movement leader Giuseppe Conte, a former premier, said the government was divided and should come before parliament.",
      "In Moscow, Foreign Ministry spokeswoman Maria Zakharova said Russia would reject any monitors from NATO countries.",
    ].join("\n\n"),
    cells: [
      "IT monitoring conditional | provided it has a United Nations mandate",
      "IT training considering",
      "IT troops ruled_out",
      "IT arms committed",
      "FR arms committed",
      "RU monitoring opposes",
    ],
  },
  {
    phenomenon:
      "an EFE dispatch: 'assured this Thursday', 'premature' to speak of soldiers, training in Toledo, a package recalled, the prime minister's earlier offer",
    title: "Robles assures that Spain will continue to train Ukrainian soldiers",
    text: [
      'Madrid, Mar 12 (EFE).- The Spanish Minister of Defence, Margarita Robles, assured this Thursday that Spain "will be where it has to be" in guaranteeing a future peace in Ukraine, but considered it premature to speak of sending Spanish soldiers to Ukrainian territory.',
      "In statements to the press in Zaragoza, the head of Defence indicated that Spain will continue to train Ukrainian soldiers at the Toledo training centre, where more than 8,000 have already been instructed within the framework of the European Union mission EUMAM.",
      "Robles recalled that the Government approved last year a package of military aid worth 1,000 million euros for Ukraine, which included Leopard tanks and air defence missiles.",
      "The President of the Government, Pedro Sánchez, had affirmed on Monday in Brussels that Spain would be willing to participate in a peacekeeping mission in Ukraine once a peace agreement is signed, always with the authorisation of the Congress of Deputies.",
      "The leader of the Popular Party, Alberto Núñez Feijóo, demanded that Sánchez appear before Congress to explain what commitments he had made to his partners.",
      "According to the latest barometer of the Elcano Royal Institute, 47% of Spaniards would support a Spanish contribution to a peace mission.",
    ].join("\n\n"),
    cells: ["ES training committed", "ES arms committed", "ES troops conditional"],
  },
  {
    phenomenon:
      "a PAP dispatch: 'ready to consider' aircraft over western Ukraine, no soldiers on Ukrainian soil, the president's office, a former minister, Moscow's warning",
    title: "Kosiniak-Kamysz: Polish jets could protect skies over western Ukraine",
    text: [
      "Warsaw (PAP) - Poland is ready to consider the participation of Polish aircraft in protecting the airspace over western Ukraine, but only as part of an allied operation and with NATO's consent, Władysław Kosiniak-Kamysz, who heads the defence ministry and is also a deputy premier, said on Friday.",
      "The head of the defence ministry stressed in an interview with Polish Radio that Polish soldiers would not be stationed on Ukrainian soil.",
      "According to him, the East Shield programme on the borders with Belarus and Russia remains the ministry's priority.",
      "The spokesman for the President, Rafał Leśkiewicz, said the head of state had not been consulted on the idea and that any use of the armed forces abroad required his consent.",
      "Poland has handed over 47 military aid packages to Ukraine since February 2022, according to the ministry.",
      'Former defence minister Mariusz Błaszczak of the opposition Law and Justice party called the idea "irresponsible".',
      "The Russian Foreign Ministry warned that any NATO aircraft over Ukraine would be treated as a party to the conflict.",
    ].join("\n\n"),
    cells: ["PL air considering", "PL troops ruled_out", "PL arms committed", "RU air opposes"],
  },
  {
    gap: "'The Council of Ministers' names no country (the dateline's Sofia and BTA do); 'the group's work' stands for the mine countermeasures group named two sentences before, with no maritime word in its own sentence",
    phenomenon:
      "a BTA dispatch: a refusal, minehunters once hostilities end, partners named, a Romanian official introduced once, packages recalled, a Russian embassy",
    title: "Bulgaria will not send troops to Ukraine, ready to help clear sea lanes - Zapryanov",
    text: [
      "Sofia, March 13 (BTA) - Bulgaria will not send military personnel to Ukraine, Defence Minister Atanas Zapryanov told journalists in Varna on Friday.",
      "Bulgarian minehunters are ready to take part in clearing Ukraine's sea lanes once hostilities end, the minister said, adding that Sofia would discuss this with Romania and Türkiye, its partners in the Black Sea mine countermeasures group.",
      '"The Black Sea is our sea too, and its safety is our direct interest," Zapryanov said.',
      "Romanian State Secretary for Defence Policy Simona Cojocaru said in Bucharest that Romania was open to extending the group's work to Ukrainian waters.",
      "The Council of Ministers has approved seven packages of military-technical assistance to Ukraine since 2022, BTA recalls.",
      "Vazrazhdane leader Kostadin Kostadinov demanded a referendum on any Bulgarian role.",
      "The Russian Embassy in Sofia said in a statement that foreign warships off the Ukrainian coast would be an unacceptable provocation.",
    ].join("\n\n"),
    cells: [
      "BG troops ruled_out",
      "BG maritime conditional | once hostilities end",
      "RO maritime considering",
      "BG arms committed",
      "RU maritime opposes",
    ],
  },
  {
    phenomenon:
      "a Ukrinform dispatch: Kyiv's ministry reporting Denmark's money, instructors after the ceasefire, 'As Ukrinform reported earlier', a joint package",
    title: "Denmark to finance production of long-range weapons in Ukraine",
    text: [
      "Denmark will provide DKK 3.5 billion to finance the production of long-range weapons by Ukrainian manufacturers. This was reported by the press service of the Ministry of Defense of Ukraine, an Ukrinform correspondent reports.",
      "According to the statement, the agreement was signed in Copenhagen by the Minister of Defense of Ukraine and the Minister of Defense of Denmark Troels Lund Poulsen.",
      "Poulsen noted that Denmark is ready to send instructors to Ukraine to train the Ukrainian military after the ceasefire.",
      '"The Danish model has proven that it works, and we will expand it," the Danish minister emphasized.',
      "As Ukrinform reported earlier, Prime Minister of Denmark Mette Frederiksen said that Denmark does not exclude sending its troops to Ukraine as part of a peacekeeping mission.",
      "In addition, Denmark, Sweden and Norway have jointly financed a package of artillery systems for Ukraine worth about 500 million euros.",
    ].join("\n\n"),
    cells: [
      "DK funding committed",
      "DK arms committed",
      "DK training conditional | after the ceasefire",
      "DK troops considering",
      "SE arms committed",
      "NO arms committed",
      // financing a weapons package: money as such and weapons, both (as in agreements and money)
      "SE funding committed",
      "NO funding committed",
    ],
  },
  {
    phenomenon:
      "a TASS dispatch: a deputy minister's warning, 'the diplomat stressed', others' pledges as background, an intelligence service's claims",
    title: "Grushko: NATO troops in Ukraine would be legitimate targets",
    text: [
      "MOSCOW, March 14. /TASS/. Russia will regard the deployment of troops of any NATO country in Ukraine as direct involvement in the conflict, Russian Deputy Foreign Minister Alexander Grushko said in an interview with the Izvestia newspaper.",
      '"Such contingents would become legitimate targets for our armed forces," the diplomat stressed.',
      "He added that Moscow would also view any no-fly zone over Ukraine enforced by Western aircraft as an act of war.",
      "Earlier, British Prime Minister Keir Starmer said London was ready to send troops to Ukraine after a peace deal.",
      "Lithuania's Minister of National Defence said last week that Vilnius was ready to send up to 150 soldiers to Ukraine.",
      "According to the press bureau of the Foreign Intelligence Service, Poland and Romania are secretly preparing units for deployment to western Ukraine under the guise of peacekeepers.",
      'Kremlin spokesman Dmitry Peskov said the Kremlin had "taken note" of the statements from European capitals.',
    ].join("\n\n"),
    cells: ["RU troops opposes", "RU air opposes", "GB troops conditional | after a peace deal", "LT troops committed"],
  },
  {
    phenomenon:
      "a TT dispatch: a prime minister with his party letter, surveillance aircraft and ships, a condition from the minister later, donations, an embassy",
    title: "Sweden offers surveillance aircraft and navy for Ukraine guarantees",
    text: [
      "STOCKHOLM (TT) - Sweden is prepared to contribute to a future security force for Ukraine with its airborne early warning aircraft and naval units, Prime Minister Ulf Kristersson (M) said on Tuesday. He did not rule out ground troops at a later stage.",
      '"Sweden will not be a bystander when the security of our own region is decided," Kristersson said at a press conference at Rosenbad.',
      "Defence Minister Pål Jonson told TT that Swedish units would only be sent once a ceasefire agreement was in force.",
      "Social Democratic leader Magdalena Andersson said her party backed the offer.",
      "Sweden has so far donated CV90 infantry fighting vehicles and Archer artillery systems to Ukraine.",
      "Russia's embassy in Stockholm told TT that Swedish warships in the Black Sea would be seen as a threat.",
    ].join("\n\n"),
    cells: [
      "SE intelligence conditional",
      "SE maritime conditional",
      "SE troops considering",
      "SE arms committed",
      "RU maritime opposes",
    ],
  },
  {
    phenomenon:
      "a Belga dispatch: a conditional troop pledge, delayed jets, a budget line, neighbours who have not said, soldiers in Romania",
    title: "Francken: Belgium to send several hundred soldiers after lasting ceasefire",
    text: [
      "BRUSSELS (Belga) - Belgium will send a few hundred soldiers to Ukraine as part of a reassurance force if a lasting ceasefire is concluded, Defence Minister Theo Francken (N-VA) said on Thursday in the Chamber's defence committee.",
      "Francken said the first of the promised F-16 fighter jets would be delivered to Ukraine before the summer, later than planned.",
      "Prime Minister Bart De Wever had said earlier that the cost of such a deployment would not come out of the development cooperation budget.",
      "Luxembourg and the Netherlands have not yet said whether they would take part, the minister added.",
      "Belgium already has about 300 soldiers in Romania as part of NATO's forward presence.",
      "Green MP Wouter De Vriendt asked the minister how many soldiers the army could spare.",
    ].join("\n\n"),
    cells: ["BE troops conditional | if a lasting ceasefire is concluded", "BE arms committed"],
  },
  {
    phenomenon:
      "a Hina dispatch: no troops but demining on land and training, the president as commander-in-chief, a neighbour's officers in Kyiv",
    title: "Plenković: Croatia will not send soldiers but will train Ukrainian sappers",
    text: [
      "ZAGREB, March 16 (Hina) - Croatia will not send soldiers to Ukraine, but it is ready to help with humanitarian demining and to train Ukrainian army engineers in mine clearance, Prime Minister Andrej Plenković said on Monday after a government session.",
      "Croatia has decades of experience in clearing minefields left by the war of the 1990s, Plenković recalled.",
      "President Zoran Milanović, who as commander-in-chief must approve any deployment of the armed forces abroad, said on Sunday that no Croatian soldier would go to Ukraine while he was president.",
      "Defence Minister Ivan Anušić said Croatia had so far delivered military aid worth more than 300 million euros to Ukraine.",
      "Slovenian Prime Minister Robert Golob said last week that Slovenia could send a small number of officers to a coalition headquarters in Kyiv.",
      "The opposition Bridge party demanded a debate in the Sabor.",
    ].join("\n\n"),
    cells: ["HR troops ruled_out", "HR training committed", "HR arms committed", "SI troops considering"],
  },
  {
    gap: "'$19 billion in assistance' is read as funding",
    phenomenon:
      "a Canadian Press story: 'Carney says' in the present, a 'could' on training inside Ukraine, the brigade in Latvia, aid recalled, the Conservatives",
    title: "Canada ready to put troops in Ukraine once peace deal reached, Carney says",
    text: [
      'OTTAWA — Prime Minister Mark Carney says Canada is ready to contribute to the security guarantees for Ukraine "in every domain," including troops on the ground, once a peace agreement is reached.',
      "Speaking to reporters in Ottawa on Wednesday, Carney said Canadian Armed Forces members could help train Ukrainian soldiers inside Ukraine.",
      "Defence Minister David McGuinty said the roughly 2,000 Canadian troops leading the NATO brigade in Latvia would stay there whatever happens in Ukraine.",
      "Canada has committed more than $19 billion in assistance to Ukraine since 2022, including $4.5 billion in military aid.",
      "Conservative Leader Pierre Poilievre said the government should first explain how it would pay for a new mission.",
      "An Angus Reid poll released this week found 54 per cent of Canadians would support sending troops as part of a peacekeeping force.",
      'The Russian Embassy in Ottawa said on social media that Western troops in Ukraine would be "legitimate targets."',
    ].join("\n\n"),
    cells: [
      "CA troops conditional | once a peace agreement is reached",
      "CA training considering",
      "CA arms committed",
      "RU troops opposes",
    ],
  },
  {
    phenomenon:
      "an AAP story: 'open to' a force, a package, the opposition Coalition, a newspaper's report on aircraft in Poland, New Zealand's trainers in Britain",
    title: "Australia open to Ukraine peacekeeping role, Albanese says",
    text: [
      "CANBERRA, March 17 AAP - Australia is open to contributing to a peacekeeping force in Ukraine, Prime Minister Anthony Albanese says, but no decision has been made on sending Australian Defence Force personnel.",
      '"We will look at any request on its merits," Mr Albanese told reporters in Perth.',
      "Defence Minister Richard Marles confirmed a further $95 million package of military assistance, including more Bushmaster vehicles.",
      "Opposition Leader Sussan Ley said the Coalition would back a peacekeeping role if it had a clear mandate.",
      "The Australian newspaper reported that an E-7A Wedgetail surveillance aircraft could be sent back to Poland to protect aid routes into Ukraine.",
      "Across the Tasman, New Zealand Prime Minister Christopher Luxon said New Zealand would send a small team of Defence Force personnel to the United Kingdom to keep training Ukrainian recruits.",
      'Mr Luxon said New Zealand was also willing to contribute to the multinational force "if and when a ceasefire is in place".',
    ].join("\n\n"),
    cells: [
      "AU troops considering",
      "AU arms committed",
      "NZ training committed",
      "NZ troops conditional | if and when a ceasefire is in place",
    ],
  },
  {
    phenomenon:
      "a Yonhap dispatch: 'no plans' for troops, the ministry's briefing, the spy agency sharing information, North Korea's troops in Russia, Moscow's warning",
    title: "S. Korea has no plans to send troops to Ukraine: defense ministry",
    text: [
      "SEOUL, March 18 (Yonhap) -- South Korea has no plans to send troops to Ukraine, the defense ministry said Wednesday, after a local report claimed the government was reviewing a military observer mission.",
      "Seoul maintains its policy of not providing lethal weapons directly to Ukraine, ministry spokesperson Jeon Ha-kyu added during a regular press briefing.",
      "The National Intelligence Service said separately it would continue to share information with Ukraine on North Korean soldiers deployed in Russia's Kursk region.",
      "North Korea is believed to have sent about 15,000 troops to Russia since late 2024.",
      "President Lee Jae Myung said at a Cabinet meeting that South Korea could play a role in rebuilding Ukraine after the war.",
      "Russia's embassy in Seoul warned that any supply of South Korean weapons to Ukraine would destroy bilateral relations.",
    ].join("\n\n"),
    cells: ["KR troops ruled_out", "KR arms ruled_out", "KR intelligence committed", "RU arms opposes"],
  },
];
