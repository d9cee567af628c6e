import type { PhenomenonCase } from "./case";

/**
 * The many ways news copy says that a government backs a measure without taking its own part:
 * advocating, championing, pushing or lobbying for it, arguing for it, insisting on it, seeing a
 * need for it, calling it essential or indispensable, backing the idea, being a proponent,
 * throwing its weight behind it, endorsing it, being in favour, wanting to see it, saying there
 * must be one or that Europe should provide it, calling for it, urging allies to provide it. All
 * are `supports` (labelling conventions). Around them, what is not a government's support: an
 * opposition leader, a think tank, a poll, the country's own pledge (committed), support for
 * Ukraine in general with no measure, and support for Ukraine's right to choose.
 */
export const SUPPORT_IDIOMS_CASES: readonly PhenomenonCase[] = [
  // --- Verbs of advocacy ---
  {
    phenomenon: "a president advocates a foreign force",
    text: "Finnish President Alexander Stubb has long advocated a European reassurance force for Ukraine once the guns fall silent.",
    cells: ["FI troops supports"],
  },
  {
    phenomenon: "a government champions a monitoring mission",
    text: "The Dutch government has championed an international mission to verify any truce between Russia and Ukraine.",
    cells: ["NL monitoring supports"],
  },
  {
    phenomenon: "pushing for an Article 5-style guarantee",
    text: "Estonia is pushing for a guarantee for Ukraine modelled on NATO's Article 5, its foreign minister Margus Tsahkna told reporters.",
    cells: ["EE article5 supports"],
  },
  {
    phenomenon: "lobbying Washington for a backstop",
    text: "Poland has been lobbying the Trump administration for an American backstop to any European force in Ukraine, diplomats in Warsaw said.",
    cells: ["PL backstop supports"],
  },
  {
    phenomenon: "arguing for air policing over Ukraine",
    text: "Lithuanian Defence Minister Dovile Sakaliene argued on Tuesday for a European air shield over western Ukraine.",
    cells: ["LT air supports"],
  },
  {
    phenomenon: "insisting on a monitoring mechanism",
    text: "Canada insists on a robust mechanism to monitor the ceasefire, Foreign Minister Anita Anand said in Ottawa.",
    cells: ["CA monitoring supports"],
  },
  {
    phenomenon: "seeing a need for a naval mission",
    text: "Romania sees a need for a multinational naval presence in the Black Sea after the war, President Nicusor Dan said.",
    cells: ["RO maritime supports"],
  },
  {
    phenomenon: "calling a backstop essential, in a quotation",
    text: '"An American backstop is absolutely essential for any European force to work," German Chancellor Friedrich Merz said.',
    cells: ["DE backstop supports"],
  },
  {
    phenomenon: "calling a guarantee indispensable",
    text: "Latvian Prime Minister Evika Silina described binding security guarantees of the Article 5 kind as indispensable for a lasting peace.",
    cells: ["LV article5 supports"],
  },
  {
    phenomenon: "backing the idea of a foreign force",
    text: "Belgium backs the idea of a multinational force to reassure Ukraine after a peace deal, a government spokesperson said.",
    cells: ["BE troops supports"],
  },
  {
    phenomenon: "a proponent of a measure",
    text: "Danish Prime Minister Mette Frederiksen has been a strong proponent of air defence cover for Ukrainian cities from European bases.",
    cells: ["DK air supports"],
  },
  {
    phenomenon: "throwing its weight behind a monitoring plan",
    text: "Switzerland has thrown its weight behind an OSCE-led plan to monitor a future ceasefire line, its foreign ministry said.",
    cells: ["CH monitoring supports"],
    gap: "'thrown its weight behind' is read, but 'plan to monitor' makes the plan the country's own (committed)",
  },
  {
    phenomenon: "endorsing a maritime mission proposed by others",
    text: "Greece endorsed the proposal for a Black Sea mine-clearing mission at Thursday's meeting, Prime Minister Kyriakos Mitsotakis said.",
    cells: ["GR maritime supports"],
  },
  {
    phenomenon: "in favour of a reassurance force",
    text: "Portugal is in favour of a European reassurance force in Ukraine, Prime Minister Luis Montenegro told parliament.",
    cells: ["PT troops supports"],
  },
  {
    phenomenon: "wanting to see a guarantee",
    text: "Japan wants to see credible guarantees for Ukraine consistent with Article 5, Prime Minister Sanae Takaichi said in Tokyo.",
    cells: ["JP article5 supports"],
  },
  {
    phenomenon: "saying there must be a monitoring mission, in a quotation",
    text: '"There must be an international monitoring mission along the line of contact," Czech Foreign Minister Jan Lipavsky said.',
    cells: ["CZ monitoring supports"],
  },
  {
    phenomenon: "saying Europe should provide air defence",
    text: "Europe should take over the air defence of Ukraine's skies after a ceasefire, Swedish Prime Minister Ulf Kristersson said.",
    cells: ["SE air supports"],
  },
  {
    phenomenon: "calling for a backstop",
    text: "Britain's Defence Secretary John Healey called on Monday for a US backstop to the coalition's mission.",
    cells: ["GB backstop supports"],
  },
  {
    phenomenon: "urging allies to send troops",
    text: "Estonian Prime Minister Kristen Michal urged allies to put troops on the ground in Ukraine as part of any settlement.",
    cells: ["EE troops supports"],
  },
  {
    phenomenon: "a spokesperson: the government supports the deployment of a force",
    text: "The Spanish government supports the deployment of a European force in Ukraine after the fighting ends, a spokeswoman said.",
    cells: ["ES troops supports"],
  },
  {
    phenomenon: "a minister saying a naval mission is needed",
    text: "A naval mission to keep Black Sea shipping lanes open is needed, Bulgarian Defence Minister Atanas Zapryanov said.",
    cells: ["BG maritime supports"],
    gap: "'is needed' is read only right after the measure's noun ('a naval mission is needed'); here a purpose clause stands between",
  },
  {
    phenomenon: "welcoming a plan for a monitoring mission",
    text: "Austria welcomed the plan for a civilian monitoring mission, Foreign Minister Beate Meinl-Reisinger said on Friday.",
    cells: ["AT monitoring supports"],
  },
  {
    phenomenon: "a president wants a guarantee for Ukraine",
    text: "French President Emmanuel Macron wants an Article 5-type guarantee for Ukraine, the Elysee said.",
    cells: ["FR article5 supports"],
  },
  {
    phenomenon: "a minister says allies ought to patrol the skies, in a quotation",
    text: '"Allied jets ought to patrol Ukrainian airspace once a truce holds," Norwegian Defence Minister Tore Sandvik said.',
    cells: ["NO air supports"],
  },
  {
    phenomenon: "a government argues that a backstop is vital",
    text: "Italy argues that an American security backstop is vital, Foreign Minister Antonio Tajani told his EU counterparts.",
    cells: ["IT backstop supports"],
  },
  {
    phenomenon: "a spokesperson: in favour of ceasefire monitoring",
    text: "Ankara is in favour of a ceasefire monitoring mission, a Turkish foreign ministry spokesman said.",
    cells: ["TR monitoring supports"],
  },
  {
    phenomenon: "an endorsement of Article 5-style guarantees by a head of government",
    text: "Irish Taoiseach Micheal Martin endorsed Article 5-style guarantees for Ukraine, while stressing his country's neutrality.",
    cells: ["IE article5 supports"],
  },
  {
    phenomenon: "Ukraine's president insists on a foreign force",
    text: "Volodymyr Zelensky insisted that European soldiers must be stationed in Ukraine as part of any peace deal.",
    cells: ["UA troops supports"],
  },
  {
    phenomenon: "calling a naval presence a priority",
    text: "Moldova's President Maia Sandu said a Western naval presence in the Black Sea should be a priority for Europe.",
    cells: ["MD maritime supports"],
  },
  {
    phenomenon: "a chancellor calling for a European air shield",
    text: "Merz called for a European sky shield over Ukraine during his visit to Kyiv on Wednesday.",
    cells: ["DE air supports"],
  },
  // --- What is not a government's support ---
  {
    phenomenon: "an opposition leader's support is not labelled",
    text: "Opposition leader Kemi Badenoch said she supported sending a reassurance force to Ukraine.",
    cells: [],
  },
  {
    phenomenon: "a think tank calling for a measure is not labelled",
    text: "A Berlin think tank called for a European air shield over Ukraine in a report published on Monday.",
    cells: [],
  },
  {
    phenomenon: "a poll showing support is not labelled",
    text: "A poll published on Sunday showed that 58 percent of Germans support sending troops to monitor a ceasefire.",
    cells: [],
  },
  {
    phenomenon: "the country's own pledge outranks its support",
    text: "Sweden supports a European force and will send a battalion to Ukraine, Prime Minister Ulf Kristersson said.",
    cells: ["SE troops committed"],
  },
  {
    phenomenon: "support for Ukraine in general names no measure",
    text: "Spain will keep supporting Ukraine for as long as it takes, Prime Minister Pedro Sanchez said in Madrid.",
    cells: [],
  },
  {
    phenomenon: "supporting Ukraine's right to choose its alliances names no measure",
    text: "Slovenia supports Ukraine's right to choose its own alliances, Foreign Minister Tanja Fajon said.",
    cells: [],
  },
  {
    phenomenon: "a former minister calling for a measure is not labelled",
    text: "Former French defence minister Herve Morin called for a naval mission in the Black Sea.",
    cells: [],
  },
  {
    phenomenon: "a government's own pledge to monitor, said with welcoming words",
    text: "Finland welcomed the truce and pledged to send observers to the monitoring mission, President Alexander Stubb said.",
    cells: ["FI monitoring committed"],
  },
];
