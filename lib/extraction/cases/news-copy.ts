import type { PhenomenonCase } from "./case";

/** News copy as it is pasted: datelines, agency formats, headings, lists, quotes across sentences, abbreviations. */
export const COPY_CASES: readonly PhenomenonCase[] = [
  // Datelines
  {
    phenomenon: "a wire dateline with date and agency before the lede",
    text: "KYIV, March 3 (Reuters) - Britain will deploy troops to Ukraine once a ceasefire is agreed, Prime Minister Keir Starmer said on Tuesday.\n\nHe gave no figure for the size of the force.",
    cells: ["GB troops conditional | once a ceasefire is agreed"],
  },
  {
    phenomenon: "an AP dateline with an em dash and no date",
    text: "BRUSSELS (AP) — The Netherlands is ready to contribute two minehunters to a Black Sea security mission, Defence Minister Ruben Brekelmans said Thursday.",
    cells: ["NL maritime committed"],
  },
  {
    phenomenon: "a dpa dateline in mixed case with the agency between slashes",
    text: "Warsaw, 3 March /dpa/ - Poland will not send soldiers to Ukraine, Prime Minister Donald Tusk said on Monday. Warsaw would instead serve as the logistics hub for the allied effort, he added.",
    cells: ["PL troops ruled_out", "PL logistics committed"],
  },
  {
    phenomenon: "a dateline with the country after the city",
    text: "KYIV, Ukraine (AP) — Sweden is prepared to send Gripen jets to help police Ukrainian airspace after a peace deal, Prime Minister Ulf Kristersson said during a visit on Friday.",
    cells: ["SE air conditional | after a peace deal"],
  },
  {
    phenomenon: "a dateline with a double hyphen and the outlet's own name",
    text: "VILNIUS, March 5 (BNS) -- Lithuania is considering sending a small contingent of troops to Ukraine, Defence Minister Dovilė Šakalienė told journalists.",
    cells: ["LT troops considering"],
  },
  {
    phenomenon: "an agency mark alone at the start, no place",
    gap: '"the Bundeswehr" is no troop noun, so its refusal is not read',
    text: "(Reuters) - Germany will train Ukrainian soldiers on its own territory but will not deploy the Bundeswehr to Ukraine, Defence Minister Boris Pistorius said on Wednesday.",
    cells: ["DE training committed", "DE troops ruled_out"],
  },
  {
    phenomenon: "a dateline whose date has a dotted month abbreviation",
    text: "OTTAWA, Feb. 26 (CP) — Canada will contribute CF-18 aircraft to air policing over Ukraine, the Department of National Defence said in a statement.",
    cells: ["CA air committed"],
  },
  // Bylines, update lines and timestamps
  {
    phenomenon: "a byline and an updated line before the dateline",
    text: "By Anna Nowak and Piotr Zalewski\nUpdated 14:05 GMT, 3 March 2026\n\nWARSAW (Reuters) - Poland is ready to host a logistics hub for a future international force, Defence Minister Władysław Kosiniak-Kamysz said on Tuesday.",
    cells: ["PL logistics committed"],
  },
  {
    phenomenon: "a published and updated line with bars",
    text: "Published: 3 March 2026, 09:12 | Updated: 3 March 2026, 11:40\n\nDenmark will give another 500 million euros to finance Ukraine's armed forces, Prime Minister Mette Frederiksen said.",
    cells: ["DK funding committed"],
  },
  {
    phenomenon: "a live-blog timestamp on its own line",
    text: "14:32 GMT\n\nNorway will send two frigates to escort ships in the Black Sea after a ceasefire, Prime Minister Jonas Gahr Støre told parliament.\n\n14:50 GMT\n\nThe session was adjourned.",
    cells: ["NO maritime conditional | after a ceasefire"],
  },
  {
    phenomenon: "a live-blog timestamp opening the entry's line",
    text: "14:32 GMT - Finnish President Alexander Stubb said Finland would take part in monitoring a ceasefire along the front line.",
    cells: ["FI monitoring committed"],
  },
  {
    phenomenon: "live-blog entries with their own speakers, one after the other",
    text: "09:15\nItalian Prime Minister Giorgia Meloni said Italy would not send soldiers to Ukraine.\n\n09:40\nSpanish Prime Minister Pedro Sánchez said Spain was open to contributing to a monitoring mission.",
    cells: ["IT troops ruled_out", "ES monitoring considering"],
  },
  {
    phenomenon: "a 'Reporting by' tail after the story",
    text: "Estonia will send a company of infantry to Ukraine as part of a reassurance force, Prime Minister Kristen Michal said.\n\nReporting by Andrius Sytas in Vilnius; Writing by John Smith; Editing by Alex Richardson",
    cells: ["EE troops committed"],
  },
  {
    phenomenon: "a bracketed reporting and editing tail",
    text: "France will take part in air policing over western Ukraine, President Emmanuel Macron said. (Reporting by Michel Rose; editing by Toby Chopra)",
    cells: ["FR air committed"],
  },
  {
    phenomenon: "a byline with the outlet and a role",
    text: "By Maria Rossi, Rome correspondent\n\nItaly backs a ceasefire monitoring mission but will not send its own troops, Defence Minister Guido Crosetto said on Monday.",
    cells: ["IT monitoring supports", "IT troops ruled_out"],
  },
  // Subheadings and sections
  {
    phenomenon: "a subheading that names a commitment is no statement",
    text: "Latvian Prime Minister Evika Siliņa met her Estonian counterpart in Riga on Monday.\n\nTroops after a ceasefire\n\nSiliņa said Latvia would send soldiers to Ukraine only after a ceasefire was signed.",
    cells: ["LV troops conditional | only after a ceasefire was signed"],
  },
  {
    phenomenon: "a subheading that sounds like a pledge, with no pledge in the body",
    text: "The defence ministers of the Nordic countries met in Oslo on Tuesday.\n\nNorway to lead Black Sea mission\n\nNo decision was announced at the meeting, officials said.",
    cells: [],
  },
  {
    phenomenon: "a 'Background' heading: what follows is not today's news",
    text: "Belgium will contribute F-16 jets to air policing over Ukraine, Defence Minister Theo Francken said on Friday.\n\nBackground\n\nIn 2024, Belgium pledged to send troops to Ukraine after a ceasefire.",
    cells: ["BE air committed"],
  },
  {
    phenomenon: "a 'Read more' link line with a headline",
    text: "Czech Prime Minister Petr Fiala said his country would fund the purchase of artillery shells for Ukraine.\n\nRead more: Slovakia will send troops to Ukraine, Fico says\n\nFiala spoke after a cabinet meeting in Prague.",
    // paying for a purchase is money and weapons, as "finance the purchase" is (agreements-and-money)
    cells: ["CZ arms committed", "CZ funding committed"],
  },
  {
    phenomenon: "a 'Related' block of headlines",
    text: "Portugal will send instructors to train Ukrainian soldiers in Portugal, Defence Minister Nuno Melo said.\n\nRelated\nGreece to join Black Sea demining mission\nRomania offers air base for allied jets",
    cells: ["PT training committed"],
  },
  {
    phenomenon: "an 'ALSO READ' link in capitals",
    text: "ALSO READ: Hungary will block EU funding for Ukraine's army, Orbán says\n\nSlovenia will train Ukrainian deminers, Prime Minister Robert Golob said on Monday.",
    cells: ["SI training committed"],
  },
  {
    phenomenon: "a 'Recommended' heading over links",
    text: "Britain will share intelligence with Ukraine for as long as it takes, Defence Secretary John Healey said.\n\nRecommended\n\nFrance ready to send warships to the Black Sea, Macron says",
    cells: ["GB intelligence committed"],
  },
  {
    phenomenon: "a photo caption with a credit is no statement",
    text: "Photo: Dutch soldiers during an exercise in Lithuania, March 2025. (Reuters/Ints Kalnins)\n\nThe Netherlands will buy air-defence systems for Ukraine worth 300 million euros, Prime Minister Dick Schoof said.",
    cells: ["NL arms committed"],
  },
  {
    phenomenon: "a FILE PHOTO caption naming a pledge",
    text: "FILE PHOTO: German soldiers who will train Ukrainian troops in Germany board a plane in Berlin, May 3, 2025. REUTERS/Annegret Hilse/File Photo\n\nGermany has no plans to send troops to Ukraine, a government spokesman said on Monday.",
    cells: ["DE troops ruled_out"],
  },
  {
    phenomenon: "an editor's note about a correction is no statement",
    text: "Spain is ready to train Ukrainian pilots, Defence Minister Margarita Robles said.\n\nEditor's note: An earlier version of this article wrongly said that Portugal would send troops to Ukraine.",
    cells: ["ES training committed"],
  },
  {
    phenomenon: "a 'Correction' line is no statement",
    text: "Correction: This story has been updated to remove a reference to Greece sending a frigate to the Black Sea.\n\nGreece is considering joining a maritime mission, Foreign Minister Giorgos Gerapetritis said.",
    cells: ["GR maritime considering"],
  },
  {
    phenomenon: "a readers' comments section after the article",
    text: "Sweden will not send ground troops to Ukraine, Defence Minister Pål Jonson said.\n\nComments\n\nErik, Malmö: Sweden should send troops to Ukraine right now.\nAnna: Finland will never send soldiers there, mark my words.",
    cells: ["SE troops ruled_out"],
  },
  {
    phenomenon: "a reader comment labelled in the line",
    text: "Reader comment: Britain must deploy troops to Ukraine, whatever the cost.\n\nThe Foreign Office said it had nothing to add.",
    cells: [],
  },
  // Lists
  {
    phenomenon: "a bullet list of pledges after a lead-in with the subject",
    text: "Britain and France set out their offer on Thursday. The two countries will:\n• deploy troops to Ukraine after a ceasefire;\n• set up military hubs across Ukraine;\n• lead the training of Ukrainian forces.",
    cells: [
      "GB troops conditional | after a ceasefire",
      "FR troops conditional | after a ceasefire",
      "GB logistics committed",
      "FR logistics committed",
      "GB training committed",
      "FR training committed",
    ],
  },
  {
    phenomenon: "a numbered list of a government's pledges",
    text: "Danish Prime Minister Mette Frederiksen announced three commitments on Monday:\n\n1. Denmark will give 400 million euros to fund Ukraine's armed forces.\n2. Denmark will send F-16 instructors to train Ukrainian pilots.\n3. Denmark will help clear mines in the Black Sea.",
    cells: ["DK funding committed", "DK training committed", "DK maritime committed"],
  },
  {
    phenomenon: "a bullet list of full sentences, each with its country",
    text: "What the allies offered in Paris:\n\n- Finland will train Ukrainian soldiers in Finland.\n- Estonia is ready to send troops.\n- Romania offered to host a logistics hub for the force.",
    cells: ["FI training committed", "EE troops committed", "RO logistics committed"],
  },
  {
    phenomenon: "a list with dashes and no final stops",
    text: "The Netherlands pledged on Tuesday:\n– two minehunters for the Black Sea\n– 200 million euros of military aid",
    cells: ["NL maritime committed", "NL arms committed"],
  },
  {
    phenomenon: "numbered list items with a closing bracket",
    gap: 'a lead-in that is a noun phrase ("Canada\'s contribution ...:") gives its items no verb to be read with',
    text: "Canada's contribution, as set out by Prime Minister Mark Carney:\n1) training of Ukrainian troops in Canada;\n2) surveillance aircraft for intelligence sharing.",
    cells: ["CA training committed", "CA intelligence committed"],
  },
  {
    phenomenon: "a list of things offered after a reporting frame ending on a colon",
    text: "Defence Minister Władysław Kosiniak-Kamysz said Poland would offer:\n- a logistics hub in Rzeszów;\n- training for Ukrainian soldiers in Poland.",
    cells: ["PL logistics committed", "PL training committed"],
  },
  {
    phenomenon: "a numbered list of verbs after 'is ready to:'",
    text: "Under the plan, Sweden is ready to:\n1. send Gripen jets to police Ukrainian skies;\n2. train Ukrainian pilots in Sweden.",
    cells: ["SE air committed", "SE training committed"],
  },
  {
    phenomenon: "a negated lead-in governs every item",
    text: "Italy, Meloni said, will not:\n- send soldiers to Ukraine;\n- join a reassurance force on Ukrainian soil.",
    cells: ["IT troops ruled_out"],
  },
  {
    phenomenon: "a list of open questions states nothing",
    text: "Several questions remain open:\n• whether Germany will send troops;\n• who will pay for the force;\n• how long Britain would keep its jets in the air.",
    cells: [],
  },
  {
    phenomenon: "a list of the opposition's demands is no government's",
    text: "Opposition leaders in London demanded that the government:\n- send troops to Ukraine at once;\n- double military aid.",
    cells: [],
  },
  {
    phenomenon: "a key-points summary that repeats the body",
    text: "Key points\n• Italy will not send soldiers to Ukraine\n• Rome backs an Article 5-style guarantee\n\nItalian Prime Minister Giorgia Meloni said on Wednesday that Italy would not send soldiers to Ukraine. Italy supports a guarantee modelled on Article 5, she added.",
    cells: ["IT troops ruled_out", "IT article5 supports"],
  },
  // Interview format
  {
    phenomenon: "a Q&A interview: the question is not read, the answer is the interviewee's",
    text: "Italian Defence Minister Guido Crosetto spoke to our newspaper on Sunday.\n\nQ: Will Italy send troops to Ukraine?\nA: No. Italian troops will not be deployed to Ukraine.",
    cells: ["IT troops ruled_out"],
  },
  {
    phenomenon: "a Q&A answer with 'we' for the interviewee's country",
    text: "In an interview, Dutch Defence Minister Ruben Brekelmans explained the government's plans.\n\nQ: What will the Netherlands contribute?\nA: We will send F-35 jets to police the skies over Ukraine once a ceasefire holds.",
    cells: ["NL air conditional | once a ceasefire holds"],
  },
  {
    phenomenon: "an interview question phrased as a statement is the journalist's",
    text: "Q: Some in Berlin argue that Germany should send troops to Ukraine.\nA: That is not on the agenda, Pistorius said.",
    cells: ["DE troops ruled_out"],
  },
  {
    phenomenon: "an interview with speaker labels",
    text: "Interviewer: Is Spain ready to send troops?\nAlbares: Spain is ready to take part in monitoring a ceasefire, not to send combat troops.",
    cells: ["ES monitoring committed", "ES troops ruled_out"],
  },
  {
    phenomenon: "a journalist's question in the narrative is not a statement",
    text: "A reporter asked Chancellor Friedrich Merz whether Germany would send troops to Ukraine. Merz did not answer.",
    cells: [],
  },
  {
    phenomenon: "asked whether, the answer a refusal",
    text: 'Asked whether Poland would send soldiers to Ukraine, Tusk said: "Polish soldiers will not go to Ukraine."',
    cells: ["PL troops ruled_out"],
  },
  // Quotations across sentences and paragraphs
  {
    phenomenon: "a quotation of several sentences with the speaker named at the end",
    text: '"Britain will not stand on the sidelines. We will put troops on the ground in Ukraine to secure a peace. We will also help patrol the Black Sea," Starmer told reporters.',
    cells: ["GB troops committed", "GB maritime committed"],
  },
  {
    phenomenon: "a quotation across paragraphs, reopened without closing",
    text: "Prime Minister Mette Frederiksen said on Monday that Denmark stood ready to help.\n\n“We are prepared to send Danish soldiers to Ukraine as part of a reassurance force.\n\n“We will also keep financing the Ukrainian army for as long as it takes.”",
    cells: ["DK troops committed", "DK funding committed"],
  },
  {
    phenomenon: "a speaker with a colon before a quotation of several sentences",
    text: 'Tusk said: "Poland will not send troops. Our role is different. We will be the logistics hub for the whole operation."',
    cells: ["PL troops ruled_out", "PL logistics committed"],
  },
  {
    phenomenon: "the speaker introduced before, the quotation in the next paragraph",
    text: 'Speaking in Rome, Meloni was blunt.\n\n"The deployment of Italian soldiers is not foreseen. Italy supports a monitoring mission led by the United Nations."',
    cells: ["IT troops ruled_out", "IT monitoring supports"],
  },
  {
    phenomenon: "a second quotation whose speaker, named at its end, is not the first one's",
    text: '"France will send troops once there is a ceasefire," Macron said.\n\n"Germany is ready to train Ukrainian soldiers. We will not send our own soldiers," Merz said later.',
    cells: ["FR troops conditional | once there is a ceasefire", "DE training committed", "DE troops ruled_out"],
  },
  {
    phenomenon: "a quotation with the frame in the middle",
    text: '"Norway will contribute to air defence over Ukraine," Støre said. "We are also ready to help with demining in the Black Sea."',
    cells: ["NO air committed", "NO maritime committed"],
  },
  {
    phenomenon: "she added after a paragraph break",
    text: "Finnish Foreign Minister Elina Valtonen said Finland would take part in a ceasefire monitoring mission.\n\nFinland will also train Ukrainian soldiers in Finland, she added.",
    cells: ["FI monitoring committed", "FI training committed"],
  },
  {
    phenomenon: "a quotation in single curly quotes",
    text: "‘Spain will contribute to monitoring the ceasefire,’ Sánchez said. ‘We will not send combat troops.’",
    cells: ["ES monitoring committed", "ES troops ruled_out"],
  },
  // Abbreviations
  {
    phenomenon: "U.S. with dots as a country",
    text: "The U.S. will share intelligence with a European-led force in Ukraine, Secretary of State Marco Rubio said.",
    cells: ["US intelligence committed"],
  },
  {
    phenomenon: "a U.S. senator is no government",
    text: "Sen. Lindsey Graham said the U.S. should send troops to Ukraine. The White House did not comment.",
    cells: [],
  },
  {
    phenomenon: "Lt. Col. inside a trailing frame",
    text: "Sweden will send two Gripen jets to police Ukrainian skies after a ceasefire, Lt. Col. Anna Berg, a spokeswoman for the Swedish Armed Forces, said on Tuesday.",
    cells: ["SE air conditional | after a ceasefire"],
  },
  {
    phenomenon: "Gen. before a name opening the sentence",
    text: "Gen. Thierry Burkhard, France's chief of defence staff, said French troops would be ready to deploy to Ukraine once a ceasefire is in place. The Elysee confirmed the plan.",
    cells: ["FR troops conditional | once a ceasefire is in place"],
  },
  {
    phenomenon: "No. 10 for Downing Street",
    text: "No. 10 said Britain would lead a naval task force to secure shipping in the Black Sea.",
    cells: ["GB maritime committed"],
  },
  {
    phenomenon: "approx. before an amount",
    text: "Norway will give approx. 2 billion kroner to fund Ukraine's armed forces this year, the government said.",
    cells: ["NO funding committed"],
  },
  {
    phenomenon: "e.g. in the middle of a list",
    text: "Finland will supply air-defence equipment, e.g. missiles and radars, to Ukraine, Defence Minister Antti Häkkänen said.",
    cells: ["FI arms committed"],
  },
  {
    phenomenon: "Mr. before the speaker's name",
    text: "Mr. Macron said France would be ready to deploy troops in Ukraine after a peace agreement.",
    cells: ["FR troops conditional | after a peace agreement"],
  },
  {
    phenomenon: "a time with p.m. before the statement",
    text: "Speaking at 3 p.m. in London, Starmer said Britain would lead the training of Ukrainian forces.",
    cells: ["GB training committed"],
  },
  {
    phenomenon: "a dotted month abbreviation in the sentence",
    text: "On Jan. 6, Pistorius said Germany was ready to take part in monitoring a ceasefire. He repeated the offer on Feb. 2.",
    cells: ["DE monitoring committed"],
  },
  // Ellipses and dashes
  {
    phenomenon: "an ellipsis inside a quotation",
    text: '"Germany will not … I repeat, will not … send ground troops to Ukraine," Merz said.',
    cells: ["DE troops ruled_out"],
  },
  {
    phenomenon: "an ellipsis between the stance and the verb",
    text: '"Poland is prepared … to host the logistics hub for the force," Tusk said.',
    cells: ["PL logistics committed"],
  },
  {
    phenomenon: "three dots ending a trailed-off sentence before the pledge",
    text: "Estonia has always stood with Ukraine... Tallinn will now send a company of soldiers to the reassurance force, Prime Minister Kristen Michal said.",
    cells: ["EE troops committed"],
  },
  {
    phenomenon: "a parenthesis between em dashes after the subject",
    text: "Spain — which has so far been cautious — will contribute to a ceasefire monitoring mission, Foreign Minister José Manuel Albares said.",
    cells: ["ES monitoring committed"],
  },
  {
    phenomenon: "a dash before a trailing speaker tag",
    text: "Italy will not send troops to Ukraine — Meloni.",
    cells: ["IT troops ruled_out"],
  },
  // Headlines
  {
    phenomenon: "a headline repeated as the first line of the body",
    title: "Denmark ready to send troops to Ukraine, Frederiksen says",
    text: "Denmark ready to send troops to Ukraine, Frederiksen says\n\nDenmark is ready to send troops to Ukraine for a reassurance force, Prime Minister Mette Frederiksen said on Monday.",
    cells: ["DK troops committed"],
  },
  {
    phenomenon: "a headline restated with other words in the lede",
    title: "Lithuania rules out sending soldiers to Ukraine",
    text: "Lithuania will not send its soldiers to Ukraine, President Gitanas Nausėda said on Friday, citing the threat on its own border.",
    cells: ["LT troops ruled_out"],
  },
  // Traps
  {
    phenomenon: "an opinion column's own view is no government's",
    text: "Opinion\n\nBritain should send troops to Ukraine now. Anything less would be a betrayal, writes columnist John Smith.",
    cells: [],
  },
  {
    phenomenon: "an opinion piece still reports what a government said",
    text: "Op-ed\n\nMacron said on Monday that France would send troops to Ukraine after a ceasefire. He is right, and Germany should follow.",
    cells: ["FR troops conditional | after a ceasefire"],
  },
  {
    phenomenon: "an analyst quoted with his institution",
    text: '"France will probably send troops in the end," said Jean Dupont, an analyst at a Paris think tank.',
    cells: [],
  },
  {
    phenomenon: "a poll reported with numbers",
    text: "A poll published on Monday found that 54% of Germans oppose sending German troops to Ukraine.",
    cells: [],
  },
  {
    phenomenon: "a rhetorical question in the lede",
    text: "Will Spain send troops to Ukraine? Defence Minister Margarita Robles said on Monday that Spain would send troops only after a ceasefire.",
    cells: ["ES troops conditional"],
  },
  {
    phenomenon: "a section on Moscow's reaction",
    text: "Reaction in Moscow\n\nKremlin spokesman Dmitry Peskov said Russia rejects the deployment of any foreign troops in Ukraine.",
    cells: ["RU troops opposes"],
  },
  {
    phenomenon: "a 'Who said what' summary line with a colon after the country",
    text: "Who said what:\nGermany: will train Ukrainian brigades but send no troops.\nPoland: will host the logistics hub.",
    cells: ["DE training committed", "DE troops ruled_out", "PL logistics committed"],
  },
  {
    phenomenon: "a quotation lede with the pledge in a participle after the frame",
    text: 'LONDON, March 3 (Reuters) - "Britain will be there," Starmer said on Tuesday, pledging to send troops to Ukraine after a ceasefire.',
    cells: ["GB troops conditional | after a ceasefire"],
  },
  {
    phenomenon: "a refusal as a participle after a trailing frame",
    text: "Poland will host the logistics hub, Tusk said, ruling out Polish troops in Ukraine.",
    cells: ["PL logistics committed", "PL troops ruled_out"],
  },
  {
    phenomenon: "a quotation reopened in the next paragraph, its speaker named at its end",
    text: "“We will not send troops.\n\n“Our contribution will be the logistics hub in Rzeszów,” Tusk said.\n\nHe spoke in Warsaw after meeting Baltic leaders.",
    cells: ["PL troops ruled_out", "PL logistics committed"],
  },
  {
    phenomenon: "a quotation in straight quotes reopened in the next paragraph",
    text: 'Frederiksen spoke after the meeting.\n\n"Denmark will train Ukrainian pilots.\n\n"And we will help clear mines in the Black Sea," she said.',
    cells: ["DK training committed", "DK maritime committed"],
  },
  {
    phenomenon: "page furniture around the story: share buttons, reading time, an advertisement",
    text: "Share this article\nCopy link\n3 min read\n\nSpain will send two frigates to the Black Sea mission, Robles said.\n\nAdvertisement\n\nThe ministry gave no date.",
    cells: ["ES maritime committed"],
  },
  {
    phenomenon: "a video link line states nothing",
    text: "Watch: Macron says France will send troops to Ukraine.\n\nFrench President Emmanuel Macron said France was considering sending instructors to Ukraine.",
    cells: ["FR training considering"],
  },
  {
    phenomenon: "an update line with the time and what was added",
    text: "UPDATED at 16:40 GMT with Kremlin comment\n\nRomania will let allied jets use its air bases, President Nicușor Dan said. The Kremlin said Moscow rejected any Western military presence in Ukraine.",
    cells: ["RO logistics committed", "RU troops opposes"],
  },
  {
    phenomenon: "a pull quote repeated between paragraphs",
    text: "Denmark is ready to send troops, Frederiksen told reporters in Copenhagen.\n\n“We are ready to send troops to Ukraine” — Frederiksen\n\nShe did not say how many.",
    cells: ["DK troops committed"],
  },
];
