import type { PhenomenonCase } from "./case";

/**
 * Whole short articles as agencies, newspapers, Kyiv outlets, live blogs and explainers print
 * them: a lede with the news, quotes spread over paragraphs with the speaker named once,
 * background about earlier pledges, a Russian reaction, hearsay and unnamed sources, the
 * opposition or an analyst, numbers and dates, a heading or a "Read more" line. The engine must
 * keep track across the sentences; one cell per country and commitment, the strongest explicit
 * statement of the article.
 */
export const WHOLE_ARTICLE_CASES: readonly PhenomenonCase[] = [
  {
    phenomenon: "a wire story: conditional lede, quotes by pronoun, a hedge on ships, past aid, the opposition",
    title: "Dutch ready to send troops to Ukraine after ceasefire, minister says",
    text: [
      "THE HAGUE, March 2 (Reuters) - The Netherlands is ready to send troops to Ukraine once a ceasefire is in place, Defence Minister Ruben Brekelmans said on Monday, the clearest commitment yet from the Dutch government to a European reassurance force.",
      '"We will not stand on the sidelines," Brekelmans told reporters after a cabinet meeting. "Our soldiers will be part of this force, but only when the guns have fallen silent."',
      "He said the Dutch contribution could also include two minehunters for clearing the Black Sea, although no decision on the ships had been taken.",
      '"Parliament will have the final word," he added.',
      "The Netherlands has given Ukraine more than 6 billion euros in military aid since February 2022.",
      "Geert Wilders, whose Party for Freedom quit the governing coalition last year, said his party would vote against any deployment.",
      "Reporting by Anthony Deutsch; Editing by Ed Osmond",
    ].join("\n\n"),
    cells: ["NL troops conditional | once a ceasefire is in place", "NL maritime considering", "NL arms committed"],
  },
  {
    phenomenon: "an AP story led by the Kremlin's rejection, the pledges it answers told as background",
    title: "Kremlin warns Europe against sending troops as Britain, France firm up plans",
    text: [
      "MOSCOW (AP) — The Kremlin on Tuesday rejected any deployment of Western troops in Ukraine, a day after Britain and France said they would send soldiers and set up military hubs in the country once a peace deal is signed.",
      '"The presence of NATO soldiers on Ukrainian soil is unacceptable to us under any circumstances," Kremlin spokesman Dmitry Peskov told reporters in his daily conference call.',
      'Russian Foreign Minister Sergey Lavrov went further, saying any foreign units would be "legitimate targets" for the Russian army.',
      "British Prime Minister Keir Starmer and French President Emmanuel Macron signed the declaration in Paris on Monday. It envisages a multinational force of up to 30,000 personnel, most of them based away from the front line.",
      'Some analysts doubt that Europe can field such a force without American help. "Without a U.S. backstop, this is a paper army," said Ed Arnold, a senior fellow at the Royal United Services Institute in London.',
      'Ukrainian President Volodymyr Zelenskyy welcomed the plans for a foreign force, calling them "a real step toward guarantees."',
    ].join("\n\n"),
    cells: [
      "RU troops opposes",
      "GB troops conditional | once a peace deal is signed",
      "FR troops conditional | once a peace deal is signed",
      "GB logistics conditional | once a peace deal is signed",
      "FR logistics conditional | once a peace deal is signed",
      "UA troops supports",
    ],
  },
  {
    phenomenon:
      "an AFP story: a refusal and a conditional offer, an earlier idea, a media report on the government, the opposition",
    title: "Italy rules out troops but offers Black Sea mine-clearing help",
    text: [
      "ROME, March 4, 2026 (AFP) - Italy will not send soldiers to Ukraine under any future peace deal, Prime Minister Giorgia Meloni said Wednesday, but she said Italian ships would help clear mines from the Black Sea once a truce holds.",
      '"Italian troops on Ukrainian soil are not on the table," Meloni told the Senate ahead of an EU summit. "That does not mean that Italy is absent."',
      "Defence Minister Guido Crosetto said later that the navy had two minehunters ready for the task, which he expected to take about six months.",
      "Rome has instead championed an Article 5-style guarantee for Ukraine, an idea Meloni first floated in early 2025.",
      "According to Italian media, the government is also weighing a contribution to a ceasefire monitoring mission led by the United Nations.",
      'Opposition leader Elly Schlein accused Meloni of "hiding behind ambiguity".',
      "Italy has so far approved eleven military aid packages for Kyiv, whose contents are classified.",
    ].join("\n\n"),
    cells: [
      "IT troops ruled_out",
      "IT maritime conditional | once a truce holds",
      "IT article5 supports",
      "IT arms committed",
      "IT monitoring considering",
    ],
  },
  {
    phenomenon:
      "a UK broadsheet: a minister by office then name, anonymous officials, a Read more line, the shadow minister",
    gap: "'within weeks of a peace agreement' is no condition (the stances case 'expects to deploy ... within weeks of a ceasefire' labels it committed); 'The Treasury' names no country, so its funding is nobody's",
    title: "Healey: British troops could be in Ukraine within weeks of a deal",
    text: [
      "Britain would have troops on the ground in Ukraine within weeks of a peace agreement being signed, the defence secretary has said, as ministers faced questions over how a force of several thousand would be paid for.",
      'John Healey told MPs on Tuesday that planning for the multinational force was "well advanced" and that the UK would lead it.',
      '"This is not a paper exercise," he said. "We have identified the units. We have identified the headquarters."',
      "The Treasury has set aside a further £1.5bn to help fund Ukraine's armed forces next year, according to two government officials.",
      "Read more: Macron says France will send jets to police Ukraine's skies",
      "The shadow defence secretary, James Cartlidge, said the government had yet to explain where the soldiers would come from when the army was at its smallest since the Napoleonic era.",
      "Britain has trained more than 50,000 Ukrainian recruits since 2022 under Operation Interflex, which ministers said last month would continue into 2027.",
      "The Kremlin has repeatedly said it would treat any western soldiers in Ukraine as legitimate targets.",
    ].join("\n\n"),
    cells: ["GB troops conditional", "GB funding committed", "GB training committed", "RU troops opposes"],
  },
  {
    phenomenon:
      "a Kyiv outlet in translated English: 'This was announced by', 'According to him', 'As reported earlier'",
    title: "Norway to allocate additional NOK 5 billion for Ukrainian drones - Minister of Defense",
    text: [
      "Norway will allocate an additional NOK 5 billion for the production of drones for the Armed Forces of Ukraine in 2026. This was announced by the Minister of Defense of Norway Tore O. Sandvik during a meeting with his Ukrainian counterpart in Oslo, an Ukrinform correspondent reports.",
      "\"Ukraine's defense is Norway's defense. We will keep standing by Ukraine as long as needed,\" the minister emphasized.",
      "According to him, part of the funds will be directed to the joint production of long-range drones on Norwegian territory.",
      "Sandvik also said that Norway is ready to consider the participation of its navy in ensuring the safety of navigation in the Black Sea after the end of hostilities.",
      "As Ukrinform reported earlier, in December Norway and Germany agreed to jointly finance two Patriot systems for Ukraine.",
      "Recall that the Coalition of the Willing brings together more than 30 countries ready to provide Ukraine with security guarantees.",
    ].join("\n\n"),
    cells: [
      "NO arms committed",
      "NO maritime considering",
      "DE arms committed",
      "NO funding committed",
      "DE funding committed",
    ],
  },
  {
    phenomenon: "a live blog: key-event lines, timestamped entries with their own speakers, Russian state TV",
    title: "Ukraine war live: coalition leaders gather in Paris as Poland rules out troops",
    text: [
      "Key events",
      "Poland will not send troops, Tusk says",
      "Finland open to monitoring role",
      "11:42 GMT",
      "Polish prime minister Donald Tusk has repeated that Poland will not deploy soldiers to Ukraine, but said his country would serve as the logistics hub for any international force.",
      '"We have the longest border with Ukraine of any NATO country. Our soldiers are needed here," he told reporters on arrival at the Élysée Palace.',
      "12:05 GMT",
      'Finland\'s president, Alexander Stubb, says Helsinki is open to taking part in a ceasefire monitoring mission, though he stressed it was "too early to talk about numbers".',
      "12:20 GMT",
      'Our correspondent in Moscow reports that Russian state television has described the Paris meeting as "a war council". There has been no official comment from the Kremlin so far.',
    ].join("\n\n"),
    cells: ["PL troops ruled_out", "PL logistics committed", "FI monitoring considering"],
  },
  {
    phenomenon: "an explainer: question headings, positions summed up per country, a group of states, the US part",
    title: "Explainer: What would a European reassurance force in Ukraine look like?",
    text: [
      "What is being proposed?",
      "European governments have spent more than a year discussing a force that would deploy to Ukraine after a ceasefire to deter a new Russian attack. It would not fight on the front line.",
      "Who has said they will take part?",
      "Britain and France have said they will send troops once a peace agreement is signed. Belgium and the Baltic states have indicated they could contribute smaller units.",
      "Germany has said it will not station soldiers in Ukraine but will keep helping to finance Ukraine's armed forces.",
      "What does Russia say?",
      "Moscow has rejected any Western military presence in Ukraine, calling it a red line.",
      "What about the United States?",
      "President Donald Trump has ruled out sending American troops, but has said the United States would back up a European-led force, without saying how.",
    ].join("\n\n"),
    cells: [
      "GB troops conditional | once a peace agreement is signed",
      "FR troops conditional | once a peace agreement is signed",
      "BE troops considering",
      "EE troops considering",
      "LV troops considering",
      "LT troops considering",
      "DE troops ruled_out",
      "DE funding committed",
      "RU troops opposes",
      "US troops ruled_out",
      "US backstop committed",
    ],
  },
  {
    phenomenon:
      "a wire story with no position: a closed meeting, an anonymous military official, diplomats, a poll, a former official",
    title: "Coalition military chiefs meet in Kyiv, no troop numbers announced",
    text: [
      "KYIV, March 5 (Reuters) - Military chiefs from more than 20 countries met in Kyiv on Thursday to discuss plans for a multinational force, but no country announced how many soldiers it would send, officials said.",
      "The meeting, the third of its kind since January, was closed to the press.",
      '"The coalition is making progress on the command structure," a Western military official told Reuters on condition of anonymity. "Numbers will come later."',
      "Several European governments are reluctant to commit troops before Washington clarifies its own role, diplomats said.",
      "A poll published on Wednesday showed 58% of Germans oppose sending soldiers to Ukraine.",
      'Former NATO Secretary General Anders Fogh Rasmussen said Europe should deploy "at least 50,000 troops" to make any force credible.',
      "The next meeting is scheduled for April 14 in London.",
    ].join("\n\n"),
    cells: [],
  },
  {
    phenomenon:
      "a UK broadsheet with no position: the opposition's demands, a non-committal Downing Street, a poll, a Read more line",
    title: "Tories demand Commons vote before any troops are sent to Ukraine",
    text: [
      "The Conservatives have demanded that MPs be given a binding vote before any British soldiers are deployed to Ukraine, stepping up pressure on the government ahead of next week's summit in Rome.",
      'Kemi Badenoch, the Conservative leader, said it would be "unthinkable" to send troops into a post-war Ukraine without the consent of parliament.',
      "\"We support Ukraine. We do not support writing blank cheques with soldiers' lives,\" she told the BBC's Sunday with Laura Kuenssberg.",
      'Reform UK\'s Nigel Farage went further, saying he would oppose any deployment "full stop".',
      'Asked about the demand, a Downing Street spokesperson said the prime minister would "always respect parliament\'s role" but declined to discuss the timing of a vote.',
      "A YouGov poll last month found 41% of Britons backed sending troops as part of a peacekeeping force, with 35% opposed.",
      "Read more: What would a European reassurance force in Ukraine look like?",
    ].join("\n\n"),
    cells: [],
  },
  {
    phenomenon:
      "an AP story: a conditional lede, a quote, an open backstop by pronoun, press hearsay, a senator, Moscow",
    gap: "'stopped short of promising' is read as a refusal",
    title: "US will keep sharing intelligence with Kyiv after a deal, Rubio says",
    text: [
      "WASHINGTON (AP) — The United States will keep sharing intelligence with Ukraine after a peace deal is signed, Secretary of State Marco Rubio said Wednesday, but he stopped short of promising American air power for a European force.",
      '"Intelligence is something we can do, and we will do it," Rubio told reporters at the State Department. He declined to say whether U.S. aircraft would patrol Ukraine\'s skies.',
      'Asked about a backstop for the European mission, he said it was "under discussion at the highest level."',
      "The Washington Post reported last week that the Pentagon had drawn up options for air cover, citing two people familiar with the planning.",
      'Sen. Roger Wicker, the Republican chairman of the Senate Armed Services Committee, urged the administration to commit to a backstop "without delay."',
      'In Moscow, Russian Foreign Ministry spokeswoman Maria Zakharova said Russia would never accept Western troops in Ukraine "under any flag."',
    ].join("\n\n"),
    cells: [
      "US intelligence conditional | after a peace deal is signed",
      "US backstop considering",
      "RU troops opposes",
    ],
  },
  {
    phenomenon:
      "a wire story: a hedge with a parliamentary caveat, a neighbour's refusal, a magazine's report, aid, the far right, the Kremlin",
    title: "Germany open to sending troops to Ukraine, Merz says, in shift of tone",
    text: [
      "BERLIN, March 6 (Reuters) - Germany does not rule out sending soldiers to Ukraine as part of a European force, Chancellor Friedrich Merz said on Friday, softening the reluctance Berlin had shown for months.",
      '"We are prepared to look at this seriously," Merz told a joint news conference with Polish Prime Minister Donald Tusk. "But any deployment would need a mandate from the Bundestag."',
      "Tusk, standing beside him, repeated that Poland would not send troops to Ukraine.",
      "Der Spiegel reported on Thursday that the defence ministry had drawn up plans for a brigade of up to 5,000 soldiers. A ministry spokesman declined to comment on the report.",
      "Germany is Ukraine's largest military donor in Europe and has pledged 9 billion euros in military aid for 2026.",
      'Alice Weidel, co-leader of the far-right Alternative for Germany, called the idea "madness".',
      "Kremlin spokesman Dmitry Peskov said Moscow categorically rejected the presence of any European soldiers in Ukraine.",
    ].join("\n\n"),
    cells: ["DE troops considering", "PL troops ruled_out", "DE arms committed", "RU troops opposes"],
  },
  {
    phenomenon:
      "a Kyiv outlet: 'This was stated by', a Read also line, 'Let us remind you' about neighbours, Kyiv's welcome",
    title: "Estonia ready to send a company to Ukraine after ceasefire - Michal",
    text: [
      "Estonia is ready to send up to a company of soldiers to Ukraine as part of security guarantees after a ceasefire is established. This was stated by Prime Minister of Estonia Kristen Michal in an interview with ERR, UNN reports.",
      '"Estonia has said from the very beginning: we are ready. A company-sized unit is realistic for us," Michal said.',
      "He noted that Estonia will also continue to allocate 0.25% of its GDP to military assistance to Ukraine.",
      "Read also: Zelensky: Ukraine needs air defense guarantees, not promises",
      "According to the Prime Minister, the final decision on the deployment will be made by the Riigikogu.",
      "Let us remind you that earlier Latvia and Lithuania also declared their readiness to join the coalition of the willing.",
      "The Ministry of Foreign Affairs of Ukraine welcomed the Estonian offer of troops.",
    ].join("\n\n"),
    cells: [
      "EE troops conditional | after a ceasefire is established",
      "EE arms committed",
      // Readiness to join the coalition of the willing names no type of its own (noticed misreads).
      "UA troops supports",
    ],
  },
  {
    phenomenon:
      "a wire story on anonymous government sources: a conditional naval lead, a refusal by 'the officials', history, an ambassador",
    title: "Turkey offers to lead Black Sea mine-clearing mission after truce, sources say",
    text: [
      "ANKARA, March 9 (Reuters) - Turkey is ready to lead a naval mission to clear mines in the Black Sea once a ceasefire takes hold, two Turkish officials said on Monday, in what would be Ankara's most concrete contribution yet to security guarantees for Ukraine.",
      "The officials, who spoke on condition of anonymity because the plan has not been made public, said Turkey would not send ground troops to Ukraine.",
      'Defence Minister Yasar Guler said last week that Turkey was "ready to take on responsibility" in the Black Sea, but gave no details.',
      "Turkey has hosted three rounds of direct talks between Russian and Ukrainian delegations in Istanbul since May 2025.",
      "Russia's ambassador to Ankara said Moscow would regard any NATO naval presence near Crimea as a provocation.",
      "Under the 1936 Montreux Convention, Turkey controls the passage of warships through the Bosphorus and the Dardanelles.",
    ].join("\n\n"),
    cells: ["TR maritime conditional | once a ceasefire takes hold", "TR troops ruled_out", "RU maritime opposes"],
  },
  {
    phenomenon:
      "an AFP summit story: the EU's loan, a member's opposition in a quote, another's abstention, a think tank, a proposal",
    title: "EU leaders agree 90-billion-euro loan for Ukraine's defence as Hungary objects",
    text: [
      "BRUSSELS, March 12, 2026 (AFP) - European Union leaders agreed on Thursday to lend Ukraine 90 billion euros over the next two years to keep its armed forces fighting, overcoming resistance from Hungary.",
      "Hungarian Prime Minister Viktor Orban said he had opposed the loan to the end.",
      '"Hungary does not want this loan and never will," he told reporters as he left the summit.',
      "Slovakia's Prime Minister Robert Fico said his country would not take part in the financing, but did not block the decision.",
      "The loan will be backed by the EU budget, Commission President Ursula von der Leyen said.",
      "Read more: Ukraine's allies weigh using frozen Russian assets",
      "Analysts at the Bruegel think tank said the money would cover barely a third of Ukraine's military needs.",
      "The summit also discussed a French proposal for an air-defence shield over western Ukraine, but diplomats said no decision was expected before June.",
    ].join("\n\n"),
    cells: ["EU funding committed", "HU funding opposes", "SK funding ruled_out", "FR air supports"],
  },
];
