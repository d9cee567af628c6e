import type { PhenomenonCase } from "./case";

/**
 * Misreads noticed in the last session and left open, each as a phenomenon with its own
 * phrasings and the counter-examples that must stay as they are: two clauses joined by a bare
 * "and", skepticism about a measure ("questioned the need for"), joining the coalition, the
 * institutions that stand for a country, capitals as metonyms, land demining referred to by
 * "there", the type in a "with" phrase, and the transit of troops.
 */
export const NOTICED_MISREADS_CASES: readonly PhenomenonCase[] = [
  // --- 1. Two clauses joined by "and" without a comma, each with its own subject ---
  {
    phenomenon: "bare 'and' between two clauses: each subject keeps its own type",
    text: "Norway will deliver artillery shells and Poland will share intelligence with Kyiv.",
    cells: ["NO arms committed", "PL intelligence committed"],
  },
  {
    phenomenon: "bare 'and' between two clauses: a pledge, then another country weighing",
    text: "Estonia will send instructors to Ukraine and Latvia is considering sending minehunters to the Black Sea.",
    cells: ["EE training committed", "LV maritime considering"],
  },
  {
    phenomenon: "bare 'and' between two clauses: training, then air-defence systems",
    text: "Sweden will train Ukrainian pilots and Finland will provide air-defence systems, the two governments said.",
    cells: ["SE training committed", "FI arms committed"],
  },
  {
    phenomenon: "bare 'and' between two clauses: money for drones, then a hedge",
    text: "Canada has pledged 500 million dollars for drones for Ukraine and Australia could send military trainers to Britain.",
    cells: ["CA arms committed", "AU training considering"],
  },
  {
    phenomenon: "counter-example: a coordinated subject before one verb stays one clause",
    text: "Britain and France will send troops to Ukraine once a ceasefire is signed.",
    cells: ["GB troops conditional | once a ceasefire is signed", "FR troops conditional | once a ceasefire is signed"],
  },
  {
    phenomenon: "counter-example: a second predicate of the same subject after a bare 'and'",
    text: "Spain will train Ukrainian pilots and fund demining in the Black Sea.",
    cells: ["ES training committed", "ES maritime committed"],
  },

  // --- 2. Skepticism: "questioned / doubted the need for" ---
  // Doubting that a measure is needed at all rejects it for anyone: opposes. Doubting the need
  // for one's own soldiers is no exclusion of them (ruled_out needs the text to exclude the
  // country's own part), so it is no position unless the sentence goes on to exclude it.
  {
    phenomenon: "skepticism: questioned the need for foreign troops is opposing them",
    text: "Hungary questioned the need for foreign troops in Ukraine, Foreign Minister Peter Szijjarto said.",
    cells: ["HU troops opposes"],
  },
  {
    phenomenon: "skepticism: doubted the need for a monitoring mission",
    text: "Russian Foreign Minister Sergei Lavrov doubted the need for any Western monitoring mission in Ukraine.",
    cells: ["RU monitoring opposes"],
  },
  {
    phenomenon: "skepticism: has questioned the need for a reassurance force",
    text: "Turkey has questioned the need for a European reassurance force in Ukraine.",
    cells: ["TR troops opposes"],
  },
  {
    phenomenon: "skepticism: questioned whether a foreign force was needed at all",
    text: "Slovak Prime Minister Robert Fico questioned whether a foreign force in Ukraine was needed at all.",
    cells: ["SK troops opposes"],
  },
  {
    phenomenon: "skepticism about the country's own soldiers, without excluding them, is no position",
    text: "Bulgaria's defence minister questioned the need for Bulgarian soldiers in any mission in Ukraine.",
    cells: [],
  },
  {
    phenomenon: "skepticism followed by an exclusion of its own part: ruled_out",
    text: "Bulgaria questioned the need for its own soldiers in Ukraine and said it would not send any.",
    cells: ["BG troops ruled_out"],
  },
  {
    phenomenon: "counter-example: stressing the need for a measure is still supporting it",
    text: "Poland stressed the need for a strong air shield over Ukraine, Prime Minister Donald Tusk said.",
    cells: ["PL air supports"],
  },

  // --- 3. Joining the coalition names no type of its own ---
  {
    phenomenon: "joining the coalition of the willing names no commitment",
    text: "Portugal will join the coalition of the willing, Prime Minister Luis Montenegro said.",
    cells: [],
  },
  {
    phenomenon: "has joined the coalition: no commitment",
    text: "Ireland has joined the coalition of the willing, the government in Dublin said on Monday.",
    cells: [],
  },
  {
    phenomenon: "joining the coalition and saying what it will give: that type only",
    text: "Croatia will join the coalition and send two helicopters for ceasefire monitoring.",
    cells: ["HR monitoring committed"],
  },
  {
    phenomenon: "joining the coalition without soldiers: its own troops ruled out",
    text: "Iceland will join the coalition of the willing but will not contribute soldiers, Prime Minister Kristrun Frostadottir said.",
    cells: ["IS troops ruled_out"],
  },
  {
    phenomenon: "joining the coalition by sharing intelligence",
    text: "Japan said it would join the coalition by sharing satellite intelligence with Kyiv.",
    cells: ["JP intelligence committed"],
  },

  // --- 4. Institutions that stand for a country ---
  {
    phenomenon: "the Pentagon alone is the United States",
    text: "The Pentagon will share intelligence with Ukraine on Russian troop movements.",
    cells: ["US intelligence committed"],
  },
  {
    phenomenon: "the Treasury with its country named: the British Treasury",
    text: "The British Treasury will provide 2 billion pounds for Ukraine's armed forces.",
    cells: ["GB funding committed"],
  },
  {
    phenomenon: "the Treasury with no country in the article gives no country",
    text: "The Treasury will provide 2 billion pounds for Ukraine's armed forces.",
    cells: [],
  },
  {
    phenomenon: "the Treasury whose secretary names the country",
    text: "The Treasury will provide funding for Ukraine's armed forces, the US Treasury Secretary said.",
    cells: ["US funding committed"],
  },
  {
    phenomenon: "the Chancellery with its capital: the Chancellery in Berlin",
    text: "The Chancellery in Berlin ruled out sending troops to Ukraine.",
    cells: ["DE troops ruled_out"],
  },
  {
    phenomenon: "the German Chancellery",
    text: "The German Chancellery ruled out any deployment of soldiers to Ukraine this year.",
    cells: ["DE troops ruled_out"],
  },
  {
    phenomenon: "the Chancellery alone is ambiguous (Berlin, Vienna): no country",
    text: "The Chancellery ruled out sending troops to Ukraine.",
    cells: [],
  },
  {
    phenomenon: "the Elysee is France",
    text: "The Elysee ruled out sending ground troops to Ukraine, a spokesperson said.",
    cells: ["FR troops ruled_out"],
  },

  // --- 5. Capitals as metonyms ---
  {
    phenomenon: "capitals: Paris and Berlin",
    text: "Paris and Berlin ruled out sending troops to Ukraine while the fighting goes on.",
    cells: ["FR troops ruled_out", "DE troops ruled_out"],
  },
  {
    phenomenon: "capitals: The Hague and Brussels are two governments, not the EU",
    text: "The Hague and Brussels will fund weapons for Ukraine, the two governments said.",
    cells: ["NL arms committed", "BE arms committed"],
  },
  {
    phenomenon: "capitals: Brussels and The Hague, Brussels first",
    text: "Brussels and The Hague agreed to provide F-16 training for Ukrainian pilots.",
    cells: ["BE training committed", "NL training committed"],
  },
  {
    phenomenon: "counter-example: Brussels beside a capital outside the Union stays the EU",
    text: "Washington and Brussels will keep funding Ukraine's armed forces next year.",
    cells: ["US funding committed", "EU funding committed"],
  },
  {
    phenomenon: "capitals: an office placed in a capital is that capital's government",
    text: "The Defence Ministry in Oslo will send two minehunters to the Black Sea.",
    cells: ["NO maritime committed"],
  },
  {
    phenomenon: "capitals: Warsaw alone",
    text: "Warsaw will host a logistics hub for the multinational force near the border.",
    cells: ["PL logistics committed"],
  },
  {
    phenomenon: "counter-example: Brussels alone on EU money is the EU",
    text: "Brussels will provide 5 billion euros for Ukraine's armed forces, the European Commission said.",
    cells: ["EU funding committed"],
  },

  // --- 6. Land demining referred to by "there" in the next sentence ---
  {
    phenomenon: "land demining: deminers deployed 'there' after a region named",
    text: "Croatia will help Ukraine clear mines in the Kharkiv region. Croatian deminers will be deployed there.",
    cells: [],
  },
  {
    phenomenon: "land demining: a team sent 'there' after a town named",
    text: "Lithuania has pledged to clear mines near Chernihiv. It will send a demining team there in May.",
    cells: [],
  },
  {
    phenomenon: "land demining: fields, then machines sent there",
    text: "Japan will fund the clearing of mines from fields in the Kherson region. It will also send demining machines there.",
    cells: [],
  },
  {
    phenomenon: "land demining: roads around a town, then teams working there",
    text: "Norway will lead demining around Izium. Norwegian teams will work there to clear mines from the roads.",
    cells: [],
  },
  {
    phenomenon: "counter-example: demining at sea, then minehunters deployed there",
    text: "The Netherlands will help clear mines in the Black Sea. Dutch minehunters will be deployed there next year.",
    cells: ["NL maritime committed"],
  },

  // --- 7. The type in a "with" phrase ---
  {
    phenomenon: "with-phrase: support the coalition with intelligence",
    text: "Bulgaria will support the coalition with intelligence, Defence Minister Atanas Zapryanov said.",
    cells: ["BG intelligence committed"],
  },
  {
    phenomenon: "with-phrase: back the force with air cover",
    text: "Belgium will back the force with air cover over western Ukraine.",
    cells: ["BE air committed"],
  },
  {
    phenomenon: "with-phrase: could support the force with naval escorts",
    text: "Greece could support the force with naval escorts in the Black Sea.",
    cells: ["GR maritime considering"],
  },
  {
    phenomenon: "with-phrase: two types, airlift and intelligence",
    text: "Romania is ready to back the mission with airlift and intelligence.",
    cells: ["RO logistics committed", "RO intelligence committed"],
  },
  {
    phenomenon: "with-phrase: might support the reassurance force with jets for air policing",
    text: "Denmark might support the reassurance force with F-16s for air policing, Prime Minister Mette Frederiksen said.",
    cells: ["DK air considering"],
  },

  // --- 8. Transit of troops is logistics ---
  {
    phenomenon: "transit: allowing troops to transit is logistics, not the country's troops",
    text: "Poland will allow troops to transit through its territory.",
    cells: ["PL logistics committed"],
  },
  {
    phenomenon: "transit: agreed to the transit of troops",
    text: "Slovakia agreed to the transit of coalition troops across its territory, the government in Bratislava said.",
    cells: ["SK logistics committed"],
  },
  {
    phenomenon: "transit of weapons for Ukraine is logistics too",
    text: "Moldova will allow weapons for Ukraine to transit through its territory.",
    cells: ["MD logistics committed"],
  },
  {
    phenomenon: "transit refused: own logistics ruled out",
    text: "Austria refused the transit of foreign troops through its territory, citing its neutrality.",
    cells: ["AT logistics ruled_out"],
  },
  {
    phenomenon: "transit through its own territory refused: ruled_out",
    text: "Hungary will not allow weapons for Ukraine to pass through its territory, Foreign Minister Peter Szijjarto said.",
    cells: ["HU logistics ruled_out"],
  },
  {
    phenomenon: "transit considered",
    text: "Czechia could allow coalition troops to transit through its territory, Prime Minister Andrej Babis said.",
    cells: ["CZ logistics considering"],
  },
  {
    phenomenon: "counter-example: sending its own troops and letting equipment transit",
    text: "Romania will send troops to Ukraine and allow allied equipment to transit through Constanta.",
    cells: ["RO troops committed", "RO logistics committed"],
  },
];
