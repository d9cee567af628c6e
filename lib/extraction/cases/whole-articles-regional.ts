import type { PhenomenonCase } from "./case";

/**
 * Whole short articles in the registers of the English editions of regional and translated
 * press (Le Monde in English, Spiegel International, El País English, ANSA English, NRC, Notes
 * from Poland, the Kyiv Independent, Ukrainska Pravda, European Pravda, Meduza, Novaya Gazeta
 * Europe, Hürriyet Daily News, the Japan Times, the Hindustan Times, the Irish Times,
 * Kathimerini): long compound sentences with several actors, translated quotes ("he stressed",
 * "the head of state emphasised"), long titles ("the Minister of National Defence", "the head
 * of EU diplomacy"), surnames after the first mention, institutions named by their building
 * (the Élysée, the Farnesina, Bankova, Maximos Mansion), dates as "on 14 March", indirect
 * speech, the nominal style ("confirmed the dispatch of", "Polish participation would
 * consist of", "examining the participation of") and hedged analysis, with the distractors
 * such copy carries: parties and the opposition, anonymous sources, analysts, forces and air
 * policing outside Ukraine. Written whole before any of it was run; one cell per country and
 * commitment, the strongest explicit statement of the article.
 *
 * First run (rules at 583ee91, before any rule written for this batch): 2 of 16 articles read
 * whole; by cell 70 gold cells, 65 proposed, 51 proposed exactly, 14 wrong proposals (P 0.78,
 * R 0.73, F1 0.76). The 14 misread articles were marked with their `gap:`. One label was
 * corrected after the first run by the conventions ("continue to finance ... after a ceasefire" is
 * conditional, as the project's own cases read "keep relaying intelligence after a ceasefire"):
 * with it the first run is 52 exact, 13 wrong (P 0.80, R 0.74, F1 0.77).
 *
 * After the rules for the phenomena it showed (`regional-press-phenomena.ts`: a pledge confirmed
 * as a noun, a measure called a threat or a hostile act, seats of government, a naval base, no
 * money for weapons, a decision blocked by a country, a part "on the ground", money
 * contributed, a mission named "military assistance", a phrase quoted after a verb of support,
 * hearsay in a named newspaper, a junior coalition partner before "has said"): 6 of 16 read
 * whole; by cell 70 gold, 68 proposed, 61 exact, 7 wrong (P 0.90, R 0.87, F1 0.88).
 */
