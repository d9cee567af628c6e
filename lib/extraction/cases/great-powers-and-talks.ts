import type { PhenomenonCase } from "./case";

/**
 * The great powers and the talks: Russia's rejections, the United States' part and its
 * backstop, China, Turkey and India, peace plans and what negotiators say.
 */
export const GREAT_POWERS_CASES: readonly PhenomenonCase[] = [
  {
    phenomenon: "Moscow rejects any Western force, for anyone",
    text: "Moscow will not accept the deployment of any Western troops in Ukraine under any flag, Kremlin spokesman Dmitry Peskov said.",
    cells: ["RU troops opposes"],
  },
  {
    phenomenon: "foreign forces called legitimate targets",
    text: "Russian Foreign Minister Sergei Lavrov said any foreign military contingent in Ukraine would be a legitimate target.",
    cells: ["RU troops opposes"],
  },
  {
    phenomenon: "an ally's deployment called unacceptable",
    text: "The Kremlin said on Thursday that stationing European peacekeepers in Ukraine was unacceptable.",
    cells: ["RU troops opposes"],
  },
  {
    phenomenon: "the US rules out its own troops",
    text: "Washington will not put American boots on the ground in Ukraine, US Defense Secretary Pete Hegseth told allies.",
    cells: ["US troops ruled_out"],
  },
  {
    phenomenon: "the US ready to back up a European force",
    text: "The United States is ready to provide a backstop for a European-led force in Ukraine, Secretary of State Marco Rubio said.",
    cells: ["US backstop committed"],
  },
  {
    phenomenon: "the US considers air support for the force",
    text: "Trump said the United States could provide air support to European troops deployed after a ceasefire.",
    cells: ["US air considering"],
  },
  {
    phenomenon: "a backstop under discussion",
    text: "A US security backstop for the coalition is still under discussion in Washington, a White House official said.",
    cells: ["US backstop considering"],
  },
  {
    phenomenon: "China's vague role is no position",
    text: "China is ready to play a constructive role in bringing peace to Ukraine, Foreign Minister Wang Yi said.",
    cells: [],
  },
  {
    phenomenon: "Turkey offers to lead Black Sea security",
    text: "Turkey is prepared to take charge of maritime security in the Black Sea once a ceasefire is in place, Foreign Minister Hakan Fidan said.",
    cells: ["TR maritime conditional"],
  },
  {
    phenomenon: "Turkey ready to send troops",
    text: "Ankara is ready to contribute troops to a peacekeeping force if one is formed, President Recep Tayyip Erdogan said.",
    cells: ["TR troops conditional"],
  },
  {
    phenomenon: "Russia opposes NATO guarantees for Ukraine",
    text: "Russia categorically rejects any Article 5-style guarantees for Kyiv, Deputy Foreign Minister Sergei Ryabkov said.",
    cells: ["RU article5 opposes"],
  },
  {
    phenomenon: "Russia's demand: no Western weapons",
    text: "Moscow demands that Western countries stop supplying weapons to Kyiv as a condition for any settlement.",
    cells: ["RU arms opposes"],
  },
  {
    phenomenon: "the US supports monitoring of a ceasefire",
    text: "The United States supports the idea of a ceasefire monitoring mission, Special Envoy Steve Witkoff said.",
    cells: ["US monitoring supports"],
  },
  {
    phenomenon: "the US will keep sharing intelligence",
    text: "The US will continue to share intelligence with Ukraine, CIA Director John Ratcliffe said.",
    cells: ["US intelligence committed"],
  },
  {
    phenomenon: "a peace plan's points are nobody's pledge until someone makes them",
    text: "The 28-point plan drafted in Washington foresees a ban on foreign troops in Ukraine.",
    cells: [],
  },
  {
    phenomenon: "India's neutrality is no position",
    text: "India has always been on the side of peace, Prime Minister Narendra Modi told Zelensky.",
    cells: [],
  },
  {
    phenomenon: "Ukraine wants a foreign force",
    text: "Zelensky said Ukraine needs European troops on its territory as part of any security guarantees.",
    cells: ["UA troops supports"],
  },
  {
    phenomenon: "Ukraine asks for air defence over its cities",
    text: "Ukraine wants allies to protect its skies with their own aircraft, Foreign Minister Andrii Sybiha said.",
    cells: ["UA air supports"],
  },
  {
    phenomenon: "Russia refuses troops named as foreign after the noun: opposes",
    text: "There can be no troops from Western countries in Ukraine after a settlement, Russian Deputy Foreign Minister Alexander Grushko said.",
    cells: ["RU troops opposes"],
  },
  {
    phenomenon: "Moscow's 'no soldiers of NATO member states' is an opposition",
    text: "No soldiers of NATO member states will be stationed on Ukrainian soil, the Russian Foreign Ministry said in a statement.",
    cells: ["RU troops opposes"],
  },
  {
    phenomenon: "a country's own troops named by their unit after the noun stay its refusal",
    text: "Germany will not send soldiers from its brigade in Lithuania to Ukraine, Defence Minister Boris Pistorius said.",
    cells: ["DE troops ruled_out"],
  },
  {
    phenomenon: "Russia expecting others' arms supplies to stop opposes them",
    text: "The Kremlin expects all Western arms supplies to Ukraine to stop once a ceasefire is signed, Peskov said.",
    cells: ["RU arms opposes"],
  },
  {
    phenomenon: "Russia wanting military aid halted opposes it",
    text: "Russia wants military aid to Kyiv halted before any talks on a settlement, Lavrov said.",
    cells: ["RU arms opposes"],
  },
  // Russia's warnings that a measure would be taken as hostile (`stance-word/viewing-as-a-threat`):
  // its opposition, whoever owns the ships, jets or troops and wherever they would be.
  {
    phenomenon: "a Russian embassy warns that a country's frigates would be regarded as participation in the war",
    text: "The Russian embassy in Copenhagen said Danish frigates sent to Ukrainian ports would be regarded as direct participation in the war.",
    cells: ["RU maritime opposes"],
  },
  {
    phenomenon: "jets over part of Ukraine seen as an act of war, the frame after",
    text: "Any NATO jets over eastern Ukraine would be seen as an act of war, the Kremlin said.",
    cells: ["RU air opposes"],
  },
  {
    phenomenon: "minehunters off another country's coast viewed as a threat, said by an ambassador",
    text: "Russia's ambassador in Bucharest warned that allied minehunters off the Romanian coast would be viewed as a military threat.",
    cells: ["RU maritime opposes"],
  },
  {
    phenomenon: "monitors considered as occupiers",
    text: "Moscow would consider European monitors along the contact line as occupiers, the Russian foreign ministry said.",
    cells: ["RU monitoring opposes"],
  },
  {
    phenomenon: "an embassy's warning that a country's troops would be targets",
    text: "The Russian embassy in Oslo said Norwegian troops in Ukraine would be legitimate targets.",
    cells: ["RU troops opposes"],
  },
  {
    phenomenon: "trap: seeing talks as a chance is no opposition",
    text: "Moscow sees the talks in Istanbul as a chance for peace, the Kremlin said.",
    cells: [],
  },
  {
    phenomenon: "a threat to shoot down others' jets over Ukraine opposes the air mission",
    text: "Any British planes over Ukraine will be shot down, the Russian Defence Ministry warned on Friday.",
    cells: ["RU air opposes"],
  },
  {
    phenomenon: "a threat to sink foreign warships opposes a naval presence",
    text: "Foreign warships entering the Black Sea to escort Ukrainian cargo would be sunk, Russian Security Council secretary Sergei Shoigu said.",
    cells: ["RU maritime opposes"],
  },
  // A warning that a measure would wreck relations (`stance-word/warning-of-damaged-relations`).
  {
    phenomenon: "a warning that another country's funding would poison relations",
    text: "The Kremlin said Japanese funding for Kyiv's army would poison relations with Tokyo.",
    cells: ["RU funding opposes"],
  },
  {
    phenomenon: "trap: damage denied is no warning",
    text: "Trade between the two countries would damage nobody, the minister said.",
    cells: [],
  },
  {
    phenomenon: "Moscow wanting foreign troops barred from Ukraine opposes them",
    text: "Moscow wants NATO troops barred from Ukrainian soil under any deal, Kremlin spokesman Dmitry Peskov said.",
    cells: ["RU troops opposes"],
  },
  {
    phenomenon: "a settlement that must keep Western forces out: Russia's opposition",
    gap: "an abstract subject ('Any agreement has to ...') under a Russian official's frame is read as no one's position",
    text: "Any agreement has to keep European forces out of Ukraine, Russian Deputy Foreign Minister Sergei Ryabkov insisted.",
    cells: ["RU troops opposes"],
  },
  {
    phenomenon: "a country keeping its own soldiers out rules its part out",
    text: "Poland will keep its soldiers out of Ukraine and guard its own border instead, Prime Minister Donald Tusk said.",
    cells: ["PL troops ruled_out"],
  },
  {
    phenomenon: "a country keeping its own soldiers out of Ukraine, with the leader as frame",
    text: "Hungary will keep its soldiers out of Ukraine whatever the coalition decides, Orban said.",
    cells: ["HU troops ruled_out"],
  },
  {
    phenomenon: "demanding that Western soldiers be barred from Ukraine opposes them",
    text: "The Kremlin demands that Western soldiers be barred from Ukraine under any peace deal.",
    cells: ["RU troops opposes"],
  },
  {
    phenomenon: "keeping Russian troops out of another country is no position on Ukraine",
    text: "For decades, the presence of NATO forces has kept Russian troops out of the Baltic states, the analyst wrote.",
    cells: [],
  },
];
