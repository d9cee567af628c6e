import type { PhenomenonCase } from "./case";

/** Who a position belongs to: speakers, institutions, capitals and palaces, several countries, reported positions, and who does not count. */
export const ACTORS_CASES: readonly PhenomenonCase[] = [
  // Country names, demonyms and short forms.
  {
    phenomenon: "a short form: the UK",
    text: "The UK is ready to deploy troops to Ukraine as part of a reassurance force.",
    cells: ["GB troops committed"],
  },
  {
    phenomenon: "a short form: Britain",
    text: "Britain will also train Ukrainian recruits at army bases in the north of England.",
    cells: ["GB training committed"],
  },
  {
    phenomenon: "a short form: the US, with an unnamed official",
    text: "The US will share intelligence with the European mission, a senior administration official said.",
    cells: ["US intelligence committed"],
  },
  {
    phenomenon: "a short form: America",
    text: "America will not put boots on the ground in Ukraine, the president told supporters at a rally.",
    cells: ["US troops ruled_out"],
  },
  {
    phenomenon: "a people for its government: the Dutch",
    text: "The Dutch will contribute two minehunters to clear mines from the Black Sea.",
    cells: ["NL maritime committed"],
  },
  {
    phenomenon: "a people for its government: the French",
    text: "The French have already offered to train Ukrainian soldiers at camps in Brittany.",
    cells: ["FR training committed"],
  },
  {
    phenomenon: "a people for its government: the Americans",
    text: "The Americans have promised to share satellite intelligence with Kyiv once the guns fall silent.",
    cells: ["US intelligence conditional"],
  },
  {
    phenomenon: "the administration for the US",
    text: "The Trump administration has ruled out sending American soldiers to Ukraine.",
    cells: ["US troops ruled_out"],
  },
  {
    phenomenon: "a country named in full with its article",
    text: "The Netherlands is considering sending F-35 jets to help police Ukrainian airspace.",
    cells: ["NL air considering"],
  },
  // Capitals and seats of government.
  {
    phenomenon: "a capital for its government: Paris",
    text: "Paris is prepared to send several thousand soldiers to Ukraine after a ceasefire.",
    cells: ["FR troops conditional"],
  },
  {
    phenomenon: "a capital for its government: Berlin",
    text: "Berlin has ruled out sending German soldiers to Ukraine for the time being.",
    cells: ["DE troops ruled_out"],
  },
  {
    phenomenon: "a capital for its government: Warsaw, two clauses",
    text: "Warsaw will not deploy troops inside Ukraine but will host a logistics hub for the mission.",
    cells: ["PL troops ruled_out", "PL logistics committed"],
  },
  {
    phenomenon: "a palace for its government: the Kremlin",
    text: "The Kremlin rejected any deployment of Western troops in Ukraine on Thursday.",
    cells: ["RU troops opposes"],
  },
  {
    phenomenon: "a palace for its government: the White House",
    text: "The White House has agreed to share intelligence with Ukraine after a ceasefire.",
    cells: ["US intelligence conditional"],
  },
  {
    phenomenon: "a street for its government: Downing Street as the frame",
    text: "Downing Street said British jets could help police Ukrainian airspace after a peace deal.",
    cells: ["GB air considering"],
  },
  {
    phenomenon: "a palace for its government: the Elysee as the frame",
    text: "The Elysee said on Friday that France would send troops only once a peace agreement is signed.",
    cells: ["FR troops conditional"],
  },
  {
    phenomenon: "a ministry for its government: the Pentagon",
    text: "The Pentagon will share satellite imagery with the coalition's headquarters, a spokesman said.",
    cells: ["US intelligence committed"],
  },
  {
    phenomenon: "a capital for the EU: Brussels",
    text: "Brussels will keep training Ukrainian soldiers at camps across the Union.",
    cells: ["EU training committed"],
  },
  {
    phenomenon: "a capital for its government: Rome, with the government as the frame",
    text: "Rome has no plans to send Italian troops to Ukraine, the government said in a note.",
    cells: ["IT troops ruled_out"],
  },
  {
    phenomenon: "a capital for its government: Ottawa",
    text: "Ottawa is ready to train Ukrainian pilots as part of the security guarantees.",
    cells: ["CA training committed"],
  },
  {
    phenomenon: "a capital for its government: Madrid",
    text: "Madrid is considering joining a mission to monitor a future ceasefire.",
    cells: ["ES monitoring considering"],
  },
  {
    phenomenon: "a capital for its government: The Hague",
    text: "The Hague will send F-35 fighter jets to help police Ukraine's skies.",
    cells: ["NL air committed"],
  },
  {
    phenomenon: "a capital for its government: Moscow refusing foreign forces",
    text: "Moscow said it would never accept NATO troops on Ukrainian soil.",
    cells: ["RU troops opposes"],
  },
  // Ministries and spokespeople.
  {
    phenomenon: "a ministry in a lead frame",
    text: "The Norwegian defence ministry said in a statement that Norway would contribute instructors to train Ukrainian soldiers.",
    cells: ["NO training committed"],
  },
  {
    phenomenon: "a ministry in a trailing frame",
    text: "Norway will send instructors to train Ukrainian soldiers in Poland, the Norwegian defence ministry said in a statement.",
    cells: ["NO training committed"],
  },
  {
    phenomenon: "an unnamed spokeswoman for a named country",
    text: "A government spokeswoman in Stockholm said Sweden was ready to take part in monitoring a ceasefire.",
    cells: ["SE monitoring committed"],
  },
  {
    phenomenon: "a foreign ministry confirming",
    text: "The Danish foreign ministry confirmed that Denmark will send troops to the reassurance force.",
    cells: ["DK troops committed"],
  },
  {
    phenomenon: "a ministry as the subject and it for the ministry",
    text: "Finland's defence ministry said it was considering sending officers to a ceasefire monitoring mission.",
    cells: ["FI monitoring considering"],
  },
  {
    phenomenon: "a spokesperson for a government and a capital in the clause",
    text: "A spokesperson for the German government said Berlin would not send ground troops to Ukraine.",
    cells: ["DE troops ruled_out"],
  },
  {
    phenomenon: "a ministry as the subject of a pledge",
    text: "The Czech defence ministry will provide further military aid to Ukraine this year.",
    cells: ["CZ arms committed"],
  },
  {
    phenomenon: "a government with a nationality adjective as the subject",
    text: "The Irish government will not send soldiers to Ukraine, citing the country's neutrality.",
    cells: ["IE troops ruled_out"],
  },
  // Reporting frames before, inside and after the clause.
  {
    phenomenon: "according to a ministry",
    text: "According to the Polish foreign ministry, Poland will provide a logistics hub for the force.",
    cells: ["PL logistics committed"],
  },
  {
    phenomenon: "according to an unnamed prime minister",
    text: "According to the Estonian prime minister, Estonia is prepared to send a company of soldiers to Ukraine.",
    cells: ["EE troops committed"],
  },
  {
    phenomenon: "its president told reporters, with a condition",
    text: "Lithuania will send troops if a ceasefire holds, its president told reporters in Vilnius.",
    cells: ["LT troops conditional"],
  },
  {
    phenomenon: "an interview frame fronted",
    text: "In an interview with a Belgian broadcaster, the defence minister said Belgium would send two frigates to the Black Sea.",
    cells: ["BE maritime committed"],
  },
  {
    phenomenon: "wrote on X after the clause",
    text: "Latvia is willing to share intelligence with Ukraine's armed forces, the Latvian foreign minister wrote on X.",
    cells: ["LV intelligence committed"],
  },
  {
    phenomenon: "a first-person quotation with the speaker's nationality",
    text: "“We will train Ukrainian soldiers on our own territory,” the Lithuanian defence minister said.",
    cells: ["LT training committed"],
  },
  {
    phenomenon: "a first-person refusal with the speaker's nationality",
    text: "“Our soldiers will not be deployed to Ukraine,” the Hungarian foreign minister told reporters.",
    cells: ["HU troops ruled_out"],
  },
  {
    phenomenon: "a frame inside the clause",
    text: "Portugal, its prime minister said on Tuesday, is ready to send troops to Ukraine.",
    cells: ["PT troops committed"],
  },
  {
    phenomenon: "a capital in a trailing frame",
    text: "The Czech government will provide more military aid to Ukraine, Prague said in a statement.",
    cells: ["CZ arms committed"],
  },
  {
    phenomenon: "told a newspaper, the capital in the clause",
    text: "Spain's defence minister told the Financial Times that Madrid was open to sending troops.",
    cells: ["ES troops considering"],
  },
  {
    phenomenon: "said in an interview with, after the clause",
    text: "Romania could host a logistics hub for the mission, the Romanian president said in an interview with a local broadcaster.",
    cells: ["RO logistics considering"],
  },
  {
    phenomenon: "a speech frame before the clause",
    text: "Speaking at a press conference in Oslo, the Norwegian prime minister said his country would send a frigate to the Black Sea.",
    cells: ["NO maritime committed"],
  },
  // Several countries in one clause.
  {
    phenomenon: "two countries with a condition",
    text: "Britain and France will deploy troops to Ukraine after a peace deal is signed.",
    cells: ["GB troops conditional", "FR troops conditional"],
  },
  {
    phenomenon: "two countries reported by one's leader",
    text: "Britain and France will set up military hubs across Ukraine, the British prime minister said.",
    cells: ["GB logistics committed", "FR logistics committed"],
  },
  {
    phenomenon: "a list of three countries",
    text: "Germany, the Netherlands and Denmark have pledged more military aid for Ukraine.",
    cells: ["DE arms committed", "NL arms committed", "DK arms committed"],
  },
  {
    phenomenon: "two countries and they",
    text: "Sweden and Finland said they were ready to help police Ukrainian airspace.",
    cells: ["SE air committed", "FI air committed"],
  },
  {
    phenomenon: "both countries considering",
    text: "Both Spain and Portugal are considering sending troops to Ukraine.",
    cells: ["ES troops considering", "PT troops considering"],
  },
  {
    phenomenon: "the three Baltic states named, in a joint statement",
    text: "Estonia, Latvia and Lithuania will each send troops to Ukraine, the three leaders said in a joint statement.",
    cells: ["EE troops committed", "LV troops committed", "LT troops committed"],
  },
  {
    phenomenon: "two countries as adjectives before their forces",
    text: "British and French soldiers will be deployed to Ukraine once a ceasefire is agreed.",
    cells: ["GB troops conditional", "FR troops conditional"],
  },
  // A country reported by another's official.
  {
    phenomenon: "two countries reported by a third country's leader",
    text: "France and Britain are ready to send troops to Ukraine, the German chancellor said.",
    cells: ["FR troops committed", "GB troops committed"],
  },
  {
    phenomenon: "a country reported by a named leader of another",
    text: "Macron said Belgium would also send minehunters to the Black Sea.",
    cells: ["BE maritime committed"],
  },
  {
    phenomenon: "a country reported by an unnamed official of another",
    text: "The Polish president said Germany had agreed to train Ukrainian troops on its soil.",
    cells: ["DE training committed"],
  },
  {
    phenomenon: "a country reported by Ukraine's president",
    text: "Zelensky said Canada had promised to share intelligence with Kyiv.",
    cells: ["CA intelligence committed"],
  },
  // Pronouns and descriptions.
  {
    phenomenon: "it for the country of the sentence before",
    text: "Norway has stepped up its support for Kyiv. It will send instructors to train Ukrainian troops.",
    cells: ["NO training committed"],
  },
  {
    phenomenon: "the country for the country of the sentence before",
    text: "Denmark's prime minister met Zelensky in Kyiv on Monday. The country will send soldiers to the reassurance force.",
    cells: ["DK troops committed"],
  },
  {
    phenomenon: "her government in a quotation frame",
    text: "Italy's prime minister spoke after the summit in Rome. Her government will not send troops to Ukraine, she said.",
    cells: ["IT troops ruled_out"],
  },
  {
    phenomenon: "it in a second sentence after a pledge",
    text: "Romania will host a logistics hub for the force. It is also considering sending jets for air policing.",
    cells: ["RO logistics committed", "RO air considering"],
  },
  {
    phenomenon: "his government after a minister of a named country",
    text: "Canada's defence minister said his government would send instructors to train Ukrainian soldiers.",
    cells: ["CA training committed"],
  },
  {
    phenomenon: "the bloc for the EU",
    text: "The EU agreed on Monday to extend its training mission for Ukraine. The bloc will also fund weapons purchases for Kyiv.",
    cells: ["EU training committed", "EU arms committed"],
  },
  // Institutions.
  {
    phenomenon: "the European Union as the actor",
    text: "The European Union will continue to train Ukrainian soldiers on the territory of its member states.",
    cells: ["EU training committed"],
  },
  {
    phenomenon: "NATO's secretary general speaking for the alliance",
    text: "NATO's secretary general said the alliance would not deploy troops to Ukraine.",
    cells: ["NATO troops ruled_out"],
  },
  {
    phenomenon: "the Council of the EU",
    text: "The Council of the EU agreed to extend the training mission for Ukrainian soldiers by two years.",
    cells: ["EU training committed"],
  },
  {
    phenomenon: "the European Commission",
    text: "The European Commission will provide two billion euros in military aid to Ukraine.",
    cells: ["EU arms committed"],
  },
  {
    phenomenon: "Kyiv for Ukraine welcoming a foreign force",
    text: "Kyiv welcomes plans for a European reassurance force on Ukrainian soil.",
    cells: ["UA troops supports"],
  },
  // Who does not count.
  {
    phenomenon: "trap: an opposition leader",
    text: "Germany's opposition leader said Berlin should send troops to Ukraine.",
    cells: [],
  },
  {
    phenomenon: "trap: an opposition party",
    text: "The opposition Social Democrats in Sweden want the country to send soldiers to a reassurance force.",
    cells: [],
  },
  {
    phenomenon: "trap: a former secretary general",
    text: "Former NATO secretary general Anders Fogh Rasmussen said European countries should send troops to Ukraine.",
    cells: [],
  },
  {
    phenomenon: "trap: a former defence secretary",
    text: "Former British defence secretary Ben Wallace said Britain must be ready to deploy troops to Ukraine.",
    cells: [],
  },
  {
    phenomenon: "trap: analysts at a think tank",
    text: "Analysts at a London think tank said France could deploy up to 10,000 troops to Ukraine.",
    cells: [],
  },
  {
    phenomenon: "trap: a think tank arguing",
    text: "A Warsaw think tank argued that Poland should host the force's logistics hub.",
    cells: [],
  },
  {
    phenomenon: "trap: a poll",
    text: "Nearly two thirds of Germans are against sending Bundeswehr soldiers to Ukraine, a poll for a public broadcaster found.",
    cells: [],
  },
  {
    phenomenon: "trap: the coalition, no country named",
    text: "The coalition will deploy troops to Ukraine after a ceasefire, officials said.",
    cells: [],
  },
  {
    phenomenon: "trap: a number of countries, none named",
    text: "Twenty-six countries have pledged to send troops or contribute in other ways.",
    cells: [],
  },
  {
    phenomenon: "trap: unnamed allies",
    text: "Some allies are ready to send troops to Ukraine, a diplomat said.",
    cells: [],
  },
  {
    phenomenon: "trap: a journalist's question",
    text: "Asked whether Spain would send troops to Ukraine, the minister declined to answer.",
    cells: [],
  },
  {
    phenomenon: "trap: reporters asking",
    text: "Reporters asked the chancellor whether Germany would take part in a monitoring mission.",
    cells: [],
  },
  {
    phenomenon: "trap: a newspaper's editorial",
    text: "An editorial in a Paris daily urged France to send troops to Ukraine.",
    cells: [],
  },
  {
    phenomenon: "trap: a retired general",
    text: "A retired French general told the broadcaster that France could send 20,000 soldiers.",
    cells: [],
  },
  {
    phenomenon: "trap: unnamed countries according to a media report",
    text: "Several European countries are considering sending troops, according to a report in a British newspaper.",
    cells: [],
  },
  // Harder: seats, offices and departments named for their government.
  {
    phenomenon: "Number 10 for the British government",
    text: "Number 10 said Britain would be ready to put troops on the ground in Ukraine.",
    cells: ["GB troops committed"],
  },
  {
    phenomenon: "the Foreign Office for the British government",
    text: "The Foreign Office confirmed that the UK will share intelligence with Ukraine's armed forces.",
    cells: ["GB intelligence committed"],
  },
  {
    phenomenon: "the State Department in a trailing frame",
    text: "Washington will not send troops to Ukraine, the State Department said on Wednesday.",
    cells: ["US troops ruled_out"],
  },
  {
    phenomenon: "a Pentagon spokesman for the US",
    text: "A Pentagon spokesman said the United States would provide intelligence and logistics support to the European mission.",
    cells: ["US intelligence committed", "US logistics committed"],
  },
  {
    phenomenon: "the German chancellery",
    text: "The chancellery in Berlin said Germany was prepared to train Ukrainian troops in Germany.",
    cells: ["DE training committed"],
  },
  {
    phenomenon: "officials in a capital",
    text: "Officials in Athens said Greece would send a frigate to help secure shipping in the Black Sea.",
    cells: ["GR maritime committed"],
  },
  {
    phenomenon: "a defence ministry in a capital, announced",
    text: "The defence ministry in Oslo announced that Norway would contribute air defence systems to Ukraine.",
    cells: ["NO arms committed"],
  },
  {
    phenomenon: "anonymous government sources",
    text: "Italy will send minehunters to the Black Sea, government sources in Rome told reporters.",
    cells: ["IT maritime committed"],
  },
  {
    phenomenon: "nationality officials with a capital",
    text: "Swedish officials said Stockholm was considering sending observers to monitor the ceasefire.",
    cells: ["SE monitoring considering"],
  },
  {
    phenomenon: "the prime minister's office in a capital",
    text: "The prime minister's office in Rome said Italy would not take part in a ground mission in Ukraine.",
    cells: ["IT troops ruled_out"],
  },
  {
    phenomenon: "a statement frame fronted",
    text: "In a statement, the Greek government said Greece would train Ukrainian marines.",
    cells: ["GR training committed"],
  },
  {
    phenomenon: "a colon frame",
    text: "The Finnish president was clear: Finland will not send troops to Ukraine.",
    cells: ["FI troops ruled_out"],
  },
  {
    phenomenon: "a post on social media after the clause",
    text: "Estonia will send instructors to train Ukrainian soldiers, the Estonian defence minister said in a post on social media.",
    cells: ["EE training committed"],
  },
  {
    phenomenon: "told a news conference, the capital in the clause",
    text: "The Slovak prime minister told a news conference that Bratislava would not send soldiers to Ukraine.",
    cells: ["SK troops ruled_out"],
  },
  {
    phenomenon: "an inverted trailing frame with an office",
    text: "Croatia is ready to take part in monitoring the ceasefire, said the Croatian foreign minister.",
    cells: ["HR monitoring committed"],
  },
  // Harder: several countries.
  {
    phenomenon: "neither nor",
    text: "Neither Germany nor Italy will send troops to Ukraine.",
    cells: ["DE troops ruled_out", "IT troops ruled_out"],
  },
  {
    phenomenon: "a country and a group of countries",
    text: "Poland and the Baltic states will not deploy troops inside Ukraine.",
    cells: ["PL troops ruled_out", "EE troops ruled_out", "LV troops ruled_out", "LT troops ruled_out"],
  },
  {
    phenomenon: "two capitals as a coordinated subject",
    text: "Paris and London have agreed to deploy troops to Ukraine after a ceasefire.",
    cells: ["FR troops conditional", "GB troops conditional"],
  },
  {
    phenomenon: "two countries reported by a third, a contrast between them",
    text: "Polish Foreign Minister Radoslaw Sikorski said Poland would not send troops but would serve as a logistics hub.",
    cells: ["PL troops ruled_out", "PL logistics committed"],
  },
  {
    phenomenon: "the two countries in the sentence after",
    text: "Britain and France will lead the reassurance force. The two countries will also share intelligence with Kyiv.",
    cells: ["GB troops committed", "FR troops committed", "GB intelligence committed", "FR intelligence committed"],
  },
  {
    phenomenon: "they for two countries in the sentence after",
    text: "Norway and Denmark signed a declaration on Tuesday. They will send instructors to train Ukrainian soldiers.",
    cells: ["NO training committed", "DK training committed"],
  },
  {
    phenomenon: "a country reported by NATO's secretary general",
    text: "NATO Secretary General Mark Rutte said Norway had offered to help police Ukrainian airspace.",
    cells: ["NO air committed"],
  },
  {
    phenomenon: "a country reported by Britain's prime minister to parliament",
    text: "Starmer told MPs that Australia had offered to send troops to the reassurance force.",
    cells: ["AU troops committed"],
  },
  {
    phenomenon: "a country reported by Ukraine's foreign minister",
    text: "Ukraine's foreign minister said Japan would fund demining of the Black Sea coast.",
    cells: ["JP maritime committed"],
  },
  {
    phenomenon: "a parliament voting for its country",
    text: "In a vote on Thursday, Denmark's parliament approved sending soldiers to the reassurance force.",
    cells: ["DK troops committed"],
  },
  // Harder: pronouns and descriptions.
  {
    phenomenon: "the Nordic country for the country named before",
    text: "Sweden hosted a meeting of defence ministers on Monday. The Nordic country will also send officers to monitor the ceasefire.",
    cells: ["SE monitoring committed"],
  },
  {
    phenomenon: "his country with an unnamed leader",
    text: "The Belgian prime minister said his country would send two minehunters to the Black Sea.",
    cells: ["BE maritime committed"],
  },
  {
    phenomenon: "the government after a country",
    text: "Japan will not send troops to Ukraine. The government is instead considering funding demining in the Black Sea.",
    cells: ["JP troops ruled_out", "JP maritime considering"],
  },
  {
    phenomenon: "its foreign minister in the sentence after",
    text: "Turkey has offered to lead a Black Sea mission. Its foreign minister said Ankara would also host talks on monitoring.",
    cells: ["TR maritime committed"],
  },
  {
    phenomenon: "the alliance for NATO",
    text: "NATO will not deploy forces to Ukraine. The alliance will, however, continue to train Ukrainian officers.",
    cells: ["NATO troops ruled_out", "NATO training committed"],
  },
  {
    phenomenon: "the EU's foreign policy chief for the bloc",
    text: "The EU's foreign policy chief said the bloc would fund the training of Ukrainian soldiers.",
    cells: ["EU training committed"],
  },
  {
    phenomenon: "the European Council's president for the EU",
    text: "The president of the European Council said the Union would continue to send weapons to Ukraine.",
    cells: ["EU arms committed"],
  },
  // Harder traps.
  {
    phenomenon: "trap: a far-right leader out of government",
    text: "Far-right leader Marine Le Pen said France should never send soldiers to Ukraine.",
    cells: [],
  },
  {
    phenomenon: "trap: the leader of the opposition",
    text: "The leader of the opposition said Britain should be ready to deploy troops to Ukraine.",
    cells: [],
  },
  {
    phenomenon: "trap: a former Pentagon official",
    text: "A former Pentagon official said the United States would never share intelligence with a European force.",
    cells: [],
  },
  {
    phenomenon: "trap: a member of the European Parliament",
    text: "A member of the European Parliament said the EU should fund weapons for Ukraine.",
    cells: [],
  },
  {
    phenomenon: "trap: hearsay in media reports",
    text: "The talks came after media reports that Spain would send warships to the Black Sea.",
    cells: [],
  },
  {
    phenomenon: "trap: an open question",
    text: "It remains unclear whether Italy will take part in the reassurance force.",
    cells: [],
  },
  {
    phenomenon: "trap: a question pressed on the minister",
    text: "Pressed on whether Britain would send troops, the minister said only that all options were open.",
    cells: [],
  },
  {
    phenomenon: "trap: a country as the place of talks",
    text: "Talks in Turkey on a Black Sea demining mission continued on Friday.",
    cells: [],
  },
  {
    phenomenon: "trap: a survey of voters",
    text: "Most Poles would back sending Polish troops to Ukraine, a survey for a Warsaw newspaper showed.",
    cells: [],
  },
  {
    phenomenon: "trap: a retired admiral named",
    text: "Retired admiral James Stavridis said the US could send ships to the Black Sea.",
    cells: [],
  },
  {
    phenomenon: "trap: European countries none named",
    text: "European countries are ready to send troops to Ukraine, officials said.",
    cells: [],
  },
  // More frames and sources.
  {
    phenomenon: "a newspaper citing government sources",
    text: "Spain will send troops to Ukraine once a ceasefire is in place, a Madrid daily reported, citing government sources.",
    cells: ["ES troops conditional"],
  },
  {
    phenomenon: "a senior official of a palace",
    text: "A senior Elysee official said Paris was ready to lead a mission to monitor the ceasefire.",
    cells: ["FR monitoring committed"],
  },
  {
    phenomenon: "Whitehall sources",
    text: "Whitehall sources said Britain would send Typhoon jets to police Ukrainian airspace.",
    cells: ["GB air committed"],
  },
  {
    phenomenon: "a plural people for its government in a chancellor's frame",
    text: "The Germans will not send soldiers to Ukraine, the chancellor said.",
    cells: ["DE troops ruled_out"],
  },
  {
    phenomenon: "trap: asked if, with no answer",
    text: "When asked if Germany would send troops, the chancellor said it was too early to say.",
    cells: [],
  },
  {
    phenomenon: "trap: most of a people, not its government",
    text: "Most Americans oppose sending US troops to Ukraine, according to a new survey.",
    cells: [],
  },
  {
    phenomenon: "trap: lawmakers who are not the government",
    text: "Several lawmakers in Rome said Italy should send troops to Ukraine.",
    cells: [],
  },
  // Third batch: more frames.
  {
    phenomenon: "according to a ministry at the end",
    text: "Italy will send two minehunters to the Black Sea, according to the defence ministry.",
    cells: ["IT maritime committed"],
  },
  {
    phenomenon: "a post on X after a quotation",
    text: "“Canada stands ready to train Ukrainian pilots,” the prime minister wrote in a post on X.",
    cells: ["CA training committed"],
  },
  {
    phenomenon: "a post on X before the clause",
    text: "In a post on X, the Swedish prime minister wrote that Sweden would help police Ukrainian airspace.",
    cells: ["SE air committed"],
  },
  {
    phenomenon: "a participle phrase inside the frame",
    text: "The Lithuanian president, speaking in Vilnius, said his country was ready to send troops.",
    cells: ["LT troops committed"],
  },
  {
    phenomenon: "asked about a topic, then the answer",
    text: "Asked about the force, the Austrian chancellor said Austria would not send soldiers to Ukraine.",
    cells: ["AT troops ruled_out"],
  },
  {
    phenomenon: "a frame inside the clause with an audience",
    text: "Germany, the chancellor told the Bundestag, is prepared to train Ukrainian soldiers.",
    cells: ["DE training committed"],
  },
  {
    phenomenon: "an official introduced by office of a country and a capital in the clause",
    text: "The defence minister of Estonia, Hanno Pevkur, said Tallinn was ready to send a company of troops.",
    cells: ["EE troops committed"],
  },
  {
    phenomenon: "the country inside a ministry's reported clause",
    text: "Norway's defence ministry told a news agency on Monday that the country would contribute two frigates to a Black Sea mission.",
    cells: ["NO maritime committed"],
  },
  {
    phenomenon: "a first-person pledge alongside another country",
    text: "“We are ready to send troops alongside the British,” Macron said.",
    cells: ["FR troops committed"],
  },
  {
    phenomenon: "a quotation over two sentences with the frame at the end",
    text: "“Britain will be there. We will put boots on the ground,” Starmer told reporters.",
    cells: ["GB troops committed"],
  },
  // Third batch: several countries.
  {
    phenomenon: "four countries and all",
    text: "Britain, France, Germany and Italy all said they would help train Ukrainian soldiers.",
    cells: ["GB training committed", "FR training committed", "DE training committed", "IT training committed"],
  },
  {
    phenomenon: "two countries offered",
    text: "Australia and New Zealand have offered to send troops to the reassurance force.",
    cells: ["AU troops committed", "NZ troops committed"],
  },
  {
    phenomenon: "two countries and their defence ministers",
    text: "Romania and Bulgaria will host logistics hubs for the mission, their defence ministers said.",
    cells: ["RO logistics committed", "BG logistics committed"],
  },
  {
    phenomenon: "two leaders and their countries",
    text: "Germany's chancellor and France's president said their countries would help train Ukrainian pilots.",
    cells: ["DE training committed", "FR training committed"],
  },
  {
    phenomenon: "unlike another country",
    text: "Unlike Britain, Germany has ruled out sending troops to Ukraine.",
    cells: ["DE troops ruled_out"],
  },
  {
    phenomenon: "a relative clause between subject and verb",
    text: "Poland, which borders Ukraine, will not send troops across the border.",
    cells: ["PL troops ruled_out"],
  },
  {
    phenomenon: "three countries reported by Ukraine's president, with a contrast",
    text: "Zelensky said Britain and France would send troops, while Germany would help train Ukrainian soldiers.",
    cells: ["GB troops committed", "FR troops committed", "DE training committed"],
  },
  {
    phenomenon: "a donor list reported by NATO's secretary general",
    text: "Rutte said several allies, including the Netherlands and Norway, had offered jets to police Ukrainian airspace.",
    cells: ["NL air committed", "NO air committed"],
  },
  {
    phenomenon: "a country confirmed through a relative clause",
    text: "Starmer said he had spoken to Meloni, who confirmed Italy would not send troops.",
    cells: ["IT troops ruled_out"],
  },
  {
    phenomenon: "a country called on by another",
    text: "Macron called on Germany to send troops to Ukraine.",
    cells: ["FR troops supports"],
  },
  // Third batch: pronouns, descriptions, cabinets.
  {
    phenomenon: "its prime minister and the country in the sentence after",
    text: "Slovakia will not send weapons to Ukraine. Its prime minister said the country would not send troops either.",
    cells: ["SK arms ruled_out", "SK troops ruled_out"],
  },
  {
    phenomenon: "they for a people named with the article",
    text: "The Dutch are ready to send troops. They will also help train Ukrainian soldiers.",
    cells: ["NL troops committed", "NL training committed"],
  },
  {
    phenomenon: "it after a country that said",
    text: "Sweden said it would join a mission to monitor the ceasefire.",
    cells: ["SE monitoring committed"],
  },
  {
    phenomenon: "a capitalised description of the country",
    text: "Czechia has trained thousands of Ukrainian recruits. The Central European country will also send instructors to Ukraine after a ceasefire.",
    cells: ["CZ training committed"],
  },
  {
    phenomenon: "his cabinet for the country",
    text: "The Dutch prime minister told parliament that his cabinet was prepared to send troops.",
    cells: ["NL troops committed"],
  },
  {
    phenomenon: "a cabinet with its nationality",
    text: "The Japanese cabinet approved funding for demining in the Black Sea.",
    cells: ["JP maritime committed"],
  },
  {
    phenomenon: "a prime minister's office and a capital",
    text: "The Italian prime minister's office said Rome would not take part in any ground mission in Ukraine.",
    cells: ["IT troops ruled_out"],
  },
  {
    phenomenon: "the Russian foreign ministry opposing",
    text: "The Russian foreign ministry said any Western troops in Ukraine would be unacceptable.",
    cells: ["RU troops opposes"],
  },
  {
    phenomenon: "the EU's top diplomat for the bloc",
    text: "The EU's top diplomat said the bloc was ready to help monitor a ceasefire.",
    cells: ["EU monitoring committed"],
  },
  {
    phenomenon: "the Commission's president for the EU",
    text: "The European Commission's president said the EU would train 15,000 more Ukrainian soldiers.",
    cells: ["EU training committed"],
  },
  // Third batch: traps.
  {
    phenomenon: "trap: a party spokesman",
    text: "A spokesman for the far-right Alternative for Germany said Berlin must not send soldiers to Ukraine.",
    cells: [],
  },
  {
    phenomenon: "trap: European leaders, none named",
    text: "European leaders said they were ready to send troops to Ukraine.",
    cells: [],
  },
  {
    phenomenon: "trap: an EU diplomat on unnamed member states",
    text: "An EU diplomat said several member states were ready to send troops.",
    cells: [],
  },
  {
    phenomenon: "trap: a number of countries reported by a leader",
    text: "According to Macron, twenty-six countries have pledged to take part in the reassurance force.",
    cells: [],
  },
  {
    phenomenon: "trap: talks between two countries",
    text: "Talks between Britain and France on the shape of the force continued on Monday.",
    cells: [],
  },
  {
    phenomenon: "trap: the European Parliament's resolution",
    text: "The European Parliament passed a resolution calling on member states to send air defence systems to Ukraine.",
    cells: [],
  },
  // Fourth batch: quotations and speakers introduced before.
  {
    phenomenon: "we in a quotation by NATO's secretary general",
    text: "“We will not deploy NATO troops to Ukraine,” Rutte told reporters in Brussels.",
    cells: ["NATO troops ruled_out"],
  },
  {
    phenomenon: "we in a quotation by the EU's foreign policy chief",
    text: "“We stand ready to train more Ukrainian soldiers,” the EU's foreign policy chief said.",
    cells: ["EU training committed"],
  },
  {
    phenomenon: "we in a quotation by an unnamed official with a nationality",
    text: "“We are not sending troops, full stop,” a senior Italian official said.",
    cells: ["IT troops ruled_out"],
  },
  {
    phenomenon: "a quotation whose speaker was introduced in the sentence before",
    text: "Norway's defence minister spoke in Oslo on Monday. “We will send instructors to train Ukrainian soldiers,” he said.",
    cells: ["NO training committed"],
  },
  {
    phenomenon: "a speaker alongside another country's leader",
    text: "Speaking alongside Macron, Starmer said Britain would put troops on the ground in Ukraine.",
    cells: ["GB troops committed"],
  },
  {
    phenomenon: "a participle alongside another leader inside the frame",
    text: "Macron, speaking alongside Starmer, said France would send troops to Ukraine.",
    cells: ["FR troops committed"],
  },
  {
    phenomenon: "after talks with another country's counterpart",
    text: "The Dutch defence minister, speaking after talks with her British counterpart, said the Netherlands would send troops.",
    cells: ["NL troops committed"],
  },
  {
    phenomenon: "her government not ruling out",
    text: "Estonia's prime minister said on Monday that her government would not rule out sending troops.",
    cells: ["EE troops considering"],
  },
  {
    phenomenon: "told another country's president",
    text: "Starmer told Zelensky that Britain would send troops as part of a reassurance force.",
    cells: ["GB troops committed"],
  },
  {
    phenomenon: "after talks with another leader",
    text: "Zelensky said after talks with Merz that Germany would help train Ukrainian pilots.",
    cells: ["DE training committed"],
  },
  {
    phenomenon: "a place phrase before the frame",
    text: "In Berlin, the chancellor said Germany would not send troops to Ukraine.",
    cells: ["DE troops ruled_out"],
  },
  // Fourth batch: several actors and institutions.
  {
    phenomenon: "two capitals, one for the EU",
    text: "Washington and Brussels have agreed to share intelligence with Ukraine.",
    cells: ["US intelligence committed", "EU intelligence committed"],
  },
  {
    phenomenon: "two capitals reversed",
    text: "London and Paris will lead the training of Ukrainian troops.",
    cells: ["GB training committed", "FR training committed"],
  },
  {
    phenomenon: "two leaders by their countries' possessives",
    text: "Britain's Starmer and France's Macron said they would deploy troops to Ukraine after a ceasefire.",
    cells: ["GB troops conditional", "FR troops conditional"],
  },
  {
    phenomenon: "the Kremlin's spokesman for Russia",
    text: "The Kremlin's spokesman said Russia would never accept the deployment of European troops in Ukraine.",
    cells: ["RU troops opposes"],
  },
  {
    phenomenon: "NATO said it would",
    text: "NATO said it would coordinate the training of Ukrainian troops.",
    cells: ["NATO training committed"],
  },
  {
    phenomenon: "an EU spokesperson quoted",
    text: "“We will keep training Ukrainian soldiers for as long as it takes,” an EU spokesperson said.",
    cells: ["EU training committed"],
  },
  {
    phenomenon: "the bloc's ministers agreeing, the EU named before",
    text: "The EU is stepping up its support for Kyiv. The bloc's foreign ministers agreed on Monday to extend the training mission for Ukrainian soldiers.",
    cells: ["EU training committed"],
  },
  {
    phenomenon: "Ukraine urging another country",
    text: "Zelensky urged Italy to send troops to Ukraine.",
    cells: ["UA troops supports"],
  },
  // Fourth batch: traps.
  {
    phenomenon: "trap: a summit in a capital",
    text: "At a summit in Paris, leaders discussed sending troops to Ukraine.",
    cells: [],
  },
  {
    phenomenon: "trap: critics in a country",
    text: "Critics in Britain say the government cannot afford to send troops to Ukraine.",
    cells: [],
  },
  {
    phenomenon: "trap: a former president named",
    text: "Former Polish president Lech Walesa said Poland should send troops to Ukraine.",
    cells: [],
  },
  {
    phenomenon: "trap: the country's former prime minister",
    text: "The country's former prime minister said Norway should send troops to Ukraine.",
    cells: [],
  },
  {
    phenomenon: "trap: an analyst linked to a government",
    text: "A Kremlin-linked analyst said Moscow would never accept foreign troops in Ukraine.",
    cells: [],
  },
  {
    phenomenon: "trap: the speaker's own soldiers trained, the speaker introduced before",
    text: "Austria's defence minister spoke to reporters in Vienna. “Should a mission come, we would first train our soldiers for it,” she said.",
    cells: [],
  },
  {
    phenomenon: "they for a plural people named with the article",
    text: "The Americans will not put soldiers on the ground. They will, however, share intelligence with Kyiv.",
    cells: ["US troops ruled_out", "US intelligence committed"],
  },
  {
    phenomenon: "trap: they after a people without the article",
    text: "Many Germans doubt the mission. They fear that sending troops would drag the country into war.",
    cells: [],
  },
  // Fifth batch.
  {
    phenomenon: "EU ministers for the Council of the EU",
    text: "EU defence ministers agreed in Brussels to keep training Ukrainian soldiers.",
    cells: ["EU training committed"],
  },
  {
    phenomenon: "according to its spokesman inside the clause",
    text: "The Belgian government, according to its spokesman, will send two minehunters to the Black Sea.",
    cells: ["BE maritime committed"],
  },
  {
    phenomenon: "a ministry located in a capital",
    text: "The Foreign Ministry in Helsinki said Finland would not send troops.",
    cells: ["FI troops ruled_out"],
  },
  {
    phenomenon: "a quotation refusing the country's soldiers, a spokesman in a capital",
    text: '"There will be no German soldiers in Ukraine," a government spokesman in Berlin told reporters.',
    cells: ["DE troops ruled_out"],
  },
  {
    phenomenon: "a government announcing, it in the reported clause",
    text: "The Swedish government announced on Thursday that it would send instructors to train Ukrainian soldiers.",
    cells: ["SE training committed"],
  },
  {
    phenomenon: "a capital with an unnamed official of its nationality",
    text: "Ankara is ready to lead a naval mission in the Black Sea, a Turkish official told reporters.",
    cells: ["TR maritime committed"],
  },
  {
    phenomenon: "for its part after the country",
    text: "Japan, for its part, will fund demining in the Black Sea.",
    cells: ["JP maritime committed"],
  },
  {
    phenomenon: "his country after a foreign minister's post on X",
    text: "Belgium's foreign minister wrote on X that his country would help clear mines from the Black Sea.",
    cells: ["BE maritime committed"],
  },
  {
    phenomenon: "a government's frame with it and a condition",
    text: "Spain's government said on Friday it was prepared to send troops to Ukraine once a peace deal is signed.",
    cells: ["ES troops conditional"],
  },
  {
    phenomenon: "a capital's frame inside a sentence of two clauses",
    text: "Portugal will not send soldiers, Lisbon said, but it could help train Ukrainian troops.",
    cells: ["PT troops ruled_out", "PT training considering"],
  },
  {
    phenomenon: "two nationality adjectives before governments, officials in both capitals",
    text: "The French and British governments will lead the reassurance force, officials in both capitals said.",
    cells: ["FR troops committed", "GB troops committed"],
  },
  {
    phenomenon: "a spokesman for NATO and the alliance",
    text: "A spokesman for NATO said the alliance had no plans to send troops to Ukraine.",
    cells: ["NATO troops ruled_out"],
  },
  {
    phenomenon: "a country said it, two clauses",
    text: "Greece said it would not send troops but would contribute a frigate to a Black Sea mission.",
    cells: ["GR troops ruled_out", "GR maritime committed"],
  },
];