export const WHOLE_ARTICLE_REGIONAL_CASES: readonly PhenomenonCase[] = [
  {
    gap: "'The Élysée indicated that Rafale jets ... could take part in the policing of Ukrainian airspace' is read as the jets' arms, not the Élysée's air",
    phenomenon:
      "Le Monde in English: a nominal pledge with its condition, the Élysée's option of jets, Germany's training as hedged analysis, the RN, Moscow",
    title: "Macron sets out French role in Ukraine guarantees as the Élysée prepares a debate in Parliament",
    text: [
      "Emmanuel Macron on 14 March confirmed the dispatch of several thousand French soldiers to Ukraine as part of a multinational reassurance force, once a ceasefire agreement has been signed, in an address in which the head of state sought to reassure both the allies and a sceptical National Assembly.",
      "The Élysée indicated that Rafale jets operating from bases in France and Poland could also take part in the policing of Ukrainian airspace, a contribution that the presidency has so far described only as an option.",
      "According to an adviser, the plan will be presented to Parliament before the summer, in a debate that Article 50-1 of the Constitution allows without a vote.",
      'Jordan Bardella, president of the Rassemblement National, said his party would oppose any deployment of French troops on Ukrainian soil, which he called "a leap into the unknown".',
      "Germany has not yet said whether it will contribute to the force, and it remains uncertain whether Berlin will go beyond the training of Ukrainian brigades that it already conducts on its own territory.",
      "In Moscow, the spokeswoman for the Foreign Ministry, Maria Zakharova, stressed that the presence of troops from any NATO country in Ukraine would be regarded as an unacceptable threat to Russia's security.",
    ].join("\n\n"),
    cells: [
      "FR troops conditional | once a ceasefire agreement has been signed",
      "FR air considering",
      "DE training committed",
      "RU troops opposes",
    ],
  },
  {
    gap: "'the presidential office welcomed the German offer, with ... saying that a shield over the west of the country would ...' gives Ukraine no support of the air shield",
    phenomenon:
      "Spiegel International: the Chancellery's shift told as a story, air protection from neighbouring territory, 'not on the table', aid in euros, a minister 'said to be' open, Kyiv's welcome",
    title: "Berlin's Quiet Shift: How the Chancellery Came Around to Protecting Ukraine's Skies",
    text: [
      "For months, the Chancellery in Berlin had avoided any statement about what Germany might contribute once the guns fall silent, but in recent weeks, according to several people familiar with the deliberations, the mood inside the government has shifted.",
      "Chancellor Friedrich Merz told DER SPIEGEL that Germany was prepared to take part in protecting Ukrainian airspace from Polish and Romanian territory, and that the Bundeswehr's Patriot systems could play a central role in such an arrangement.",
      "The deployment of German ground troops on Ukrainian soil, by contrast, is not on the table, Merz stressed, citing both the Bundeswehr's obligations to the brigade in Lithuania and the mood among voters.",
      "Defence Minister Boris Pistorius is said to be more open to the idea, though he has avoided saying so in public.",
      "Germany has provided Ukraine with military aid worth some 40 billion euros since 2022, second only to the United States, and the federal budget for next year sets aside a further 9 billion euros for military support to Ukraine.",
      "Whether the coalition in Berlin can hold this line is another matter: the SPD's parliamentary group is split, and the AfD has already announced that it will campaign against any German role.",
      "In Kyiv, the presidential office welcomed the German offer, with Zelensky's chief of staff saying that a shield over the west of the country would free Ukrainian air defences for the front.",
    ].join("\n\n"),
    cells: ["DE air committed", "DE troops ruled_out", "DE arms committed", "UA air supports"],
  },
  {
    gap: "'The Ministry of Defence, headed by Margarita Robles, confirmed that the training ... will continue' (a nominal subject whose 'Ukrainian soldiers' are the trainees) is not read",
    phenomenon:
      "El País English: participation subject to Congress, observers, a neighbour 'studying the dispatch of' a frigate, the ministry named by its head, a coalition partner, aid recalled",
    title: "Sánchez pledges Spanish role in Ukraine ceasefire verification, subject to Congress",
    text: [
      "Spanish Prime Minister Pedro Sánchez announced on Tuesday that Spain would participate in the international mission to verify a future ceasefire in Ukraine, subject to the approval of the Congress of Deputies, in a move that his government hopes will strengthen its standing among European partners after months of criticism over its defence spending.",
      'Speaking at the Moncloa Palace alongside his Portuguese counterpart, Luís Montenegro, Sánchez stressed that Spanish participation would consist of military observers, a contribution he described as "proportionate to our capabilities".',
      "Montenegro, for his part, said Portugal was studying the dispatch of a navy frigate to help escort merchant vessels in the Black Sea once hostilities had ended.",
      "The Ministry of Defence, headed by Margarita Robles, confirmed that the training of Ukrainian soldiers at the Toledo centre, where some 8,000 have passed through since 2022, will continue this year.",
      "Sumar, the junior partner in the coalition government, has said it will not support any deployment of troops, and the Popular Party has demanded that Sánchez explain how the mission will be paid for.",
      "Spain has so far sent Ukraine military aid worth more than 2 billion euros, including Leopard 2 tanks and Hawk air defence batteries.",
    ].join("\n\n"),
    cells: [
      "ES monitoring conditional | subject to the approval of the Congress of Deputies",
      "PT maritime considering",
      "ES training committed",
      "ES arms committed",
    ],
  },
  {
    gap: "'Rome's contribution would instead be concentrated ... in the training of Ukrainian personnel' (a nominal contribution) is not read",
    phenomenon:
      "ANSA English: minehunters as soon as a ceasefire holds, 'is not foreseen', the contribution 'concentrated' on training, the Farnesina as the actor, Palazzo Chigi sources, an ambassador",
    title: "Crosetto: Italy ready to send minehunters to Black Sea, no troops on the ground",
    text: [
      "Italy is ready to contribute minehunters and a naval support unit to the clearance of mines in the Black Sea as soon as a ceasefire comes into force, the Minister of Defence, Guido Crosetto, said on Wednesday at a hearing before the joint defence committees of the Chamber and the Senate.",
      'The minister stressed that the dispatch of Italian soldiers to Ukraine "is not foreseen", in line with what Premier Giorgia Meloni has repeatedly stated, and that Rome\'s contribution would instead be concentrated at sea and in the training of Ukrainian personnel.',
      "The Farnesina, for its part, reiterated its support for a guarantee for Kyiv modelled on Article 5 of the Atlantic Treaty, a proposal that the head of Italian diplomacy will present again to his European counterparts in Brussels next week.",
      "Sources at Palazzo Chigi said the premier had discussed the issue by telephone with the US President, without giving further details.",
      "Five Star Movement leader Giuseppe Conte said the government was dragging Italy into a war mission without a debate in parliament.",
      'Moscow\'s ambassador in Rome, Alexey Paramonov, said in an interview with the Adnkronos agency that NATO warships in the Black Sea would be "a direct threat" to Russia.',
    ].join("\n\n"),
    cells: [
      "IT maritime conditional | as soon as a ceasefire comes into force",
      "IT troops ruled_out",
      "IT training committed",
      "IT article5 supports",
      "RU maritime opposes",
    ],
  },
  {
    phenomenon:
      "NRC: the cabinet's letter to the House, jets once a ceasefire takes effect, money of military support earmarked for drones, 'not ruled out either', parties, Benelux air policing beside a refusal",
    title: "Cabinet wants Dutch F-35s over Ukraine, but the House has the last word",
    text: [
      "The Dutch cabinet is prepared to make F-35 fighter jets available for the protection of Ukrainian airspace once a ceasefire has taken effect, Minister of Defence Ruben Brekelmans wrote on Monday in a letter to the House of Representatives.",
      "In the letter, the minister also announced that the Netherlands would set aside 3.5 billion euros for military support to Ukraine next year, of which roughly half is earmarked for the purchase of drones from Ukrainian manufacturers.",
      "A Dutch contribution on the ground is not ruled out either, Brekelmans noted, but would depend on the mandate and on what other European countries are prepared to offer.",
      "Coalition party VVD supports the plans, while the PVV of Geert Wilders has already announced that it will vote against any mission.",
      "Belgium, which shares the air policing of the Benelux countries with the Netherlands, does not intend to take part in an air mission over Ukraine, according to a spokesperson for the Belgian Ministry of Defence.",
      "Analysts at the Clingendael Institute warned that the Dutch air force, with just over forty F-35s, would struggle to sustain a long mission.",
    ].join("\n\n"),
    cells: [
      "NL air conditional | once a ceasefire has taken effect",
      "NL arms committed",
      "NL troops considering",
      "BE air ruled_out",
    ],
  },
  {
    gap: "'any hub used to supply a foreign force in Ukraine would be considered a legitimate target' also gives Russia an opposition to the force the hub supplies",
    phenomenon:
      "Notes from Poland: no soldiers but the hub, 'Polish participation would consist of' transit, a prime minister who has not excluded training, the president, packages, an ambassador's threat",
    title: "Poland will not send troops to Ukraine but offers to be the coalition's logistics hub",
    text: [
      "Poland will not send soldiers to Ukraine as part of a post-war reassurance force, but it is ready to serve as the logistics hub for the coalition, the Minister of National Defence, who is also a deputy prime minister, Władysław Kosiniak-Kamysz, has declared.",
      "Speaking in Rzeszów, near the Ukrainian border, on 14 March, the head of the defence ministry stressed that Polish participation would consist of securing the transit of equipment and troops through the airport and the railway junctions in the south-east of the country.",
      "His remarks echoed those of Prime Minister Donald Tusk, who has repeatedly said that Polish soldiers will not be deployed in Ukraine, though he has not excluded Polish involvement in the training of Ukrainian troops.",
      "President Karol Nawrocki, who is aligned with the opposition Law and Justice (PiS) party, has also rejected the deployment of Polish soldiers, telling the broadcaster Polsat that the army's task is to defend Poland's own borders.",
      "Poland has handed over 48 packages of military aid to Ukraine since February 2022, according to the defence ministry.",
      "Russia's ambassador to Poland, Georgy Borisenko, said that any hub used to supply a foreign force in Ukraine would be considered a legitimate target.",
    ].join("\n\n"),
    cells: [
      "PL troops ruled_out",
      "PL logistics committed",
      "PL training considering",
      "PL arms committed",
      "RU logistics opposes",
    ],
  },
  {
    gap: "Ukraine's support of troops ('the presence of European troops ... was \"the only thing Russia will take seriously\"') is not read",
    phenomenon:
      "the Kyiv Independent: Ukraine's 'nothing less than' Article 5, European troops as the only thing Russia respects, a visiting premier's company, Bankova on monitoring, a newspaper's report",
    title: "Zelensky: Ukraine needs guarantees equal to Article 5, not promises",
    text: [
      "President Volodymyr Zelensky said on 14 March that Ukraine would accept nothing less than security guarantees equivalent to NATO's Article 5, ratified by the parliaments of the partner countries, as Kyiv prepares for a new round of talks with the U.S. delegation.",
      'Speaking alongside Estonian Prime Minister Kristen Michal in Kyiv, Zelensky stressed that the presence of European troops on Ukrainian soil after a ceasefire was "the only thing Russia will take seriously."',
      "Michal said Estonia was ready to send a company of soldiers to Ukraine as part of the multinational force, adding that Tallinn had already allocated 0.25% of its GDP to military assistance to Ukraine this year.",
      "Bankova also insists that the monitoring of any ceasefire should involve European partners alongside the United States.",
      "The presidential office has not commented on a report in the Financial Times that Washington is pressing Kyiv to accept a smaller European contingent.",
      "Moscow has repeatedly said it would not accept troops from NATO member states in Ukraine under any circumstances.",
    ].join("\n\n"),
    cells: [
      "UA article5 supports",
      "UA troops supports",
      "UA monitoring supports",
      "EE troops committed",
      "EE arms committed",
      "RU troops opposes",
    ],
  },
  {
    gap: "'with 30 million euros allocated' for buying drones is read as funding beside the arms",
    phenomenon:
      "Ukrainska Pravda: 'Source:', 'Details:', 'Quote:' and 'Background:' lines, instructors once the fighting stops, drones bought under the Danish model, a president not ruling out troops, Zakharova",
    title: "Lithuania to send instructors to Ukraine after ceasefire – Minister of National Defence",
    text: [
      "Lithuania is ready to send military instructors to Ukraine to train the Armed Forces of Ukraine once the fighting stops, the Minister of National Defence of Lithuania, Dovilė Šakalienė, has said.",
      "Source: Šakalienė in an interview with LRT",
      "Details: Šakalienė noted that Lithuania would also continue to buy drones from Ukrainian manufacturers for the Armed Forces of Ukraine under the so-called Danish model, with 30 million euros allocated for this year.",
      'Quote: "We are not waiting for a peace agreement to help Ukraine, but our instructors will go there only when there is a ceasefire that holds."',
      "Background: Lithuanian President Gitanas Nausėda said in February that Lithuania did not rule out sending soldiers to Ukraine within a reassurance force.",
      "Earlier, Latvian Prime Minister Evika Siliņa said that Latvia's participation in the coalition of the willing would depend on a decision by the Saeima.",
      'Russian Foreign Ministry spokeswoman Maria Zakharova called any Western instructors in Ukraine "legitimate targets".',
    ].join("\n\n"),
    cells: [
      "LT training conditional | once the fighting stops",
      "LT arms committed",
      "LT troops considering",
      "RU training opposes",
    ],
  },
  {
    phenomenon:
      "European Pravda: the head of EU diplomacy on financing the army, a blocked Peace Facility decision, Budapest's refusals, a training mission once the fighting ends, Bratislava's budget",
    title: "Kallas: EU will keep financing Ukraine's army after ceasefire; Hungary blocks arms money again",
    text: [
      "The European Union will continue to finance the Armed Forces of Ukraine after a ceasefire, including through a new defence instrument in the next multiannual budget, the EU High Representative for Foreign Affairs and Security Policy, Kaja Kallas, stated following a meeting of the foreign ministers in Brussels.",
      "At the same time, the head of EU diplomacy noted that the decision to use a further 6.6 billion euros from the European Peace Facility for arms deliveries had again been blocked by Hungary.",
      'Hungarian Foreign Minister Péter Szijjártó stressed that Budapest would not allow "a single cent" of European money to be spent on weapons for Ukraine and would not send Hungarian soldiers there under any circumstances.',
      "Kallas also said that the EU was ready to turn its military assistance mission into a training mission inside Ukraine once the fighting ends.",
      "As European Pravda reported, Slovak Prime Minister Robert Fico said earlier that no money from the Slovak state budget would go to weapons for Ukraine.",
    ].join("\n\n"),
    cells: [
      // "will continue to finance ... after a ceasefire": labelled committed before the first run,
      // corrected to conditional by the conventions' "after a ceasefire" and the project's own
      // precedent ("will keep relaying battlefield intelligence to Ukraine after a ceasefire").
      "EU funding conditional | after a ceasefire",
      "HU arms opposes",
      "HU troops ruled_out",
      "EU training conditional | once the fighting ends",
      "SK arms ruled_out",
    ],
  },
  {
    phenomenon:
      "Meduza: Lavrov on any European contingent, Peskov on Article 5-like guarantees, anonymous sources with no decision, Lukashenko's venue, Beijing's support for monitoring, an opposition figure's call",
    title: "Kremlin rejects European 'reassurance force' as Lavrov threatens response",
    text: [
      'Russian Foreign Minister Sergey Lavrov said on Tuesday that Moscow would regard any European military contingent in Ukraine, whatever it was called, as a legitimate target, and that talk of a "reassurance force" was an attempt to prolong the war.',
      'Kremlin spokesman Dmitry Peskov added that Russia also rejected any "guarantees" for Ukraine that would resemble Article 5 of the NATO treaty, calling them "a back door into NATO".',
      "According to Meduza's sources, the question of who would monitor a ceasefire has been discussed in the presidential administration, but no decision has been reached.",
      "Meanwhile, Belarusian leader Alexander Lukashenko offered Minsk as a venue for talks.",
      'Russia\'s position contrasts with that of China, whose Foreign Ministry spokesperson Mao Ning said on Monday that Beijing supported "all efforts conducive to peace", including a ceasefire monitoring mechanism acceptable to both sides.',
      "Opposition politician Yulia Navalnaya, in an interview with Meduza, called on European governments to send troops without waiting for Moscow's consent.",
    ].join("\n\n"),
    cells: ["RU troops opposes", "RU article5 opposes", "CN monitoring supports"],
  },
  {
    gap: "'welcomed the American commitment' (the backstop named by an anaphor) is not read; 'any American participation in the guarantees, even without troops, would be unacceptable' is read as opposition to troops, not to the US part",
    phenomenon:
      "Novaya Gazeta Europe: the US backing a European-led force with intelligence but no troops, 'the head of the State Department', hedged analysis, Britain's welcome and aircraft, Ryabkov",
    title: "Washington's backstop: what the Americans are and are not promising",
    text: [
      "The United States will back a European-led force in Ukraine with intelligence and early-warning data, but will not deploy its own troops there, US Secretary of State Marco Rubio said on 14 March after talks with his European counterparts in Brussels.",
      'The head of the State Department stressed that the American contribution would be "the backbone" of the guarantees, but that "European boots, not American ones" would be on the ground.',
      "Judging by the statements of European diplomats, it remains unclear whether the US would also commit to shooting down Russian missiles over Ukraine, which several capitals regard as essential.",
      "British Foreign Secretary Yvette Cooper welcomed the American commitment and said Britain would contribute aircraft to police Ukrainian skies.",
      'Russian Deputy Foreign Minister Sergei Ryabkov responded that any American participation in the guarantees, even without troops, would be "unacceptable".',
      "Novaya Gazeta Europe's interlocutors in Kyiv consider the American offer insufficient.",
    ].join("\n\n"),
    cells: [
      "US backstop committed",
      "US intelligence committed",
      "US troops ruled_out",
      "GB air committed",
      "GB backstop supports",
      "RU backstop opposes",
    ],
  },
  {
    phenomenon:
      "Hürriyet Daily News: navigation security once a ceasefire is reached, a rear admiral's 'not on the agenda', officials who indicate a headquarters could be hosted, drones supplied, the CHP",
    title: "Türkiye ready to ensure Black Sea navigation security after ceasefire, says ministry",
    text: [
      "Türkiye is ready to take on responsibility for the security of navigation in the Black Sea once a ceasefire between Russia and Ukraine is reached, the National Defense Ministry has said, underlining that Ankara would act strictly in line with the Montreux Convention.",
      "Speaking at the ministry's weekly press briefing, Rear Admiral Zeki Aktürk said the deployment of Turkish ground troops on Ukrainian territory was not on the agenda.",
      "President Recep Tayyip Erdoğan, who spoke by phone with his Ukrainian counterpart on 13 March, has repeatedly offered to host peace talks in Istanbul, and Turkish officials have indicated that Türkiye could also host the headquarters of a ceasefire monitoring mission.",
      "Ankara has supplied Ukraine with Bayraktar TB2 drones and Kirpi armored vehicles since the start of the war, while maintaining its dialogue with Moscow.",
      "Main opposition Republican People's Party (CHP) leader Özgür Özel said parliament must be consulted before any naval mission.",
    ].join("\n\n"),
    cells: [
      "TR maritime conditional | once a ceasefire between Russia and Ukraine is reached",
      "TR troops ruled_out",
      "TR monitoring considering",
      "TR logistics considering",
      "TR arms committed",
    ],
  },
  {
    phenomenon:
      "the Japan Times: 'the government is considering dispatching' officers, 'no intention of sending' units, the prime minister's pledge of money, no lethal weapons, experts",
    title: "Japan weighs sending SDF officers to Ukraine ceasefire monitoring mission",
    text: [
      "The government is considering dispatching Self-Defense Forces officers to an international mission to monitor a ceasefire in Ukraine, Chief Cabinet Secretary Minoru Kihara said Thursday, while stressing that any such dispatch would have to be consistent with the Constitution.",
      "Japan has no intention of sending SDF units to take part in a multinational force on the ground, Kihara said.",
      "Prime Minister Sanae Takaichi, who spoke by phone with Zelenskyy on Wednesday, pledged that Japan would continue to provide financial support for Ukraine's recovery and defense through the World Bank and a NATO trust fund.",
      "Tokyo has extended about $12 billion in support to Ukraine since 2022, mostly in economic and humanitarian aid, but it does not provide lethal weapons under its rules on defense equipment transfers.",
      "Experts say the dispatch would be the first deployment of SDF personnel to an area of conflict since the mission to South Sudan ended in 2017.",
    ].join("\n\n"),
    cells: ["JP monitoring considering", "JP troops ruled_out", "JP funding committed", "JP arms ruled_out"],
  },
  {
    gap: "'India will contribute to a United Nations mission to monitor a ceasefire ...' is not read ('Nations' is taken for other nations that carry the commitment: reading it as a body lowered the cross-validated F1 0.835 -> 0.832); 'Russia, India's largest supplier of defence equipment, would not oppose ...' (an appositive and hearsay) gives both countries support of arms",
    phenomenon:
      "the Hindustan Times: monitoring if the Security Council mandates it, no coalition force outside the UN, the MEA's briefing, a minister's schedule, hearsay that Russia would not oppose",
    title: "India ready to join UN mission to monitor Ukraine ceasefire, says MEA",
    text: [
      "India will contribute to a United Nations mission to monitor a ceasefire in Ukraine if the UN Security Council mandates one, but will not be part of any coalition force outside the UN framework, the ministry of external affairs (MEA) said on Friday.",
      'MEA spokesperson Randhir Jaiswal told reporters at the weekly briefing that India had the "largest experience" of UN peacekeeping and stood ready to share it.',
      "External affairs minister S Jaishankar, who is on a visit to Berlin, is scheduled to discuss the issue with his German counterpart Johann Wadephul.",
      "Russia, India's largest supplier of defence equipment, would not oppose a UN mission that includes Indian peacekeepers, according to people familiar with the matter.",
    ].join("\n\n"),
    cells: ["IN monitoring conditional | if the UN Security Council mandates one", "IN troops ruled_out"],
  },
  {
    phenomenon:
      "the Irish Times: 'could' take part only with a UN mandate, the triple lock, money through the Peace Facility, no lethal weapons, the Taoiseach's offer to train, Sinn Féin",
    title: "Defence Forces could join Ukraine mission only with UN mandate, Tánaiste says",
    text: [
      "Irish Defence Forces personnel could take part in a peacekeeping mission in Ukraine, but only if it has a United Nations mandate, the Tánaiste and Minister for Defence, Simon Harris, has said.",
      "Mr Harris told the Dáil on Wednesday that the Government intended to legislate to remove the requirement for a UN mandate, the third element of the so-called triple lock, but that the legislation would not be enacted before the summer.",
      "Ireland has contributed more than 300 million euros to Ukraine through the European Peace Facility, a fund that under Ireland's policy of military neutrality finances only non-lethal equipment, and the Government has repeatedly said it will not supply lethal weapons to Ukraine.",
      "The Taoiseach, Micheál Martin, said on Thursday that Ireland would also offer to train Ukrainian soldiers in demining at the Defence Forces' training centre in the Curragh.",
      'Sinn Féin\'s spokesman on defence said the Government was "dismantling neutrality by stealth".',
    ].join("\n\n"),
    cells: ["IE troops considering", "IE funding committed", "IE arms ruled_out", "IE training committed"],
  },
  {
    gap: "the refused S-300 in an 'although' clause outranks the vehicles sent in the main clause",
    phenomenon:
      "Kathimerini: no ground forces but Souda Bay as a support point, 'examining the participation of' a frigate, Maximos Mansion sources, deliveries beside a refused system, an embassy",
    title: "Athens rules out ground troops, offers Souda Bay for Ukraine mission",
    text: [
      "Greece will not participate with ground forces in the multinational force being planned for Ukraine, Prime Minister Kyriakos Mitsotakis reiterated on Thursday, noting however that the country was prepared to make the naval base at Souda Bay in Crete available as a logistical support point.",
      "The government is also examining the participation of a Greek frigate in a future mission to secure commercial shipping in the Black Sea, government spokesman Pavlos Marinakis said.",
      "Sources at Maximos Mansion said the prime minister had briefed the leaders of the parliamentary parties on the decision.",
      "Greece has sent Ukraine armoured vehicles and artillery ammunition, although Athens has refused to hand over its S-300 air defence systems, citing the threat from Turkey.",
      "The Russian embassy in Athens said in a statement that Greek participation in any Black Sea mission would be regarded as a hostile act.",
    ].join("\n\n"),
    cells: [
      "GR troops ruled_out",
      "GR logistics committed",
      "GR maritime considering",
      "GR arms committed",
      "RU maritime opposes",
    ],
  },
];
