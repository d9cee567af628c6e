import type { PhenomenonCase } from "./case";

/**
 * Who holds a position as news copy names it: capitals and seats of government, peoples and
 * demonyms, officials by title only, an official named once and then by surname or pronoun, one
 * leader speaking for two countries, lists, "both", joint statements, "respectively", and the
 * speakers the conventions do not count.
 */
export const ACTORS_IN_COPY_CASES: readonly PhenomenonCase[] = [
  // Capitals and seats of government for their country.
  {
    phenomenon: "a capital for its government: Ankara offering a naval role after a ceasefire",
    text: "Ankara has offered to lead a naval task force securing shipping lanes in the Black Sea after a ceasefire.",
    cells: ["TR maritime conditional"],
  },
  {
    phenomenon: "a capital refusing one part and committing to another, with officials as the frame",
    text: "Rome will not send Italian soldiers to Ukraine, but it is ready to help train Ukrainian troops, officials said.",
    cells: ["IT troops ruled_out", "IT training committed"],
  },
  {
    phenomenon: "a palace as the frame with the country in the clause: the Elysee",
    text: "The Elysee said France was prepared to take part in a mission to monitor the ceasefire.",
    cells: ["FR monitoring committed"],
  },
  {
    phenomenon: "a street as the subject of a confirming frame, a hedge in the clause",
    text: "Downing Street confirmed on Tuesday that British jets could help patrol Ukrainian airspace.",
    cells: ["GB air considering"],
  },
  {
    phenomenon: "a chancellery as the frame, a pledge only if another country acts",
    text: "The Chancellery said Germany would help protect Ukrainian airspace only if the United States provided a backstop.",
    cells: ["DE air conditional"],
  },
  {
    phenomenon: "the White House as the frame, Washington in the clause with two predicates",
    text: "The White House has signalled that Washington will share intelligence with a European-led force but will not deploy ground troops.",
    cells: ["US intelligence committed", "US troops ruled_out"],
  },
  {
    phenomenon: "the Kremlin rejecting any foreign force, with its spokesman as the frame",
    text: "The Kremlin rejects the presence of any NATO troops in Ukraine, spokesman Dmitry Peskov told reporters.",
    cells: ["RU troops opposes"],
  },
  {
    phenomenon: "a capital refusing troops and offering a hub on its own soil",
    text: "Warsaw has made clear it will not send soldiers to Ukraine, but it has offered its airport at Rzeszow as a logistics hub.",
    cells: ["PL troops ruled_out", "PL logistics committed"],
  },
  {
    phenomenon: "a capital opposing a mission for anyone",
    text: "Moscow said it would never accept a Western monitoring mission on Ukrainian soil.",
    cells: ["RU monitoring opposes"],
  },
  // Peoples and demonyms.
  {
    phenomenon: "a people for its government, on a government source",
    text: "The Italians are open to sending minesweepers to the Black Sea, a government source said.",
    cells: ["IT maritime considering"],
  },
  {
    phenomenon: "a nationality's officials, the country in the clause, a condition",
    text: "Dutch officials said the country would contribute F-16s to patrol Ukrainian skies after a peace deal.",
    cells: ["NL air conditional"],
  },
  {
    phenomenon: "a nationality's officials as the subject of a refusal",
    text: "Swedish officials have ruled out deploying ground forces to Ukraine.",
    cells: ["SE troops ruled_out"],
  },
  {
    phenomenon: "trap: a people in a poll",
    text: "A majority of Poles oppose sending troops to Ukraine, according to a poll published on Sunday.",
    cells: [],
  },
  // Officials by title only.
  {
    phenomenon: "a minister by country and title only, the capital in the clause",
    text: "Spain's defence minister said Madrid was ready to send instructors to train Ukrainian soldiers in Spain.",
    cells: ["ES training committed"],
  },
  {
    phenomenon: "a premier by nationality only, her government in the clause",
    text: "The Danish premier said her government would consider sending a small contingent of troops to Ukraine.",
    cells: ["DK troops considering"],
  },
  {
    phenomenon: "a foreign ministry by nationality, the capital in the clause",
    text: "The Estonian foreign ministry said Tallinn supports security guarantees for Ukraine modelled on NATO's Article 5.",
    cells: ["EE article5 supports"],
  },
  {
    phenomenon: "a president by country and title only, his country in the clause",
    text: "Finland's president said his country would not rule out joining a ceasefire monitoring mission.",
    cells: ["FI monitoring considering"],
  },
  {
    phenomenon: "a defence ministry by nationality as the subject, it for the ministry",
    text: "The Lithuanian defence ministry announced it would send a company of soldiers to Ukraine once a ceasefire is in place.",
    cells: ["LT troops conditional"],
  },
  // An official named once, then by surname or pronoun.
  {
    phenomenon: "an official introduced, then his surname and his country",
    text: "Belgian Defence Minister Theo Francken spoke to reporters in Brussels on Thursday. Francken said his country would send two minehunters to the Black Sea after a peace agreement.",
    cells: ["BE maritime conditional"],
  },
  {
    phenomenon: "a leader introduced, then he and his country",
    text: "Greek Prime Minister Kyriakos Mitsotakis met the Ukrainian president in Athens on Friday. He said his country would not send troops to Ukraine.",
    cells: ["GR troops ruled_out"],
  },
  {
    phenomenon: "a president introduced, then a quotation with he said",
    text: 'Czech President Petr Pavel addressed the conference on Saturday. "We are ready to contribute to the training of Ukrainian soldiers," he said.',
    cells: ["CZ training committed"],
  },
  {
    phenomenon: "a surname that is also a country name: Montenegro of Portugal",
    text: "Portuguese Prime Minister Luis Montenegro met Ukrainian officials in Lisbon. Montenegro said his government was prepared to send soldiers to Ukraine once a ceasefire holds.",
    cells: ["PT troops conditional"],
  },
  {
    phenomenon: "a leader introduced, then she and her country",
    text: "Latvian Prime Minister Evika Silina spoke after the meeting in Riga. She said her country would contribute fighter jets to air policing over Ukraine.",
    cells: ["LV air committed"],
  },
  {
    phenomenon: "a leader's support, then his quotation by surname with a pledge of its own",
    text: 'Dutch Prime Minister Dick Schoof said the Netherlands supported a European reassurance force. "We will also take part in monitoring the ceasefire," Schoof added.',
    cells: ["NL troops supports", "NL monitoring committed"],
  },
  // One leader stating a position for two countries.
  {
    phenomenon: "one leader for two countries, with a condition",
    text: "Starmer said the UK and France will lead a maritime mission to secure the Black Sea after a ceasefire.",
    cells: ["GB maritime conditional", "FR maritime conditional"],
  },
  {
    phenomenon: "one leader for two countries, two commitments, with a condition",
    text: "Macron said France and Britain would set up military hubs across Ukraine and deploy forces to protect them once a peace deal is signed.",
    cells: ["FR logistics conditional", "FR troops conditional", "GB logistics conditional", "GB troops conditional"],
  },
  {
    phenomenon: "one leader for his country and a neighbour",
    text: "Merz said Germany and Poland will train Ukrainian brigades on their own territory.",
    cells: ["DE training committed", "PL training committed"],
  },
  // Lists of countries.
  {
    phenomenon: "a list of three countries that have said they will",
    text: "Belgium, Luxembourg and Portugal have said they will contribute to a fund that finances Ukraine's armed forces.",
    cells: ["BE funding committed", "LU funding committed", "PT funding committed"],
  },
  {
    phenomenon: "a list of four countries considering",
    text: "Sweden, Finland, Norway and Denmark are considering sending naval vessels to the Black Sea.",
    cells: ["SE maritime considering", "FI maritime considering", "NO maritime considering", "DK maritime considering"],
  },
  {
    phenomenon: "a list with an apposition before the verb",
    text: "Ireland, Austria and Malta, all militarily neutral, have ruled out sending troops to Ukraine.",
    cells: ["IE troops ruled_out", "AT troops ruled_out", "MT troops ruled_out"],
  },
  // Both X and Y.
  {
    phenomenon: "both X and Y refusing",
    text: "Both Spain and Italy have said they will not deploy soldiers to Ukraine.",
    cells: ["ES troops ruled_out", "IT troops ruled_out"],
  },
  // Joint statements.
  {
    phenomenon: "a joint statement of three foreign ministers, their countries in the clause",
    text: "In a joint statement, the foreign ministers of Estonia, Latvia and Lithuania said their countries would send instructors to train Ukrainian troops.",
    cells: ["EE training committed", "LV training committed", "LT training committed"],
  },
  {
    phenomenon: "a joint declaration signed by two countries, both countries in the clause",
    text: "A joint declaration signed by Poland and Lithuania said both countries support security guarantees for Ukraine equivalent to Article 5.",
    cells: ["PL article5 supports", "LT article5 supports"],
  },
  // Respectively.
  {
    phenomenon: "respectively: two countries, the same commitment",
    text: "The Netherlands and Belgium will contribute two frigates and a minehunter, respectively, to the Black Sea mission.",
    cells: ["NL maritime committed", "BE maritime committed"],
  },
  {
    phenomenon: "respectively: two countries, each its own commitment",
    text: "Denmark and Norway will lead the training mission and provide intelligence, respectively.",
    cells: ["DK training committed", "NO intelligence committed"],
  },
  // The speakers the conventions do not count.
  {
    phenomenon: "trap: an opposition leader by her party",
    text: "Marine Le Pen, whose National Rally leads the opposition in the French parliament, said French soldiers must never be sent to Ukraine.",
    cells: [],
  },
  {
    phenomenon: "trap: a former defence secretary urging",
    text: "Former British defence secretary Ben Wallace said Britain should send troops to Ukraine without waiting for a ceasefire.",
    cells: [],
  },
  {
    phenomenon: "trap: a think tank's report on what a country could do",
    text: "A report by the International Institute for Strategic Studies said Germany could deploy up to 5,000 soldiers to Ukraine.",
    cells: [],
  },
  {
    phenomenon: "trap: twenty-six countries, none named",
    text: "Twenty-six countries have formally pledged to deploy troops to Ukraine or to contribute by land, sea or air once the fighting stops, the coalition said after the meeting.",
    cells: [],
  },
  {
    phenomenon: "trap: a reporter's question left unanswered",
    text: '"Will Germany send soldiers to Ukraine?" a reporter asked the chancellor at the end of the press conference. The chancellor did not answer.',
    cells: [],
  },
];
