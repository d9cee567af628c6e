import type { PhenomenonCase } from "./case";

/** Stances in other words: pledges, readiness, hedges, refusals, endorsements, opposition, conditions. */
export const STANCES_CASES: readonly PhenomenonCase[] = [
  // --- Pledges and readiness (committed) ---
  {
    phenomenon: "a pledge: has pledged to",
    text: "Sweden has pledged to train Ukrainian pilots on its own jets, Prime Minister Ulf Kristersson said on Monday.",
    cells: ["SE training committed"],
  },
  {
    phenomenon: "readiness: stands ready to contribute",
    text: "Norway stands ready to contribute minehunters to a Black Sea mission, the Norwegian government said.",
    cells: ["NO maritime committed"],
  },
  {
    phenomenon: "readiness: is prepared to deploy",
    text: "Canada is prepared to deploy troops to Ukraine as part of a reassurance force, Prime Minister Mark Carney told reporters in Ottawa.",
    cells: ["CA troops committed"],
  },
  {
    phenomenon: "an intention: intends to take part",
    text: "Finland intends to take part in a ceasefire monitoring mission, President Alexander Stubb said.",
    cells: ["FI monitoring committed"],
  },
  {
    phenomenon: "a pledge: will contribute",
    text: "Belgium will contribute to air policing over Ukraine, Defence Minister Theo Francken announced.",
    cells: ["BE air committed"],
  },
  {
    phenomenon: "an agreement: has agreed to host",
    text: "Romania has agreed to host a logistics hub for the multinational force, the defence ministry in Bucharest said.",
    cells: ["RO logistics committed"],
  },
  {
    phenomenon: "joining: signed up to a force and will provide",
    text: "Estonia has signed up to the multinational force for Ukraine and will provide a company of infantry, Prime Minister Kristen Michal said.",
    cells: ["EE troops committed"],
  },
  {
    phenomenon: "a commitment: is committed to providing",
    text: "Spain remains committed to providing weapons to Ukraine, Defence Minister Margarita Robles said.",
    cells: ["ES arms committed"],
  },
  {
    phenomenon: "readiness: is ready to send",
    text: "Australia is ready to send military personnel to help keep the peace in Ukraine, Anthony Albanese said.",
    cells: ["AU troops committed"],
  },
  {
    phenomenon: "an offer: has offered to share",
    text: "Japan has offered to share satellite intelligence with Ukraine, the government in Tokyo said.",
    cells: ["JP intelligence committed"],
  },
  {
    phenomenon: "a vow: vowed to keep supplying",
    text: "Portugal vowed to keep supplying ammunition to Ukraine, Prime Minister Luís Montenegro said.",
    cells: ["PT arms committed"],
  },
  {
    phenomenon: "a pledge in the first person, quoted",
    text: '"We are going to put British troops on the ground in Ukraine to help secure the peace," Keir Starmer said.',
    cells: ["GB troops committed"],
  },
  {
    phenomenon: "a pledge: will not hesitate to (a negated hesitation is a pledge)",
    text: "Lithuania will not hesitate to send soldiers to a reassurance force in Ukraine, President Gitanas Nauseda said.",
    cells: ["LT troops committed"],
  },
  {
    phenomenon: "a pledge: is determined to",
    text: "The Netherlands is determined to keep sending weapons to Ukraine, Prime Minister Dick Schoof said.",
    cells: ["NL arms committed"],
  },
  {
    phenomenon: "a pledge: has promised",
    text: "Denmark has promised to fund the training of Ukrainian troops in 2027, Mette Frederiksen said.",
    cells: ["DK training committed"],
  },
  // --- Conditions (conditional) ---
  {
    phenomenon: "a condition: as long as a ceasefire holds",
    text: "Sweden will send troops to Ukraine as long as a ceasefire holds, Ulf Kristersson said.",
    cells: ["SE troops conditional | as long as a ceasefire holds"],
  },
  {
    phenomenon: "a condition: on condition that",
    text: "Poland will host a logistics hub on condition that the United States provides a backstop, Donald Tusk said.",
    cells: ["PL logistics conditional | on condition that the United States provides a backstop"],
  },
  {
    phenomenon: "a condition: only if",
    text: "Italy would take part in a monitoring mission only if it had a United Nations mandate, Foreign Minister Antonio Tajani said.",
    cells: ["IT monitoring conditional"],
  },
  {
    phenomenon: "a condition: provided the mission has",
    text: "The Netherlands will contribute troops provided the mission has a clear mandate, Dick Schoof said.",
    cells: ["NL troops conditional | provided the mission has a clear mandate"],
  },
  {
    phenomenon: "a condition: pending parliamentary approval",
    text: "Germany is ready to deploy soldiers to Ukraine pending parliamentary approval, Defence Minister Boris Pistorius said.",
    cells: ["DE troops conditional | pending parliamentary approval"],
  },
  {
    phenomenon: "a condition: pending a vote in parliament",
    text: "Croatia will send two helicopters to support the monitoring mission, pending a vote in parliament, the government in Zagreb said.",
    cells: ["HR monitoring conditional | pending a vote in parliament"],
  },
  {
    phenomenon: "a condition that opens the sentence: once a truce holds",
    text: "Once a truce holds, France will station troops in Ukraine, Emmanuel Macron said.",
    cells: ["FR troops conditional | Once a truce holds"],
  },
  {
    phenomenon: "a condition: should a peace deal be reached",
    text: "Should a peace deal be reached, Britain would lead a multinational force in Ukraine, Defence Secretary John Healey said.",
    cells: ["GB troops conditional"],
  },
  {
    phenomenon: "a condition: in the event of a ceasefire",
    text: "Romania will send minehunters to the Black Sea in the event of a ceasefire, the defence ministry said.",
    cells: ["RO maritime conditional | in the event of a ceasefire"],
  },
  {
    phenomenon: "a condition: after the hostilities end",
    text: "Turkey is ready to take part in Black Sea naval patrols after the hostilities end, President Recep Tayyip Erdogan said.",
    cells: ["TR maritime conditional"],
  },
  {
    phenomenon: "a condition: once a ceasefire agreement is in place",
    text: "Canada will contribute to a monitoring mission once a ceasefire agreement is in place, Mark Carney said.",
    cells: ["CA monitoring conditional"],
  },
  {
    phenomenon: "a condition: only after a peace agreement",
    text: "Spain would send troops only after a peace agreement, Margarita Robles said.",
    cells: ["ES troops conditional"],
  },
  {
    phenomenon: "a condition: only with the approval of parliament",
    text: "Belgium will send soldiers to Ukraine only with the approval of parliament, Theo Francken said.",
    cells: ["BE troops conditional"],
  },
  {
    phenomenon: "a condition: if Russia agrees to a ceasefire",
    text: "Norway will send minehunters to the Black Sea if Russia agrees to a ceasefire, the government said.",
    cells: ["NO maritime conditional"],
  },
  {
    phenomenon: "a condition: as soon as there is a ceasefire, and not before",
    text: "The Netherlands will send troops as soon as there is a ceasefire, Dick Schoof said.",
    cells: ["NL troops conditional"],
  },
  {
    phenomenon: "a condition: once a peace agreement has been signed, with a participle between",
    text: "Denmark, once a peace agreement has been signed, will deploy soldiers to Ukraine, Mette Frederiksen said.",
    cells: ["DK troops conditional"],
  },
  {
    phenomenon: "a condition: when the fighting stops",
    text: "Estonia will join a reassurance force when the fighting stops, Kristen Michal said.",
    cells: ["EE troops conditional"],
  },
  {
    phenomenon: "a condition: in the event that",
    text: "Finland will contribute to air policing over Ukraine in the event that a peace agreement is signed, Alexander Stubb said.",
    cells: ["FI air conditional"],
  },
  // --- Hedges (considering) ---
  {
    phenomenon: "a hedge: is weighing whether",
    text: "Japan is weighing whether to join a ceasefire monitoring mission, the government said.",
    cells: ["JP monitoring considering"],
  },
  {
    phenomenon: "a hedge: has not decided",
    text: "Austria has not decided whether to join a monitoring mission in Ukraine, Chancellor Christian Stocker said.",
    cells: ["AT monitoring considering"],
  },
  {
    phenomenon: "a hedge: keeps the option open",
    text: "Ireland keeps the option open of sending peacekeepers to Ukraine, Taoiseach Micheál Martin said.",
    cells: ["IE troops considering"],
  },
  {
    phenomenon: "a hedge: is exploring",
    text: "Greece is exploring a contribution to maritime security in the Black Sea, the government in Athens said.",
    cells: ["GR maritime considering"],
  },
  {
    phenomenon: "a hedge: would consider (the modal before the hedge)",
    text: "Portugal would consider sending troops to Ukraine as part of a European force, Luís Montenegro said.",
    cells: ["PT troops considering"],
  },
  {
    phenomenon: "a hedge: remains open to",
    text: "Latvia remains open to taking part in air policing over Ukraine, Foreign Minister Baiba Braže said.",
    cells: ["LV air considering"],
  },
  {
    phenomenon: "a hedge: has not ruled out",
    text: "Finland has not ruled out sending troops to Ukraine, Alexander Stubb said.",
    cells: ["FI troops considering"],
  },
  {
    phenomenon: "a hedge: is looking into",
    text: "The Netherlands is looking into sending frigates to the Black Sea, Dick Schoof said.",
    cells: ["NL maritime considering"],
  },
  {
    phenomenon: "a hedge under a condition stays a hedge: could ... after a ceasefire",
    text: "Sweden could contribute to air policing over Ukraine after a ceasefire, Ulf Kristersson said.",
    cells: ["SE air considering"],
  },
  {
    phenomenon: "a hedge: a decision has yet to be made",
    text: "A decision on sending Danish troops to Ukraine has yet to be made, Mette Frederiksen said.",
    cells: ["DK troops considering"],
  },
  {
    phenomenon: "a hedge: is keeping all options open",
    text: "Germany is keeping all options open on deploying troops to Ukraine, Chancellor Friedrich Merz said.",
    cells: ["DE troops considering"],
  },
  {
    phenomenon: "a hedge: is in talks about",
    text: "Spain is in talks with allies about contributing to a ceasefire monitoring mission, Margarita Robles said.",
    cells: ["ES monitoring considering"],
  },
  {
    phenomenon: "a hedge: might ... if the truce holds",
    text: "Italy might join a naval mission in the Black Sea if the truce holds, Defence Minister Guido Crosetto said.",
    cells: ["IT maritime considering"],
  },
  {
    phenomenon: "a hedge: is not impossible (a double negative)",
    text: "It is not impossible that Belgian troops will be deployed to Ukraine, Theo Francken said.",
    cells: ["BE troops considering"],
  },
  {
    phenomenon: "a hedge: does not exclude",
    text: "Denmark does not exclude sending soldiers to Ukraine, Mette Frederiksen said.",
    cells: ["DK troops considering"],
  },
  {
    phenomenon: "a hedge: cannot rule out that",
    text: "We cannot rule out that Dutch soldiers will be part of the force, Dick Schoof said.",
    cells: ["NL troops considering"],
  },
  {
    phenomenon: "a hedge: would be willing to look at",
    text: "Canada would be willing to look at sending instructors to train Ukrainian forces, Mark Carney said.",
    cells: ["CA training considering"],
  },
  // --- Refusals (ruled_out) ---
  {
    phenomenon: "a refusal: has no intention of",
    text: "Hungary has no intention of sending troops to Ukraine, Foreign Minister Peter Szijjarto said.",
    cells: ["HU troops ruled_out"],
  },
  {
    phenomenon: "a refusal: will not be sending",
    text: "Poland will not be sending soldiers to Ukraine, Donald Tusk said.",
    cells: ["PL troops ruled_out"],
  },
  {
    phenomenon: "a refusal: ruled out any deployment of its troops",
    text: "Croatia ruled out any deployment of its troops to Ukraine, the government in Zagreb said.",
    cells: ["HR troops ruled_out"],
  },
  {
    phenomenon: "a refusal: there are no plans to",
    text: "There are no plans to send our soldiers to Ukraine, Bulgaria's defence minister said.",
    cells: ["BG troops ruled_out"],
  },
  {
    phenomenon: "a refusal: is out of the question",
    text: "Sending Italian troops to Ukraine is out of the question, Giorgia Meloni said.",
    cells: ["IT troops ruled_out"],
  },
  {
    phenomenon: "a refusal: declined to commit",
    text: "Robert Fico declined to commit Slovak soldiers to a force in Ukraine.",
    cells: ["SK troops ruled_out"],
  },
  {
    phenomenon: "a refusal: will not take part in any mission",
    text: "Austria will not take part in any military mission in Ukraine, Christian Stocker said.",
    cells: ["AT troops ruled_out"],
  },
  {
    phenomenon: "a refusal: does not intend to",
    text: "Greece does not intend to deploy troops on Ukrainian soil, Prime Minister Kyriakos Mitsotakis said.",
    cells: ["GR troops ruled_out"],
  },
  {
    phenomenon: "a refusal: won't put boots on the ground",
    text: "Washington won't put American boots on the ground in Ukraine, President Donald Trump said.",
    cells: ["US troops ruled_out"],
  },
  {
    phenomenon: "a refusal: sees no reason to",
    text: "Turkey sees no reason to send warships into the Black Sea, the foreign ministry in Ankara said.",
    cells: ["TR maritime ruled_out"],
  },
  {
    phenomenon: "a refusal: is not in a position to",
    text: "Japan is not in a position to send troops to Ukraine, the government in Tokyo said.",
    cells: ["JP troops ruled_out"],
  },
  {
    phenomenon: "a refusal: is impossible",
    text: "For Slovakia, sending soldiers to Ukraine is impossible, Robert Fico said.",
    cells: ["SK troops ruled_out"],
  },
  {
    phenomenon: "a refusal: will not participate",
    text: "Portugal will not participate in air policing over Ukraine, Luís Montenegro said.",
    cells: ["PT air ruled_out"],
  },
  // --- Support in principle (supports) ---
  {
    phenomenon: "support: backs an Article 5-style guarantee",
    text: "Italy backs an Article 5-style guarantee for Ukraine, Antonio Tajani said.",
    cells: ["IT article5 supports"],
  },
  {
    phenomenon: "support: welcomes a mission",
    text: "Germany welcomes the creation of a European ceasefire monitoring mission, Friedrich Merz said.",
    cells: ["DE monitoring supports"],
  },
  {
    phenomenon: "support: is in favour of",
    text: "Poland is in favour of air policing over western Ukraine by European jets, Donald Tusk said.",
    cells: ["PL air supports"],
  },
  {
    phenomenon: "support: calls for",
    text: "Czech President Petr Pavel called for a European reassurance force in Ukraine.",
    cells: ["CZ troops supports"],
  },
  {
    phenomenon: "support: supports guarantees modelled on Article 5",
    text: "Finland supports security guarantees modelled on NATO's Article 5, Alexander Stubb said.",
    cells: ["FI article5 supports"],
  },
  {
    phenomenon: "support: urged allies to",
    text: "Lithuania's foreign minister urged allies to send warships to the Black Sea.",
    cells: ["LT maritime supports"],
  },
  {
    phenomenon: "support: endorsed the idea of",
    text: "Spain endorsed the idea of a ceasefire monitoring mission led by the United Nations, Margarita Robles said.",
    cells: ["ES monitoring supports"],
  },
  {
    phenomenon: "support: not opposed to (a double negative)",
    text: "Slovakia is not opposed to a European monitoring mission in Ukraine, Robert Fico said.",
    cells: ["SK monitoring supports"],
  },
  // --- Opposition (opposes) ---
  {
    phenomenon: "opposition: rejects any deployment",
    text: "Russia rejects any deployment of Western troops in Ukraine, foreign ministry spokeswoman Maria Zakharova said.",
    cells: ["RU troops opposes"],
  },
  {
    phenomenon: "opposition: would be unacceptable",
    text: "The presence of European soldiers in Ukraine would be unacceptable, Kremlin spokesman Dmitry Peskov said.",
    cells: ["RU troops opposes"],
  },
  {
    phenomenon: "opposition: warned against",
    text: "Sergei Lavrov warned against sending any foreign troops to Ukraine.",
    cells: ["RU troops opposes"],
  },
  {
    phenomenon: "opposition: will never accept",
    text: "Moscow will never accept European peacekeepers in Ukraine, Dmitry Peskov said.",
    cells: ["RU troops opposes"],
  },
  {
    phenomenon: "opposition: is against any training mission",
    text: "Viktor Orbán said Hungary was against any EU training mission for Ukrainian soldiers.",
    cells: ["HU training opposes"],
  },
  {
    phenomenon: "opposition: foreign troops would be legitimate targets",
    text: "Russia warned that foreign troops deployed to Ukraine would become legitimate targets, Dmitry Peskov said.",
    cells: ["RU troops opposes"],
  },
  // --- Negation scope ---
  {
    phenomenon: "negation scope: a refusal of troops does not reach the ships",
    text: "Norway will not send ground troops but will contribute minehunters to a Black Sea mission, the government said.",
    cells: ["NO troops ruled_out", "NO maritime committed"],
  },
  {
    phenomenon: "negation scope: a negation in a concessive phrase does not reach the pledge",
    text: "Despite not being a member of NATO, Ireland will contribute officers to the ceasefire monitoring mission, Micheál Martin said.",
    cells: ["IE monitoring committed"],
  },
  {
    phenomenon: "negation scope: not only ... but also",
    text: "Britain will not only train Ukrainian soldiers but also send troops to Ukraine after a ceasefire, Keir Starmer said.",
    cells: ["GB training committed", "GB troops conditional"],
  },
  {
    phenomenon: "negation scope: no doubt is no negation",
    text: "There is no doubt that France will lead the reassurance force in Ukraine, Emmanuel Macron said.",
    cells: ["FR troops committed"],
  },
  {
    phenomenon: "negation scope: a support and a refusal in one sentence",
    text: "Slovakia supports a ceasefire monitoring mission but will not send soldiers to Ukraine, Robert Fico said.",
    cells: ["SK monitoring supports", "SK troops ruled_out"],
  },
  // --- Questions ---
  {
    phenomenon: "a question asked is no position",
    text: "Will Germany send troops to Ukraine? Chancellor Friedrich Merz has not said.",
    cells: [],
  },
  {
    phenomenon: "a question then an answer with a condition",
    text: "Is Britain ready to put troops on the ground? John Healey said Britain will deploy troops once a ceasefire is agreed.",
    cells: ["GB troops conditional"],
  },
  {
    phenomenon: "a reporter's question about a refusal is no refusal",
    text: "Asked whether Spain would rule out sending troops, Margarita Robles declined to answer.",
    cells: [],
  },
  // --- Traps: who does not count, past events, another country ---
  {
    phenomenon: "trap: an opposition leader",
    text: "Opposition leader Kemi Badenoch said Britain should not send troops to Ukraine.",
    cells: [],
  },
  {
    phenomenon: "trap: a former president",
    text: "Former French president Nicolas Sarkozy said France should never send soldiers to Ukraine.",
    cells: [],
  },
  {
    phenomenon: "trap: analysts",
    text: "Analysts at a London think tank say Germany will eventually have to send troops to Ukraine.",
    cells: [],
  },
  {
    phenomenon: "trap: a poll",
    text: "A poll published on Sunday found that most Germans oppose sending troops to Ukraine.",
    cells: [],
  },
  {
    phenomenon: "trap: the coalition with no country named",
    text: "The coalition of the willing is ready to deploy a reassurance force once a ceasefire is agreed.",
    cells: [],
  },
  {
    phenomenon: "trap: forces stationed outside Ukraine",
    text: "Germany will station a brigade in Lithuania, Boris Pistorius said.",
    cells: [],
  },
  {
    phenomenon: "trap: a Russian claim about another country",
    text: "Kremlin spokesman Dmitry Peskov claimed that Britain was secretly preparing to send troops to Ukraine.",
    cells: [],
  },
  {
    phenomenon: "trap: Ukraine receiving is no pledge",
    text: "Ukraine will receive more artillery shells from its partners next year, the defence ministry in Kyiv said.",
    cells: [],
  },
  {
    phenomenon: "trap: a past deployment elsewhere",
    text: "Britain deployed peacekeepers to Bosnia in the 1990s, John Healey recalled.",
    cells: [],
  },
  // --- More ways of saying it ---
  {
    phenomenon: "a pledge: expects to deploy (its own act)",
    text: "France expects to deploy troops to Ukraine within weeks of a ceasefire, the Elysée said.",
    cells: ["FR troops committed"],
  },
  {
    phenomenon: "a pledge: would be willing to send",
    text: "Estonia would be willing to send a company of soldiers to Ukraine, Kristen Michal said.",
    cells: ["EE troops committed"],
  },
  {
    phenomenon: "a pledge: is poised to",
    text: "Britain is poised to send military instructors to Ukraine, John Healey said.",
    cells: ["GB training committed"],
  },
  {
    phenomenon: "a hedge: would not be averse to (a double negative)",
    text: "Canada would not be averse to sending peacekeepers to Ukraine, Mark Carney said.",
    cells: ["CA troops considering"],
  },
  {
    phenomenon: "a hedge: is open to the idea of",
    text: "Norway is open to the idea of joining air policing over Ukraine, Jonas Gahr Støre said.",
    cells: ["NO air considering"],
  },
  {
    phenomenon: "a refusal: is not considering",
    text: "Italy is not considering sending troops to Ukraine, Antonio Tajani said.",
    cells: ["IT troops ruled_out"],
  },
  {
    phenomenon: "a refusal: is not something we are considering",
    text: "Sending Polish soldiers to Ukraine is not something we are considering, Donald Tusk said.",
    cells: ["PL troops ruled_out"],
  },
  {
    phenomenon: "a refusal: has turned down requests to",
    text: "Austria has turned down requests to send soldiers to the reassurance force, Christian Stocker said.",
    cells: ["AT troops ruled_out"],
  },
  {
    phenomenon: "a refusal: under no circumstances",
    text: "Hungary will under no circumstances send weapons to Ukraine, Viktor Orbán said.",
    cells: ["HU arms ruled_out"],
  },
  {
    phenomenon: "a refusal: there is no question of",
    text: "There is no question of German soldiers being deployed to Ukraine, Friedrich Merz said.",
    cells: ["DE troops ruled_out"],
  },
  {
    phenomenon: "a refusal: has said no to",
    text: "Slovakia has said no to sending its soldiers to Ukraine, Robert Fico told parliament.",
    cells: ["SK troops ruled_out"],
  },
  {
    phenomenon: "a refusal: never intended to",
    text: "Greece never intended to send troops to Ukraine, Kyriakos Mitsotakis said.",
    cells: ["GR troops ruled_out"],
  },
  {
    phenomenon: "a condition: assuming a ceasefire holds",
    text: "Sweden will send soldiers to Ukraine, assuming a ceasefire holds, Ulf Kristersson said.",
    cells: ["SE troops conditional | assuming a ceasefire holds"],
  },
  {
    phenomenon: "a condition: once the shooting stops",
    text: "Latvia will contribute instructors to train Ukrainian troops inside Ukraine once the shooting stops, Baiba Braže said.",
    cells: ["LV training conditional"],
  },
  {
    phenomenon: "a condition: if and when a peace deal is signed",
    text: "Belgium will deploy minehunters to the Black Sea if and when a peace deal is signed, Theo Francken said.",
    cells: ["BE maritime conditional"],
  },
  {
    phenomenon: "a condition: conditional on",
    text: "The Czech contribution of soldiers would be conditional on a mandate from parliament, the defence ministry said.",
    cells: ["CZ troops conditional"],
  },
  {
    phenomenon: "a condition: with a UN Security Council mandate",
    text: "Spain would send troops to Ukraine only with a UN Security Council mandate, Pedro Sánchez said.",
    cells: ["ES troops conditional"],
  },
  {
    phenomenon: "support: has voiced its support for",
    text: "Portugal has voiced its support for a ceasefire monitoring mission in Ukraine, Luís Montenegro said.",
    cells: ["PT monitoring supports"],
  },
  {
    phenomenon: "support: has thrown its weight behind",
    text: "Germany has thrown its weight behind a European air shield over Ukraine, Friedrich Merz said.",
    cells: ["DE air supports"],
  },
  {
    phenomenon: "support: does not object to (a double negative)",
    text: "Hungary does not object to an EU ceasefire monitoring mission, Peter Szijjarto said.",
    cells: ["HU monitoring supports"],
  },
  {
    phenomenon: "opposition: would be a red line",
    text: "Any deployment of Western troops to Ukraine would cross a red line, Sergei Lavrov said.",
    cells: ["RU troops opposes"],
  },
  {
    phenomenon: "opposition: has spoken out against",
    text: "Hungary has spoken out against an EU training mission for Ukrainian soldiers, Peter Szijjarto said.",
    cells: ["HU training opposes"],
  },
  {
    phenomenon: "opposition: objects to",
    text: "Russia objects to any European peacekeepers in Ukraine, Maria Zakharova said.",
    cells: ["RU troops opposes"],
  },
  {
    phenomenon: "opposition: a stance about other countries is the speaker's",
    text: "Sergei Lavrov said Britain and France must not send troops to Ukraine.",
    cells: ["RU troops opposes"],
  },
  {
    phenomenon: "negation scope: a refusal then a hedge",
    text: "Italy will not send troops, but it could help with ceasefire monitoring, Giorgia Meloni said.",
    cells: ["IT troops ruled_out", "IT monitoring considering"],
  },
  {
    phenomenon: "negation scope: even without a backstop",
    text: "Even without US participation, Denmark will send soldiers to Ukraine, Mette Frederiksen said.",
    cells: ["DK troops committed"],
  },
  {
    phenomenon: "negation scope: never in a time phrase does not reach the pledge",
    text: "Never before has Japan sent military personnel abroad on such a scale, but it will now share intelligence with Ukraine, the government said.",
    cells: ["JP intelligence committed"],
  },
  {
    phenomenon: "a rhetorical question is no position",
    text: "Why should Spanish soldiers be sent to Ukraine?",
    cells: [],
  },
  {
    phenomenon: "trap: a party leader outside government",
    text: "The leader of the far-right AfD party said Germany must never send soldiers to Ukraine.",
    cells: [],
  },
  {
    phenomenon: "a claim about one's own country stays its position",
    text: "Emmanuel Macron claimed that France would lead the reassurance force in Ukraine.",
    cells: ["FR troops committed"],
  },
  {
    phenomenon: "trap: an accusation about another country",
    text: "Sergei Lavrov accused France of preparing to send troops to Ukraine.",
    cells: [],
  },
  {
    phenomenon: "support: a call on another country is the speaker's support",
    text: "Antonio Tajani said Germany should lead the air policing mission over Ukraine.",
    cells: ["IT air supports"],
  },
  {
    phenomenon: "opposition: a red line, said by the Kremlin",
    text: "European troops in Ukraine would be a red line for Russia, Kremlin spokesman Dmitry Peskov said.",
    cells: ["RU troops opposes"],
  },
  // --- Third round: multi-sentence, passive, quoted, future decisions ---
  {
    phenomenon: "a condition in the next sentence: but only once",
    text: "Germany will send troops to Ukraine. But only once a ceasefire is in place, Friedrich Merz said.",
    cells: ["DE troops conditional"],
  },
  {
    phenomenon: "a quoted first-person readiness",
    text: '"We are ready to send our soldiers to Ukraine," Mette Frederiksen said.',
    cells: ["DK troops committed"],
  },
  {
    phenomenon: "a quoted first-person refusal: will not be part of any mission",
    text: '"We will not be part of any military mission in Ukraine," Robert Fico said.',
    cells: ["SK troops ruled_out"],
  },
  {
    phenomenon: "a passive refusal: no troops will be sent",
    text: "No Polish troops will be sent to Ukraine, Donald Tusk said.",
    cells: ["PL troops ruled_out"],
  },
  {
    phenomenon: "a passive hedge: could be deployed after a ceasefire",
    text: "Dutch troops could be deployed to Ukraine after a ceasefire, Dick Schoof said.",
    cells: ["NL troops considering"],
  },
  {
    phenomenon: "an action under way: has already started training",
    text: "Lithuania has already started training Ukrainian soldiers, the defence ministry in Vilnius said.",
    cells: ["LT training committed"],
  },
  {
    phenomenon: "support: will not stand in the way (a negated obstruction)",
    text: "Hungary will not stand in the way of an EU training mission for Ukrainian soldiers, Peter Szijjarto said.",
    cells: ["HU training supports"],
  },
  {
    phenomenon: "support: will not veto (a negated opposition)",
    text: "Slovakia will not veto the EU's training mission for Ukrainian soldiers, Robert Fico said.",
    cells: ["SK training supports"],
  },
  {
    phenomenon: "opposition: would never agree to",
    text: "Russia would never agree to NATO troops in Ukraine, Dmitry Peskov said.",
    cells: ["RU troops opposes"],
  },
  {
    phenomenon: "a hedge: a future decision (will decide whether)",
    text: "Friedrich Merz said Germany would decide whether to send troops once a ceasefire is in place.",
    cells: ["DE troops considering"],
  },
  {
    phenomenon: "a hedge: it is too early to say",
    text: "It is too early to say whether Swedish soldiers will be deployed to Ukraine, Ulf Kristersson said.",
    cells: ["SE troops considering"],
  },
  {
    phenomenon: "a hedge: it would be premature to talk about",
    text: "It would be premature to talk about sending Finnish troops to Ukraine, Alexander Stubb said.",
    cells: ["FI troops considering"],
  },
  {
    phenomenon: "a hedge: has expressed interest in",
    text: "Greece has expressed interest in joining a Black Sea maritime mission, Kyriakos Mitsotakis said.",
    cells: ["GR maritime considering"],
  },
  {
    phenomenon: "a refusal: is not planning to",
    text: "Portugal is not planning to send troops to Ukraine, Luís Montenegro said.",
    cells: ["PT troops ruled_out"],
  },
  {
    phenomenon: "a refusal: not a single soldier",
    text: "Not a single Hungarian soldier will be sent to Ukraine, Viktor Orbán said.",
    cells: ["HU troops ruled_out"],
    gap: "the singular 'soldier' names no troops for the commitment lexicon (the refusal cue is read)",
  },
  {
    phenomenon: "a refusal: none of our soldiers",
    text: "None of our soldiers will go to Ukraine, Slovak Prime Minister Robert Fico said.",
    cells: ["SK troops ruled_out"],
  },
  {
    phenomenon: "negation scope: no decision taken, but preparing",
    text: "No final decision has been taken, but Belgium is preparing to send troops to Ukraine, Theo Francken said.",
    cells: ["BE troops committed"],
  },
  {
    phenomenon: "a refusal reported by another country's leader",
    text: "Emmanuel Macron said Italy would not take part in the reassurance force.",
    cells: ["IT troops ruled_out"],
  },
  {
    phenomenon: "trap: a reporter's uncertainty is no position",
    text: "It is not clear whether Spain will send ships to the Black Sea.",
    cells: [],
  },
  {
    phenomenon: "a pledge: among the countries ready to",
    text: "Denmark is among the nations prepared to deploy soldiers on Ukrainian soil, Mette Frederiksen said.",
    cells: ["DK troops committed"],
  },
  {
    phenomenon: "negation scope: too early to talk about numbers leaves the pledge standing",
    text: "Britain will send troops to Ukraine, but it is too early to talk about numbers, John Healey said.",
    cells: ["GB troops committed"],
  },
  // --- Variants of the cues above, in other sentences ---
  {
    phenomenon: "a condition: pending a ceasefire",
    text: "Norway will keep two frigates ready for the Black Sea, pending a ceasefire, the defence ministry in Oslo said.",
    cells: ["NO maritime conditional | pending a ceasefire"],
  },
  {
    phenomenon: "a hedge: has left the option open",
    text: "Spain has left the option open of joining air policing over Ukraine, Margarita Robles said.",
    cells: ["ES air considering"],
  },
  {
    phenomenon: "a refusal: there is no need to deploy",
    text: "There is no need to deploy Czech troops to Ukraine, the defence ministry in Prague said.",
    cells: ["CZ troops ruled_out"],
  },
  {
    phenomenon: "a pledge: would not think twice about",
    text: "Estonia would not think twice about sending instructors to train Ukrainian soldiers, Kristen Michal said.",
    cells: ["EE training committed"],
  },
  {
    phenomenon: "opposition: came out against",
    text: "Russia came out against any European air policing over Ukraine, Maria Zakharova said.",
    cells: ["RU air opposes"],
  },
  {
    phenomenon: "support: is supportive of",
    text: "Ireland is supportive of a ceasefire monitoring mission under a UN flag, Micheál Martin said.",
    cells: ["IE monitoring supports"],
  },
  {
    phenomenon: "a condition introduced by 'if and when'",
    text: "Portugal will join the reassurance force if and when a peace deal is signed, Prime Minister Luís Montenegro said.",
    cells: ["PT troops conditional | if and when a peace deal is signed"],
  },
  {
    phenomenon: "a condition: 'provided' with the verb backshifted in reported speech",
    text: "Portugal said it would join a Black Sea demining mission, provided the Turkish straits were opened to minehunters.",
    cells: ["PT maritime conditional | provided the Turkish straits were opened to minehunters"],
  },
  {
    phenomenon: "a condition: 'provided' and a past verb after an organisation",
    text: "Ireland's foreign minister said Irish observers would take part in a monitoring mission, provided the UN gave it a mandate.",
    cells: ["IE monitoring conditional | provided the UN gave it a mandate"],
  },
  {
    phenomenon: "a condition ends where a second predicate with its own modal joins",
    text: "Spain will send minehunters once a truce holds and will also train Ukrainian divers, Defence Minister Margarita Robles said.",
    cells: ["ES maritime conditional | once a truce holds", "ES training committed"],
  },
  {
    phenomenon: "committed: a programme told as already running",
    text: "Germany's training programme for Ukrainian pilots has been running since 2024, the defence ministry said.",
    cells: ["DE training committed"],
  },
  {
    phenomenon: "committed: a mission told as operating",
    text: "The Dutch-led demining mission in the Black Sea has been operating since March, Defence Minister Ruben Brekelmans said.",
    cells: ["NL maritime committed"],
  },
  {
    phenomenon: "trap: someone working on a plan is no mission at work",
    text: "The mission's commander is working on a new rotation plan, the ministry said.",
    cells: [],
  },
];
