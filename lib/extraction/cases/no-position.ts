import type { PhenomenonCase } from "./case";

/**
 * News about the war that holds no position on guarantees: battlefield reports, a country's
 * own defence, exercises, sanctions, history, politics at home. Everything here must stay empty,
 * however many commitment words it holds.
 */
export const NO_POSITION_CASES: readonly PhenomenonCase[] = [
  {
    phenomenon: "a battlefield report with troops and air defence",
    text: "Russian troops advanced near Pokrovsk overnight, while Ukrainian air defence shot down 40 of 55 drones, the General Staff said.",
    cells: [],
  },
  {
    phenomenon: "a country's own procurement",
    text: "Germany has ordered 100 Leopard tanks for its own army, Defence Minister Boris Pistorius said on Wednesday.",
    cells: [],
  },
  {
    phenomenon: "jets scrambled over an ally's own territory",
    text: "Polish and allied jets were scrambled early on Sunday after Russian missiles struck western Ukraine, the Polish army said.",
    cells: [],
  },
  {
    phenomenon: "an exercise on NATO's own territory",
    text: "Some 4,000 Swedish and Finnish soldiers took part in a winter exercise in northern Norway this week.",
    cells: [],
  },
  {
    phenomenon: "sanctions are no guarantee",
    text: "The European Union adopted its 19th package of sanctions against Russia on Friday, targeting its shadow fleet of oil tankers.",
    cells: [],
  },
  {
    phenomenon: "history of the war",
    text: "In 2022, Britain was the first European country to send anti-tank weapons to Ukraine before the full-scale invasion began.",
    cells: [],
  },
  {
    phenomenon: "a casualty report",
    text: "Two Ukrainian soldiers were killed and five wounded in a Russian strike on a training ground in Dnipropetrovsk region.",
    cells: [],
  },
  {
    phenomenon: "a poll about troops",
    text: "A poll published on Monday found that 58 percent of Germans oppose sending soldiers to Ukraine.",
    cells: [],
  },
  {
    phenomenon: "an analyst's view",
    text: "Any European force would need American air cover to be credible, said Anna Berg, a researcher at a Stockholm think tank.",
    cells: [],
  },
  {
    phenomenon: "the opposition's demand",
    text: "The opposition leader urged the government to send more air-defence systems to Ukraine without delay.",
    cells: [],
  },
  {
    phenomenon: "energy and reconstruction talks",
    text: "Ministers met in Rome to discuss repairing Ukraine's power grid before winter and attracting private investment.",
    cells: [],
  },
  {
    phenomenon: "a question put by a journalist",
    text: "Asked whether Spain would send troops, the reporter received no answer before the press conference ended.",
    cells: [],
  },
  {
    phenomenon: "Russia's own forces and weapons",
    text: "Russia has moved additional air-defence systems and warships to Crimea, satellite images showed.",
    cells: [],
  },
  {
    phenomenon: "a domestic defence budget",
    text: "Lithuania will raise its defence spending to 5 percent of GDP next year to build a new brigade, the government said.",
    cells: [],
  },
  {
    phenomenon: "a meeting held, nothing pledged",
    text: "Defence ministers of the coalition met at NATO headquarters in Brussels on Thursday to discuss the situation on the front.",
    cells: [],
  },
  {
    phenomenon: "a former official's opinion",
    text: "Former NATO Secretary General Anders Fogh Rasmussen said Europe should send troops to western Ukraine now.",
    cells: [],
  },
  {
    phenomenon: "a court case on arms exports",
    text: "A Dutch court ordered the government to halt exports of F-35 parts to Israel, a ruling unrelated to Ukraine.",
    cells: [],
  },
  {
    phenomenon: "refugees and schools",
    text: "Ireland will extend temporary protection for Ukrainian refugees until 2027, the justice minister said.",
    cells: [],
  },
  {
    phenomenon: "a weapons factory in the producer's own country",
    text: "Rheinmetall opened a new ammunition plant in Lower Saxony that will supply the German army from next year.",
    cells: [],
  },
  {
    phenomenon: "Ukraine's own forces trained at home",
    text: "Ukraine's army has trained 30 new brigades this year, Commander-in-Chief Oleksandr Syrskyi said.",
    cells: [],
  },
  {
    phenomenon: "a peace summit's venue",
    text: "Switzerland offered to host the next round of talks between the two delegations in Geneva.",
    cells: [],
  },
  {
    phenomenon: "elections and coalition politics",
    text: "The Czech president asked the winner of the election to form a government by the end of the month.",
    cells: [],
  },
];
