import type { PhenomenonCase } from "./case";

/**
 * How a stance is said in the news register: the verbs and idioms of pledging, offering,
 * weighing, hedging, refusing and rejecting, and the lines the conventions draw between them
 * (committed / conditional / considering; a country's own part ruled out / the measure opposed
 * for anyone). Also the traps of negation scope (a refusal of something else, "not only ... but
 * also", "no decision on X, but Y will") and past events that are no current position.
 */
export const STANCE_IDIOMS_CASES: readonly PhenomenonCase[] = [
  // --- Pledges, offers and readiness ---
  {
    phenomenon: "a pledge: has pledged to send",
    text: "Lithuania has pledged to send a company of soldiers to a reassurance force in Ukraine, President Gitanas Nauseda said on Thursday.",
    cells: ["LT troops committed"],
  },
  {
    phenomenon: "a vow that troops would be there, under a condition",
    text: "Prime Minister Keir Starmer vowed that British troops would be on the ground in Ukraine once a peace deal is signed.",
    cells: ["GB troops conditional | once a peace deal is signed"],
  },
  {
    phenomenon: "an offer with its object: has offered two minehunters",
    text: "Norway has offered two minehunters for a Black Sea demining mission, the Norwegian defence ministry said.",
    cells: ["NO maritime committed"],
  },
  {
    phenomenon: "joining: signed up to take part",
    text: "Latvia signed up on Wednesday to take part in monitoring any ceasefire along the front line, Foreign Minister Baiba Braze said.",
    cells: ["LV monitoring committed"],
  },
  {
    phenomenon: "money earmarked in a budget",
    text: "Germany has earmarked 3 billion euros in next year's budget to support Ukraine's armed forces, Finance Minister Lars Klingbeil said.",
    cells: ["DE funding committed"],
  },
  {
    phenomenon: "readiness under a condition: stands ready to ... once",
    text: "Italy stands ready to lead a mission to clear mines from the Black Sea once hostilities end, Foreign Minister Antonio Tajani said.",
    cells: ["IT maritime conditional | once hostilities end"],
  },
  {
    phenomenon: "an ability, not a pledge: would be in a position to",
    text: "Finland would be in a position to contribute instructors to train Ukrainian soldiers, President Alexander Stubb said, without giving numbers.",
    cells: ["FI training considering"],
  },
  {
    phenomenon: "eagerness as readiness: is keen to host",
    text: "Poland is keen to host a logistics hub for the multinational force on its soil, Defence Minister Wladyslaw Kosiniak-Kamysz said.",
    cells: ["PL logistics committed"],
  },

  // --- Considering: floated, mulled, weighed, explored, open to, signalled, hinted ---
  {
    phenomenon: "an idea floated",
    text: "French President Emmanuel Macron floated the idea of sending French warships to escort grain convoys in the Black Sea.",
    cells: ["FR maritime considering"],
  },
  {
    phenomenon: "a step mulled",
    text: "Canada is mulling sending military trainers to western Ukraine, Defence Minister David McGuinty said.",
    cells: ["CA training considering"],
  },
  {
    phenomenon: "weighing whether to",
    text: "The Belgian government is weighing whether to contribute F-16s to air policing over Ukraine, Prime Minister Bart De Wever said.",
    cells: ["BE air considering"],
  },
  {
    phenomenon: "exploring ways to",
    text: "Japan is exploring ways to share satellite imagery with Ukraine, a government spokesman in Tokyo said.",
    cells: ["JP intelligence considering"],
  },
  {
    phenomenon: "open to it under a condition stays considering",
    text: "Spain is open to taking part in a ceasefire monitoring mission if the United Nations provides a mandate, Foreign Minister Jose Manuel Albares said.",
    cells: ["ES monitoring considering"],
  },
  {
    phenomenon: "a will-do under a condition is conditional",
    text: "Ireland will join a ceasefire monitoring mission in Ukraine if it has a UN mandate, Tanaiste Simon Harris said.",
    cells: ["IE monitoring conditional | if it has a UN mandate"],
  },
  {
    phenomenon: "signalled it could",
    text: "Switzerland signalled it could send unarmed observers to help verify a ceasefire in Ukraine, Foreign Minister Ignazio Cassis said.",
    cells: ["CH monitoring considering"],
  },
  {
    phenomenon: "hinted that it might",
    text: "Slovenian Prime Minister Robert Golob hinted that Slovenia might contribute officers to a ceasefire monitoring mission.",
    cells: ["SI monitoring considering"],
  },
  {
    phenomenon: "would not rule out",
    text: "The Netherlands would not rule out sending Dutch soldiers to Ukraine within a reassurance force, the Dutch prime minister said on Friday.",
    cells: ["NL troops considering"],
  },
  {
    phenomenon: "a double negation: refused to rule out",
    text: "Finland refused to rule out sending soldiers to Ukraine after a ceasefire, President Alexander Stubb said.",
    cells: ["FI troops considering"],
  },

  // --- Undecided ---
  {
    phenomenon: "remains undecided on whether to",
    text: "Norway remains undecided on whether to contribute to air policing over Ukraine, Prime Minister Jonas Gahr Store said.",
    cells: ["NO air considering"],
  },
  {
    phenomenon: "has yet to decide whether to",
    text: "Denmark has yet to decide whether to send F-16 pilots to patrol Ukrainian airspace, Defence Minister Troels Lund Poulsen said.",
    cells: ["DK air considering"],
  },
  {
    phenomenon: "declined to say whether: no position",
    text: "Asked on Monday, Defence Secretary John Healey declined to say whether British warships would join a Black Sea mission.",
    cells: [],
  },

  // --- Refusals of the country's own part (ruled_out) ---
  {
    phenomenon: "balked at contributing",
    text: "Hungary balked at contributing soldiers to a reassurance force in Ukraine, Foreign Minister Peter Szijjarto told reporters in Budapest.",
    cells: ["HU troops ruled_out"],
  },
  {
    phenomenon: "rebuffed a request to send",
    text: "Croatia rebuffed a request to send a frigate to a Black Sea mission, Defence Minister Ivan Anusic said.",
    cells: ["HR maritime ruled_out"],
  },
  {
    phenomenon: "shot down suggestions about its own jets",
    text: "The White House shot down suggestions that US fighter jets would patrol the skies over Ukraine, press secretary Karoline Leavitt told reporters.",
    cells: ["US air ruled_out"],
  },
  {
    phenomenon: "refused to commit troops",
    text: "Portugal refused to commit troops to the reassurance force, Prime Minister Luis Montenegro said on Wednesday.",
    cells: ["PT troops ruled_out"],
  },
  {
    phenomenon: "no plans to",
    text: "Sweden has no plans to send ground troops to Ukraine, Prime Minister Ulf Kristersson said.",
    cells: ["SE troops ruled_out"],
  },
  {
    phenomenon: "not on the table, with the owner in the subject",
    text: "Sending Polish soldiers to Ukraine is not on the table, Prime Minister Donald Tusk said in Warsaw.",
    cells: ["PL troops ruled_out"],
  },
  {
    phenomenon: "reluctant to send",
    text: "The Czech government remains reluctant to send soldiers to Ukraine, Prime Minister Andrej Babis said after a cabinet meeting.",
    cells: ["CZ troops ruled_out"],
  },

  // --- Rejections of the measure for anyone (opposes) ---
  {
    phenomenon: "dismissed any deployment of others' troops",
    text: "The Kremlin dismissed any deployment of Western troops in Ukraine as unacceptable, spokesman Dmitry Peskov said.",
    cells: ["RU troops opposes"],
  },
  {
    phenomenon: "poured cold water on the idea of a force",
    text: "Italy poured cold water on the idea of a European force in Ukraine, with Prime Minister Giorgia Meloni calling it risky and ineffective.",
    cells: ["IT troops opposes"],
  },
  {
    phenomenon: "a red line for another's troops",
    text: "Any presence of NATO troops in Ukraine would cross a red line for Moscow, Foreign Minister Sergei Lavrov warned.",
    cells: ["RU troops opposes"],
  },
  {
    phenomenon: "sceptical of any force",
    text: "Slovak Prime Minister Robert Fico said he was deeply sceptical of any Western peacekeeping force in Ukraine.",
    cells: ["SK troops opposes"],
  },

  // --- Negation scope ---
  {
    phenomenon: "a refusal of something else, then a pledge",
    text: "Austria will not join NATO, but it will send observers to help monitor a ceasefire in Ukraine, Chancellor Christian Stocker said.",
    cells: ["AT monitoring committed"],
  },
  {
    phenomenon: "not only ... but also is no negation",
    text: "Britain will not only train Ukrainian soldiers but also share intelligence with Kyiv, Defence Secretary John Healey said.",
    cells: ["GB training committed", "GB intelligence committed"],
  },
  {
    phenomenon: "no decision on one measure, a pledge on another",
    text: "No decision has been taken on sending French troops, but France will lead a naval mission in the Black Sea, Armed Forces Minister Catherine Vautrin said.",
    cells: ["FR troops considering", "FR maritime committed"],
  },
  {
    phenomenon: "ready for one measure but not for another",
    text: "Germany is ready to help monitor a ceasefire but not to put soldiers on the ground in Ukraine, Chancellor Friedrich Merz said.",
    cells: ["DE monitoring committed", "DE troops ruled_out"],
  },
  {
    phenomenon: "its own refusal, then not standing in the way of others",
    text: "Bulgaria will not take part in any air policing mission over Ukraine but will not stand in the way of allies who do, Prime Minister Rosen Zhelyazkov said.",
    cells: ["BG air ruled_out"],
  },
  {
    phenomenon: "no plans for one measure, open to another",
    text: "Greece has no plans to send troops to Ukraine for now but remains open to helping clear mines in the Black Sea, Prime Minister Kyriakos Mitsotakis said.",
    cells: ["GR troops ruled_out", "GR maritime considering"],
  },

  // --- The past is no current position ---
  {
    phenomenon: "a pledge of 1994 is no current position",
    text: "In 1994 the United States, Britain and Russia pledged in the Budapest Memorandum to respect Ukraine's independence and borders, assurances that Kyiv says were broken.",
    cells: [],
  },
  {
    phenomenon: "a past refusal, then the current pledge",
    text: "Three years ago Britain ruled out putting troops on the ground; Prime Minister Keir Starmer now says British soldiers will deploy to Ukraine once a peace deal is signed.",
    cells: ["GB troops conditional | once a peace deal is signed"],
  },
  // A refusal told as a measure not under consideration, or as a standing policy of not doing it
  // (`stance-word/a-refusal-in-other-words`).
  {
    phenomenon: "a refusal: the deployment is not under discussion, the gerund as subject",
    text: "Deploying Austrian soldiers to Ukraine is not under discussion, the chancellor's office said.",
    cells: ["AT troops ruled_out"],
  },
  {
    phenomenon: "a refusal: troops not being considered, the government as the passive agent",
    text: "Ground troops are not being considered by the Irish government, Taoiseach Micheál Martin said.",
    cells: ["IE troops ruled_out"],
  },
  {
    phenomenon: "a refusal: keeping a principle of not sending weapons",
    text: "Hungary will keep its principle of not sending weapons to Ukraine, Foreign Minister Péter Szijjártó said.",
    cells: ["HU arms ruled_out"],
  },
  {
    phenomenon: "trap: a measure under consideration stays a hedge",
    text: "The Irish government said sending troops to Ukraine was under consideration.",
    cells: ["IE troops considering"],
  },
  {
    phenomenon: "a refusal with a singular soldier after 'no' and the country's adjective",
    text: "Croatia's president said on Sunday that no Croatian soldier would go to Ukraine while he held office.",
    cells: ["HR troops ruled_out"],
  },
  {
    phenomenon: "'no Slovak soldier will set foot in Ukraine': the country's own troops refused",
    text: "No Slovak soldier will set foot in Ukraine, Slovakia's prime minister told a rally in Nitra.",
    cells: ["SK troops ruled_out"],
  },
  {
    phenomenon: "a singular serviceman refused with 'should'",
    text: "Austria's defence minister said no Austrian serviceman should be deployed to Ukraine under any mandate.",
    cells: ["AT troops ruled_out"],
  },
  {
    phenomenon: "'no Croatian soldier was hurt' reports an event, no refusal",
    text: "No Croatian soldier was hurt in the drone strike near the base in Poland, Croatia's defence ministry said.",
    cells: [],
  },
  {
    phenomenon: "'will not exclude sending' is not ruling out, no refusal",
    text: "Norway will not exclude sending soldiers to Ukraine once a peace deal is signed, its foreign minister said.",
    cells: ["NO troops considering"],
  },
  {
    phenomenon: "'is not excluding anything' on troops is not ruling them out",
    text: "Asked about troops for Ukraine, Portugal's prime minister said his government was not excluding anything.",
    cells: ["PT troops considering"],
  },
  {
    phenomenon: "'won't exclude' a contribution of jets is not ruling it out",
    text: "Belgium won't exclude taking part in air policing over western Ukraine, Defence Minister Theo Francken said.",
    cells: ["BE air considering"],
  },
  {
    phenomenon: "a country excluded from talks is no stance on troops",
    text: "Hungary was excluded from the talks on troops for Ukraine, its foreign minister complained.",
    cells: [],
  },
];
