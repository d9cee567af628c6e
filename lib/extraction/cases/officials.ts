import type { PhenomenonCase } from "./case";

/** Officials the speaker gazetteer knows by name, and officials it does not know, introduced by their office. */
export const OFFICIALS_CASES: readonly PhenomenonCase[] = [
  // Officials of the gazetteer: full name, surname, with and without a title.
  {
    phenomenon: "a known prime minister by nationality, office and full name after the quote",
    text: '"We are ready to deploy a brigade to Ukraine once the fighting stops," said Dutch Prime Minister Dick Schoof.',
    cells: ["NL troops conditional | once the fighting stops"],
  },
  {
    phenomenon: "a known leader by surname alone, first person plural",
    text: '"Our soldiers will not be part of any force deployed in Ukraine," Meloni told reporters on Tuesday.',
    cells: ["IT troops ruled_out"],
  },
  {
    phenomenon: "a known minister by surname, speaking in another country's capital",
    text: 'Speaking in Vilnius, Pistorius said: "We will keep training Ukrainian soldiers for as long as it takes."',
    cells: ["DE training committed"],
  },
  {
    phenomenon: "a known minister with nationality and office after the quote",
    text: '"We will contribute fighter jets to air policing over western Ukraine," Swedish Defence Minister Pål Jonson said.',
    cells: ["SE air committed"],
  },
  {
    phenomenon: "a known minister by surname alone without diacritics in the full name",
    text: '"We could contribute to air policing over Ukraine after a ceasefire," Jonson told Swedish radio.',
    cells: ["SE air considering"],
  },
  {
    phenomenon: "a known official named in full, then by a surname too common to list alone",
    text: 'Prime Minister Kristen Michal met Ukrainian officials in Tallinn on Monday. "We are prepared to send a company of soldiers to Ukraine," Michal said.',
    cells: ["EE troops committed"],
  },
  {
    phenomenon: "a title and surname only",
    text: '"We will send two minehunters to the Black Sea," Prime Minister Frederiksen said.',
    cells: ["DK maritime committed"],
  },
  {
    phenomenon: "the title alone after the named official, in the next sentence",
    text: 'Mette Frederiksen said Denmark would send instructors to train Ukrainian soldiers. The prime minister added: "We are also ready to help with air defence over Ukraine."',
    cells: ["DK training committed", "DK air committed"],
  },
  {
    phenomenon: "a chancellor by title and surname",
    text: '"We will not send Bundeswehr soldiers to Ukraine at this stage," Chancellor Merz said.',
    cells: ["DE troops ruled_out"],
  },
  {
    phenomenon: "a transliteration of a known president",
    text: '"We need a contingent of European troops on the ground," Zelenskiy said in his evening address.',
    cells: ["UA troops supports"],
  },
  {
    phenomenon: "a common misspelling of a known leader's first name",
    text: '"Italy will not send its soldiers to Ukraine," Georgia Meloni told the Senate.',
    cells: ["IT troops ruled_out"],
  },
  {
    phenomenon: "the official's possessive stands for their country",
    text: "Meloni's government will not send troops to Ukraine but supports an Article 5-style guarantee.",
    cells: ["IT troops ruled_out", "IT article5 supports"],
  },
  // Officials the extended gazetteer knows, beyond Europe.
  {
    phenomenon: "India's foreign minister by surname, first person",
    text: '"We have no plans to send troops to Ukraine," Jaishankar told reporters in New Delhi.',
    cells: ["IN troops ruled_out"],
  },
  {
    phenomenon: "China's foreign minister by full name, opposing a measure for anyone",
    text: '"We oppose the deployment of any foreign troops in Ukraine," Wang Yi said after talks in Beijing.',
    cells: ["CN troops opposes"],
  },
  {
    phenomenon: "a foreign ministry spokesperson of China by name",
    text: "Foreign ministry spokesperson Mao Ning said Beijing opposed sending foreign troops to Ukraine.",
    cells: ["CN troops opposes"],
  },
  {
    phenomenon: "Brazil's president by the name news copy uses",
    text: '"We will not send soldiers to Ukraine," Lula told journalists in Brasilia.',
    cells: ["BR troops ruled_out"],
  },
  {
    phenomenon: "Japan's defence minister by office and full name",
    text: '"We will not send troops to Ukraine," Defence Minister Shinjiro Koizumi told a news conference in Tokyo.',
    cells: ["JP troops ruled_out"],
  },
  {
    phenomenon: "South Korea's foreign minister by full name",
    text: '"We have no plans to supply lethal weapons to Ukraine," Cho Hyun told lawmakers.',
    cells: ["KR arms ruled_out"],
  },
  {
    phenomenon: "Russia's security council secretary by surname",
    text: '"We will never accept the deployment of NATO troops in Ukraine," Shoigu said.',
    cells: ["RU troops opposes"],
  },
  {
    phenomenon: "a government spokesman of Greece by office and name",
    text: '"We will not send troops, but we will help with maritime security in the Black Sea," government spokesman Pavlos Marinakis said.',
    cells: ["GR troops ruled_out", "GR maritime committed"],
  },
  {
    phenomenon: "the White House press secretary by office and name",
    text: '"We are not going to put boots on the ground in Ukraine," White House press secretary Karoline Leavitt said.',
    cells: ["US troops ruled_out"],
  },
  {
    phenomenon: "Portugal's prime minister, whose surname is also a country's name",
    text: 'Prime Minister Luís Montenegro said: "We are ready to contribute to a ceasefire monitoring mission."',
    cells: ["PT monitoring committed"],
  },
  {
    phenomenon: "Portugal's prime minister by a surname that is also a country's name, after his full name",
    text: 'Portugal will help train Ukrainian soldiers, Luís Montenegro said on Friday. "We could also send troops once there is a ceasefire," Montenegro added.',
    cells: ["PT training committed", "PT troops considering"],
  },
  {
    phenomenon: "a deputy defence minister by nationality and office",
    text: '"We will not send troops, but we will keep running the logistics hub in Rzeszow," Polish Deputy Defence Minister Cezary Tomczyk said.',
    cells: ["PL troops ruled_out", "PL logistics committed"],
  },
  {
    phenomenon: "two known ministers of two countries in one frame",
    text: "Danish Defence Minister Troels Lund Poulsen and his Norwegian counterpart Tore Sandvik said their countries would send minehunters to the Black Sea.",
    cells: ["DK maritime committed", "NO maritime committed"],
  },
  {
    phenomenon: "a known leader backing weapons for another country is no arms for Ukraine",
    text: "Yoon also said he supported a deal with Poland to supply more K2 tanks by the end of the year.",
    cells: [],
  },
  {
    phenomenon: "a known minister's weapons for another buyer",
    text: '"We will deliver more howitzers to Estonia next year," Jonson said.',
    cells: [],
  },
  {
    phenomenon: "a known minister's weapons with no other buyer named",
    text: '"We will deliver more howitzers next year," Jonson said.',
    cells: ["SE arms committed"],
  },
  {
    phenomenon: "two officials of one country: the pledge under a condition outranks the possibility",
    text: "Jonson said Sweden could contribute to air policing over Ukraine. Sweden will take part in air policing over Ukraine if a ceasefire holds, Kristersson said later.",
    cells: ["SE air conditional | if a ceasefire holds"],
  },
  // Officials the gazetteer does not know, introduced by their office.
  {
    phenomenon: "an official introduced by office after the name, quote before",
    text: '"We are ready to send troops to Ukraine," said Ana Silva, Portugal\'s foreign minister.',
    cells: ["PT troops committed"],
  },
  {
    phenomenon: "an official introduced as 'Foreign Minister of Portugal' before the name",
    text: "Foreign Minister of Portugal Ana Silva said her country would take part in a monitoring mission.",
    cells: ["PT monitoring committed"],
  },
  {
    phenomenon: "an official introduced as 'the Portuguese minister, A B,'",
    text: 'The Portuguese minister, Ana Silva, told reporters: "We will help train Ukrainian pilots."',
    cells: ["PT training committed"],
  },
  {
    phenomenon: "an introduced official later named by a surname another official shares in full",
    text: 'Portuguese Defence Minister Rui Costa met his Spanish counterpart on Monday. "We will send two frigates to the Black Sea," Costa said.',
    cells: ["PT maritime committed"],
  },
  {
    phenomenon: "an official introduced by name and office, then the surname in the next quote",
    text: 'Rui Costa, the Portuguese defence minister, said on Tuesday that Lisbon was considering sending instructors to Ukraine. "We could also contribute to air policing," Costa added.',
    cells: ["PT training considering", "PT air considering"],
  },
  {
    phenomenon: "a name, then the country's possessive and office, then a quote",
    text: 'Eva Horvath, Hungary\'s defence minister, said: "Our soldiers will not go to Ukraine."',
    cells: ["HU troops ruled_out"],
  },
  {
    phenomenon: "a possessive office and name between commas, then 'her country'",
    text: "Iceland's foreign minister, Sigrun Jonsdottir, said her country, which has no army, would not send troops.",
    cells: ["IS troops ruled_out"],
  },
  {
    phenomenon: "'the Minister of Defence of Croatia, A B,' then a quote",
    text: 'The Minister of Defence of Croatia, Marko Babic, said: "We are ready to send instructors to train Ukrainian soldiers."',
    cells: ["HR training committed"],
  },
  {
    phenomenon: "a foreign ministry spokesman introduced by the country's possessive",
    text: 'Norway\'s foreign ministry spokesman, Ola Berg, said: "We will contribute a frigate to a Black Sea mission."',
    cells: ["NO maritime committed"],
  },
  {
    phenomenon: "a government spokeswoman introduced by nationality",
    text: 'Finnish government spokeswoman Liisa Niemi said: "We are ready to take part in a monitoring mission."',
    cells: ["FI monitoring committed"],
  },
  {
    phenomenon: "an introduced minister named by surname after a sentence about another capital",
    text: 'Latvian Foreign Minister Janis Ozols spoke after a meeting in Brussels. "We will send a company of troops to Ukraine," Ozols said.',
    cells: ["LV troops committed"],
  },
  {
    phenomenon: "'Deputy Prime Minister of Slovakia A B' before a quote",
    text: 'Deputy Prime Minister of Slovakia Tomas Hruby said: "We will not send soldiers to Ukraine."',
    cells: ["SK troops ruled_out"],
  },
  {
    phenomenon: "a president introduced by nationality and office",
    text: 'Bulgarian President Ivan Petrov said: "We will not send troops to Ukraine."',
    cells: ["BG troops ruled_out"],
  },
  {
    phenomenon: "a name, then 'the Norwegian defence minister' between commas, trailing frame",
    text: '"We are ready to deploy minehunters to the Black Sea," Kari Dahl, the Norwegian defence minister, said.',
    cells: ["NO maritime committed"],
  },
  {
    phenomenon: "'Mr' and surname, then 'the minister of defence of Portugal'",
    text: '"We are ready to send troops to a reassurance force," said Mr Silva, the minister of defence of Portugal.',
    cells: ["PT troops committed"],
  },
  {
    phenomenon: "'his Portuguese counterpart, A B,' then the surname",
    text: 'Sybiha met his Portuguese counterpart, Ana Silva, in Kyiv on Thursday. "We will send demining ships to the Black Sea," Silva said.',
    cells: ["PT maritime committed"],
  },
  {
    phenomenon: "an introduced minister, then 'the minister said' in the next sentence",
    text: 'Czech Foreign Minister Petr Novak travelled to Kyiv on Monday. The minister said: "We will send instructors to train Ukrainian soldiers."',
    cells: ["CZ training committed"],
  },
  {
    phenomenon: "an introduced envoy of the United States",
    text: 'US envoy John Miller said: "We will not put American troops in Ukraine."',
    cells: ["US troops ruled_out"],
  },
  {
    phenomenon: "a name then 'Belgium's defence minister' in a lead frame",
    text: "Luc Peeters, Belgium's defence minister, said his government was considering sending F-16 pilots to police the skies over Ukraine.",
    cells: ["BE air considering"],
  },
  {
    phenomenon: "a lowercase office before the name",
    text: 'Slovenian foreign minister Mojca Zupan said: "We will take part in training Ukrainian soldiers."',
    cells: ["SI training committed"],
  },
  {
    phenomenon: "an introduced official named later by surname with a title",
    text: 'Greek Foreign Minister Nikos Papas met Sybiha in Athens. "We will help clear mines in the Black Sea," Minister Papas said.',
    cells: ["GR maritime committed"],
  },
  // Titles alone.
  {
    phenomenon: "a nationality and office alone, trailing frame",
    text: '"We will not send soldiers to Ukraine," the Finnish president said.',
    cells: ["FI troops ruled_out"],
  },
  {
    phenomenon: "a country's possessive and office alone, 'his government'",
    text: "Spain's prime minister said his government was considering sending troops to Ukraine.",
    cells: ["ES troops considering"],
  },
  {
    phenomenon: "a nationality and office alone before a quote",
    text: 'The Polish president said: "Our soldiers will not be deployed in Ukraine."',
    cells: ["PL troops ruled_out"],
  },
  {
    phenomenon: "a nationality and office alone, 'his country'",
    text: "The Estonian prime minister told reporters that his country was ready to send troops to Ukraine.",
    cells: ["EE troops committed"],
  },
  {
    phenomenon: "'premier' as the office",
    text: '"We will not send troops to Ukraine," the Slovak premier said.',
    cells: ["SK troops ruled_out"],
  },
  {
    phenomenon: "'head of state' as the office, with a condition",
    text: '"We are ready to send troops once a ceasefire is agreed," the Lithuanian head of state said.',
    cells: ["LT troops conditional | once a ceasefire is agreed"],
  },
  {
    phenomenon: "a country's possessive with 'defence secretary'",
    text: 'Britain\'s defence secretary said: "We will lead the air mission over Ukraine."',
    cells: ["GB air committed"],
  },
  {
    phenomenon: "a possessive office with a title after it: 'the Dutch foreign minister'",
    text: 'Asked about a reassurance force, the Dutch foreign minister said: "We are not ruling out sending troops."',
    cells: ["NL troops considering"],
  },
  {
    phenomenon: "an ambassador speaking for their own country in another country",
    text: 'Speaking in Warsaw, the German ambassador to Poland, Hans Weber, said: "We will keep training Ukrainian soldiers."',
    cells: ["DE training committed"],
  },
  {
    phenomenon: "an ambassador of one country in another's capital",
    text: "Canada's ambassador to Ukraine, Marie Tremblay, said in Kyiv that her country would send instructors to train Ukrainian soldiers.",
    cells: ["CA training committed"],
  },
  {
    phenomenon: "an ambassador reporting their country's rejection of any foreign troops",
    text: "Moscow rejects any deployment of European troops in Ukraine, Russia's ambassador to Denmark said.",
    cells: ["RU troops opposes"],
  },
  // More forms of office and name.
  {
    phenomenon: "a known minister, then an appositive office after the inverted frame",
    text: '"Germany will send troops to Ukraine only with a Bundestag mandate," said Boris Pistorius, the German defence minister.',
    cells: ["DE troops conditional | only with a Bundestag mandate"],
  },
  {
    phenomenon: "a possessive office before the name, no comma, then the surname in the next sentence",
    text: "Portugal's foreign minister Ana Silva on Tuesday said the country would join a monitoring mission. Silva said Lisbon was also ready to send instructors to train Ukrainian soldiers.",
    cells: ["PT monitoring committed", "PT training committed"],
  },
  {
    phenomenon: "'The foreign minister of Portugal, A B,' then the surname in a colon frame",
    text: 'The foreign minister of Portugal, Ana Silva, said: "We will join a monitoring mission." Later, Silva said: "We could also contribute to air policing."',
    cells: ["PT monitoring committed", "PT air considering"],
  },
  {
    phenomenon: "a relative clause gives the office: 'A B, who heads Portugal's foreign ministry'",
    text: 'Ana Silva, who heads Portugal\'s foreign ministry, said: "We will join a monitoring mission."',
    cells: ["PT monitoring committed"],
  },
  {
    phenomenon: "'top diplomat' as the office, between commas before a bare trailing frame",
    text: '"We will join a monitoring mission," Silva, Portugal\'s top diplomat, said.',
    cells: ["PT monitoring committed"],
  },
  {
    phenomenon: "'top diplomat' as the office before the name",
    text: "Portugal's top diplomat, Ana Silva, said her country would join a monitoring mission.",
    cells: ["PT monitoring committed"],
  },
  {
    phenomenon: "a military chief introduced by office 'of' the country and rank",
    text: 'Chief of the Defence Staff of Portugal Admiral Rui Costa said: "We are ready to send a frigate to the Black Sea."',
    cells: ["PT maritime committed"],
  },
  {
    phenomenon: "a rank and name, then the country's possessive and office, in an inverted frame",
    text: '"We are ready to send a frigate to the Black Sea," said Admiral Rui Costa, Portugal\'s chief of defence.',
    cells: ["PT maritime committed"],
  },
  {
    phenomenon: "a known spokesman with his office",
    text: '"We will never accept troops from NATO countries in Ukraine," Kremlin spokesman Dmitry Peskov told reporters.',
    cells: ["RU troops opposes"],
  },
  {
    phenomenon: "the office alone: 'the Kremlin spokesman'",
    text: '"We will never accept troops from NATO countries in Ukraine," the Kremlin spokesman told reporters.',
    cells: ["RU troops opposes"],
  },
  {
    phenomenon: "a leader's spokesman by the leader's possessive",
    text: '"We will never accept troops from NATO countries in Ukraine," Putin\'s spokesman said.',
    cells: ["RU troops opposes"],
  },
  {
    phenomenon: "a known Japanese prime minister in a colon frame",
    text: 'Japanese Prime Minister Sanae Takaichi said: "We will provide funding for Ukraine\'s security."',
    cells: ["JP funding committed"],
  },
  {
    phenomenon: "two known leaders, one with a possessive country, coordinated",
    text: "French President Emmanuel Macron and Britain's Keir Starmer said their countries would send troops after a ceasefire.",
    cells: ["FR troops conditional | after a ceasefire", "GB troops conditional | after a ceasefire"],
  },
  {
    phenomenon: "a known leader and 'his British counterpart', coordinated",
    text: "Macron and his British counterpart said their countries would send troops after a ceasefire.",
    cells: ["FR troops conditional | after a ceasefire", "GB troops conditional | after a ceasefire"],
  },
  {
    phenomenon: "a known foreign secretary by office and full name",
    text: '"We will lead the maritime effort in the Black Sea," Foreign Secretary Yvette Cooper said.',
    cells: ["GB maritime committed"],
  },
  {
    phenomenon: "'his spokesman' after a sentence naming the leader",
    text: 'Starmer met Zelenskyy in London on Monday. "We stand ready to put troops on the ground once a deal is signed," his spokesman told reporters.',
    cells: ["GB troops conditional | once a deal is signed"],
  },
  {
    phenomenon: "a known deputy prime minister in a colon frame",
    text: 'Italian Deputy Prime Minister Matteo Salvini said: "No Italian soldiers will be sent to Ukraine."',
    cells: ["IT troops ruled_out"],
  },
  {
    phenomenon: "a known Chinese spokesman, lowercase office",
    text: '"We have always opposed the deployment of foreign troops in Ukraine," foreign ministry spokesman Lin Jian told a regular briefing.',
    cells: ["CN troops opposes"],
  },
  {
    phenomenon: "a known Indian prime minister by surname",
    text: "Modi said India would not send troops to Ukraine but would support peace efforts.",
    cells: ["IN troops ruled_out"],
  },
  {
    phenomenon: "a known adviser with the leader's possessive office",
    text: "Celso Amorim, Lula's chief foreign policy adviser, said Brazil could take part in monitoring a ceasefire.",
    cells: ["BR monitoring considering"],
  },
  {
    phenomenon: "Ukraine's foreign ministry spokesman welcomes a force",
    text: 'Foreign ministry spokesman Heorhii Tykhyi said: "We welcome the readiness of partners to deploy a reassurance force."',
    cells: ["UA troops supports"],
  },
  {
    phenomenon: "'the country's defence minister' after a sentence about the country",
    text: 'Romania will host a logistics hub for the force. The country\'s defence minister, Ionut Popa, said: "We are also ready to help train Ukrainian pilots."',
    cells: ["RO logistics committed", "RO training committed"],
  },
  {
    phenomenon: "a known EU official with 'the EU's top diplomat'",
    text: "Kaja Kallas, the EU's top diplomat, said the bloc would keep training Ukrainian soldiers.",
    cells: ["EU training committed"],
  },
  {
    phenomenon: "a journalist of another country asks, a known minister answers",
    text: 'Asked by a Polish journalist about a reassurance force, Pistorius said: "We are not ruling out sending troops."',
    cells: ["DE troops considering"],
  },
  {
    phenomenon: "an ambassador to Ukraine speaks for their own country in Kyiv",
    text: 'Britain\'s ambassador to Ukraine, Anna Clarke, said in Kyiv: "We will keep training Ukrainian soldiers in the UK."',
    cells: ["GB training committed"],
  },
  {
    phenomenon: "an official whose first name is a capital",
    text: '"We will help train Ukrainian soldiers," said Sofia Lindqvist, Sweden\'s ambassador to NATO.',
    cells: ["SE training committed"],
  },
  {
    phenomenon: "a deputy minister introduced by name and the country's possessive office",
    text: '"We will send two minehunters to the Black Sea," said Lars Berg, Norway\'s deputy defence minister.',
    cells: ["NO maritime committed"],
  },
  {
    phenomenon: "a name and possessive office in a sentence without a frame, the surname quoted later",
    text: 'Lars Berg, Norway\'s deputy defence minister, visited Odesa on Monday. "Our minehunters will help clear the Black Sea," Berg said.',
    cells: ["NO maritime committed"],
  },
  {
    phenomenon: "the office alone in the next sentence: 'the minister said'",
    text: 'The Spanish defence minister said on Monday that Madrid would not send troops to Ukraine. "We will, however, help train Ukrainian soldiers," the minister said.',
    cells: ["ES troops ruled_out", "ES training committed"],
  },
  {
    phenomenon: "a known leader named in full, then by surname with 'added that'",
    text: 'Greek Prime Minister Kyriakos Mitsotakis said: "We will not send troops." Mitsotakis added that Greece would help with maritime security in the Black Sea.',
    cells: ["GR troops ruled_out", "GR maritime committed"],
  },
  {
    phenomenon: "a known leader and his counterpart of another country, by name without diacritics",
    text: "Estonian Prime Minister Kristen Michal and his Latvian counterpart Evika Silina said their countries were ready to send troops to Ukraine.",
    cells: ["EE troops committed", "LV troops committed"],
  },
  {
    phenomenon: "a title and surname only, lead frame",
    text: "President Stubb said Finland would take part in a monitoring mission.",
    cells: ["FI monitoring committed"],
  },
  {
    phenomenon: "'the country's president, A B,' in a trailing frame",
    text: "Lithuania is ready to send troops, the country's president, Gitanas Nauseda, said.",
    cells: ["LT troops committed"],
  },
  {
    phenomenon: "a known president named in full, then by surname with 'his country'",
    text: "Czech President Petr Pavel said the Czech Republic would consider sending troops. Pavel also said his country would help train Ukrainian soldiers.",
    cells: ["CZ troops considering", "CZ training committed"],
  },
  // More traps.
  {
    phenomenon: "a senator speaks for no government",
    text: '"The United States must provide a backstop for a European force," Senator Lindsey Graham said.',
    cells: [],
  },
  {
    phenomenon: "a lawmaker speaks for no government",
    text: "Republican lawmaker Joe Wilson said the US should send Patriot systems to Ukraine.",
    cells: [],
  },
  {
    phenomenon: "'a former' official in an appositive",
    text: "Ana Silva, a former Portuguese defence minister, said Portugal should send troops.",
    cells: [],
  },
  {
    phenomenon: "a known president described as ex-president",
    text: "Ex-president Andrzej Duda said Poland should never send troops to Ukraine.",
    cells: [],
  },
  // Names and offices in the forms of other languages' copy.
  {
    phenomenon: "a Korean minister later named by the family name, which comes first",
    text: 'South Korean Foreign Minister Cho Hyun met Sybiha in Seoul. "We will provide non-lethal equipment to Ukraine," Cho said.',
    cells: ["KR arms committed"],
  },
  {
    phenomenon: "a Chinese minister later named by the family name",
    text: 'Wang Yi met Lavrov in Beijing on Monday. "We oppose any deployment of foreign troops in Ukraine," Wang said.',
    cells: ["CN troops opposes"],
  },
  {
    phenomenon: "'Prime Minister A B of Portugal', then the surname",
    text: 'Prime Minister Ana Silva of Portugal said on Monday that her government would send troops to Ukraine after a ceasefire. "We will also help train Ukrainian soldiers," Silva said.',
    cells: ["PT troops conditional | after a ceasefire", "PT training committed"],
  },
  {
    phenomenon: "'a spokeswoman for Portugal's defence ministry', then the surname with a possibility",
    text: 'Ana Silva, a spokeswoman for Portugal\'s defence ministry, said the country would send instructors to train Ukrainian soldiers. "We could also send a frigate to the Black Sea," Silva added.',
    cells: ["PT training committed", "PT maritime considering"],
  },
  {
    phenomenon: "a surname and an appositive office before a trailing frame with a time",
    text: '"We will send two frigates to the Black Sea," Silva, the Portuguese defence minister, said on Monday.',
    cells: ["PT maritime committed"],
  },
  {
    phenomenon: "a country's possessive and a surname alone",
    text: "Portugal's Silva said on Monday her country was ready to send troops to Ukraine.",
    cells: ["PT troops committed"],
  },
  {
    phenomenon: "'the Portuguese defence chief, General A B,' in a colon frame",
    text: 'The Portuguese defence chief, General Rui Costa, said: "We are ready to send troops to Ukraine."',
    cells: ["PT troops committed"],
  },
  {
    phenomenon: "'According to A B, Portugal's foreign minister,' then a capital",
    text: "According to Ana Silva, Portugal's foreign minister, Lisbon is ready to join a monitoring mission.",
    cells: ["PT monitoring committed"],
  },
  {
    phenomenon: "an inverted frame with nationality and office, then 'he added'",
    text: '"Our jets will help police the skies over Ukraine," said Dutch Defence Minister Ruben Brekelmans. "We will also train Ukrainian pilots," he added.',
    cells: ["NL air committed", "NL training committed"],
  },
  {
    phenomenon: "'the Hungarian foreign minister, Surname,' without diacritics",
    text: "The Hungarian foreign minister, Szijjarto, said Budapest would never send weapons to Ukraine.",
    cells: ["HU arms ruled_out"],
  },
  {
    phenomenon: "a Kremlin aide by office and full name",
    text: "Kremlin aide Yuri Ushakov said Moscow rejected the idea of European peacekeepers in Ukraine.",
    cells: ["RU troops opposes"],
  },
  {
    phenomenon: "NATO's secretary general with the organisation's possessive",
    text: "Mark Rutte, NATO's secretary general, said the alliance would not deploy troops to Ukraine.",
    cells: ["NATO troops ruled_out"],
  },
  {
    phenomenon: "a fronted capital, an appositive official, then the surname in a colon frame",
    text: 'In Lisbon, Ana Silva, Portugal\'s foreign minister, said her country would take part in a monitoring mission. Later that day, Silva told reporters: "We could also send troops."',
    cells: ["PT monitoring committed", "PT troops considering"],
  },
  {
    phenomenon: "a known minister by office and name, then the surname in a colon frame",
    text: 'Defence Minister Nuno Melo said: "Portugal will send a frigate to the Black Sea." Melo added: "We will also help train Ukrainian marines."',
    cells: ["PT maritime committed", "PT training committed"],
  },
  {
    phenomenon: "a name with particles, named later by the particle and surname",
    text: 'Dutch Foreign Minister Jan van der Berg visited Kyiv on Monday. "We will keep training Ukrainian pilots," Van der Berg said.',
    cells: ["NL training committed"],
  },
  {
    phenomenon: "'Foreign Affairs Minister' as the office",
    text: 'Canadian Foreign Affairs Minister Jane Roy met Sybiha. "We will send instructors to train Ukrainian soldiers," Roy said.',
    cells: ["CA training committed"],
  },
  {
    phenomenon: "'Minister for Foreign Affairs' after the nationality",
    text: 'Latvian Minister for Foreign Affairs Janis Ozols met Sybiha in Riga. "We will send instructors to train Ukrainian soldiers," Ozols said.',
    cells: ["LV training committed"],
  },
  {
    phenomenon: "a national security adviser introduced by office, not the official he met",
    text: 'Polish National Security Adviser Piotr Zielinski met Rubio on Monday. "Our soldiers will not go to Ukraine," Zielinski said.',
    cells: ["PL troops ruled_out"],
  },
  {
    phenomenon: "'A B, foreign minister of Portugal,' without an article, then the surname",
    text: 'Ana Silva, foreign minister of Portugal, spoke in Brussels. "We are ready to join a monitoring mission," Silva said.',
    cells: ["PT monitoring committed"],
  },
  {
    phenomenon: "'Norway's Minister of Defence A B', not the official met",
    text: 'Norway\'s Minister of Defence Kari Dahl met Sybiha. "Our frigates will help secure the Black Sea," Dahl said.',
    cells: ["NO maritime committed"],
  },
  {
    phenomenon: "a name with a middle initial",
    text: 'Czech Defence Minister Jan P. Novak visited Lviv. "We will send instructors to train Ukrainian soldiers," Novak said.',
    cells: ["CZ training committed"],
  },
  {
    phenomenon: "'armed forces minister' between commas, then the surname",
    text: 'The French armed forces minister, Claire Martin, said Paris was ready to deploy troops. "We will also help with air policing," Martin said.',
    cells: ["FR troops committed", "FR air committed"],
  },
  {
    phenomenon: "a leader's possessive with the office of another known official",
    text: 'Swedish Prime Minister Ulf Kristersson said: "Sweden will not rule out sending troops." Kristersson\'s foreign minister, Maria Malmer Stenergard, added that Sweden would also help train Ukrainian soldiers.',
    cells: ["SE troops considering", "SE training committed"],
  },
  {
    phenomenon: "'the British prime minister's national security adviser, A B'",
    text: 'The British prime minister\'s national security adviser, Jonathan Powell, said: "We will lead the air mission over Ukraine."',
    cells: ["GB air committed"],
  },
  // "former" about another past than the office held.
  {
    phenomenon: "a known leader with an appositive about a former career",
    text: "Starmer, a former human rights lawyer, said Britain was ready to send troops to Ukraine.",
    cells: ["GB troops committed"],
  },
  {
    phenomenon: "a known minister with an appositive about a former regional office",
    text: '"We will send troops to Ukraine," said Pistorius, a former interior minister of Lower Saxony.',
    cells: ["DE troops committed"],
  },
  {
    phenomenon: "a known official described as the former holder of the office",
    text: "Sunak, the former prime minister, said Britain should send troops to Ukraine.",
    cells: [],
  },
  {
    phenomenon: "'former' describes the country, not the president",
    text: "Moldova will not take part in any mission, the former Soviet republic's president, Maia Sandu, said.",
    cells: ["MD troops ruled_out"],
  },
  {
    phenomenon: "'Deputy Secretary of State A B', then the surname",
    text: 'US Deputy Secretary of State Tom Hale met European envoys in Paris. "We will not put troops on the ground in Ukraine," Hale said.',
    cells: ["US troops ruled_out"],
  },
  {
    phenomenon: "'the US vice president' as the office alone",
    text: '"We are ready to provide a backstop for a European force," the US vice president said.',
    cells: ["US backstop committed"],
  },
  {
    phenomenon: "Ukraine's ambassador to another country speaks for Ukraine",
    text: "Ukraine's ambassador to Germany, Oleksii Makeiev, said Kyiv welcomed plans for a reassurance force.",
    cells: ["UA troops supports"],
  },
  {
    phenomenon: "a counterpart of another country in the tail of the frame is not a reporter",
    text: '"Finland is ready to contribute to air policing," said Finnish President Alexander Stubb, speaking alongside his Estonian counterpart.',
    cells: ["FI air committed"],
  },
  // Traps: who does not speak for a government, or a name that is something else.
  {
    phenomenon: "a former minister introduced by nationality and office",
    text: '"We should send troops to Ukraine," former Polish defence minister Tomasz Nowak said.',
    cells: [],
  },
  {
    phenomenon: "a former prime minister the gazetteer knows",
    text: '"Britain must be ready to lead a force in Ukraine," former prime minister Rishi Sunak said.',
    cells: [],
  },
  {
    phenomenon: "an opposition MP",
    text: '"We must send troops to Ukraine," opposition MP Klaus Weber told German radio.',
    cells: [],
  },
  {
    phenomenon: "an opposition leader whose first name is a country's",
    text: "Jordan Bardella, leader of the opposition National Rally, said France should not send troops to Ukraine.",
    cells: [],
  },
  {
    phenomenon: "a regional premier is not the national government",
    text: '"Germany must be ready to send troops to Ukraine," Bavarian state premier Markus Weber said.',
    cells: [],
  },
  {
    phenomenon: "a journalist asks, the leader answers",
    text: 'A BBC journalist asked Starmer whether Britain would send troops. "We are ready to send troops once there is a ceasefire," he replied.',
    cells: ["GB troops conditional | once there is a ceasefire"],
  },
  {
    phenomenon: "a journalist's opinion is no government's position",
    text: "Writing in The Times, columnist James Hall said Britain should send troops to Ukraine.",
    cells: [],
  },
  {
    phenomenon: "an introduced former official named later by surname",
    text: 'Former Latvian Defence Minister Artis Kalnins spoke at a conference in Riga. "Latvia should send troops to Ukraine," Kalnins said.',
    cells: [],
  },
  {
    phenomenon: "an official named in a sentence about a meeting, a different country's official quoted",
    text: 'Rutte met Finnish President Alexander Stubb in Helsinki. "We are ready to take part in air policing over Ukraine," Stubb said.',
    cells: ["FI air committed"],
  },
  {
    phenomenon: "a city mayor is not the government",
    text: '"We are ready to host a logistics hub for European troops," Warsaw mayor Jan Zielinski said.',
    cells: [],
  },
  {
    phenomenon: "Portugal's president from 2026, by surname alone",
    text: "Seguro told reporters in Lisbon that the country would send a frigate to help keep Black Sea shipping lanes open.",
    cells: ["PT maritime committed"],
  },
  {
    phenomenon: "the Dutch prime minister from 2026, by surname alone",
    text: "Jetten said the country was prepared to contribute troops to a reassurance force once a ceasefire is in place.",
    cells: ["NL troops conditional | once a ceasefire is in place"],
  },
  {
    phenomenon: "Ukraine's defence minister from 2026, by surname alone",
    text: "Fedorov said a European air policing mission over the west of the country would be welcome.",
    cells: ["UA air supports"],
  },
];
