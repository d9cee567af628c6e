import type { PhenomenonCase } from "./case";

/**
 * The types read worst across outlets (air, maritime, intelligence, logistics, backstop,
 * article5), each under the many names news copy gives it, with the conventions' traps beside
 * them: delivered air-defence systems are arms, land demining is no maritime role, forces
 * stationed outside Ukraine are no troops, training abroad is training only, a consultation
 * clause is no article5, a hub inside Ukraine is logistics (and troops where forces go there).
 */
export const TYPE_PHRASING_CASES: readonly PhenomenonCase[] = [
  // ---- air ----
  {
    phenomenon: "air: an air shield, a decision being weighed",
    text: "Warsaw is weighing whether to join an air shield over western Ukraine, Deputy Prime Minister Wladyslaw Kosiniak-Kamysz said on Tuesday.",
    cells: ["PL air considering"],
  },
  {
    phenomenon: "air: a no-fly zone rejected for anyone",
    text: "The Kremlin said any no-fly zone over Ukraine enforced by Western aircraft would be unacceptable.",
    cells: ["RU air opposes"],
  },
  {
    phenomenon: "air: a no-fly zone, own part refused",
    text: "Germany will not take part in enforcing a no-fly zone over Ukraine, Defence Minister Boris Pistorius told reporters in Berlin.",
    cells: ["DE air ruled_out"],
  },
  {
    phenomenon: "air: fighter jets flying from Romania as the subject, with a condition",
    text: "Italian Eurofighters flying from Romania will patrol the skies over southern Ukraine once a ceasefire takes hold, Defence Minister Guido Crosetto said.",
    cells: ["IT air conditional | once a ceasefire takes hold"],
  },
  {
    phenomenon: "air: protecting Ukraine's skies with the country's own fighters, conditional",
    text: "Sweden is prepared to help protect Ukraine's skies with its own Gripen fighters after a peace agreement is signed, Prime Minister Ulf Kristersson said.",
    cells: ["SE air conditional | after a peace agreement is signed"],
  },
  {
    phenomenon: "air: a contribution that consists of combat air patrols flown from Poland",
    text: "Canada's contribution will consist mainly of combat air patrols flown from bases in Poland, Ottawa said on Friday.",
    cells: ["CA air committed"],
  },
  {
    phenomenon: "air trap: Patriot launchers handed over to protect Ukraine's skies are arms",
    text: "The Netherlands will hand over two more Patriot launchers to help Ukraine protect its skies, the Dutch defence ministry said.",
    cells: ["NL arms committed"],
  },
  {
    phenomenon: "air: backing a European air mission without a part of its own",
    text: "Lithuania backs a European air mission to protect Ukrainian skies, Foreign Minister Kestutis Budrys said.",
    cells: ["LT air supports"],
  },
  {
    phenomenon: "air: Ukraine asking partners to close its skies",
    text: "Volodymyr Zelensky called on European partners to help close Ukraine's skies with their own aircraft.",
    cells: ["UA air supports"],
  },

  // ---- troops placed outside Ukraine, their strength in a relative clause ----
  {
    phenomenon: "troops: a brigade in Lithuania whose strength a relative clause gives is no pledge",
    text: "The German brigade in Lithuania, which will number about 5,000 soldiers by 2027, remains the priority, the ministry said.",
    cells: [],
  },
  {
    phenomenon: "troops: a battlegroup in Latvia with its troops in a relative clause stays no pledge",
    text: "Canada's battlegroup in Latvia, which has about 2,000 troops, will stay there, Defence Minister David McGuinty said.",
    cells: [],
  },
  {
    phenomenon: "troops: a brigade sent to Ukraine, its strength in a relative clause, is a pledge",
    text: "Britain will send a brigade to Ukraine after a ceasefire, which would number about 5,000 soldiers, the prime minister said.",
    cells: ["GB troops conditional"],
  },
  {
    phenomenon: "troops: a mission named with a participle of what it does ('monitoring') is that task, no troops",
    text: "Austria will take part in a mission monitoring the ceasefire line in Ukraine, Chancellor Christian Stocker said.",
    cells: ["AT monitoring committed"],
  },
  {
    phenomenon: "troops: a mission 'training Ukrainian recruits' is training, no troops",
    text: "Ireland will contribute to a mission training Ukrainian recruits in Ireland, the Tánaiste said.",
    cells: ["IE training committed"],
  },
  {
    phenomenon: "troops: a mission in Ukraine with no task named is still troops",
    text: "Estonia will contribute to a mission in Ukraine after a ceasefire, Prime Minister Kristen Michal said.",
    cells: ["EE troops conditional | after a ceasefire"],
  },
  // ---- maritime ----
  {
    phenomenon: "maritime: securing the grain corridor after a ceasefire",
    text: "Turkey is ready to help secure the grain corridor from Odesa after a ceasefire, Foreign Minister Hakan Fidan said.",
    cells: ["TR maritime conditional | after a ceasefire"],
  },
  {
    phenomenon: "maritime: a Black Sea task force formed by three countries",
    text: "Romania, Bulgaria and Turkey have agreed to form a Black Sea task force to clear mines and protect commercial shipping.",
    cells: ["RO maritime committed", "BG maritime committed", "TR maritime committed"],
  },
  {
    phenomenon: "maritime: naval escorts not ruled out",
    text: "France has not ruled out providing naval escorts for merchant ships heading to Ukrainian ports, a navy spokesman said.",
    cells: ["FR maritime considering"],
  },
  {
    phenomenon: "maritime: ships for mine clearance at sea refused",
    text: "Greece will not send ships for mine clearance in the Black Sea, government spokesman Pavlos Marinakis said.",
    cells: ["GR maritime ruled_out"],
  },
  {
    phenomenon: "maritime trap: humanitarian demining of farmland",
    text: "Switzerland will spend 100 million francs on the humanitarian demining of farmland in Ukraine, the Federal Council said.",
    cells: [],
  },
  {
    phenomenon: "maritime: a multinational naval presence endorsed",
    text: "Bulgaria supports a multinational naval presence in the Black Sea to deter attacks on shipping, Prime Minister Rosen Zhelyazkov said.",
    cells: ["BG maritime supports"],
  },
  {
    phenomenon: "maritime: frigates protecting shipping lanes, subject to a vote",
    text: "Britain will send Royal Navy frigates to protect shipping lanes to Odesa, subject to a vote in Parliament, Defence Secretary John Healey said.",
    cells: ["GB maritime conditional | subject to a vote in Parliament"],
  },
  {
    phenomenon: "maritime: a mine-clearing mission 'there' after the sea was named in the sentence before",
    text: "The Turkish navy has the largest fleet in the Black Sea. Ankara is ready to lead a mine-clearing mission there after the fighting ends, a defence ministry source said.",
    cells: ["TR maritime conditional | after the fighting ends"],
    gap: "mine clearing needs the sea in its own sentence; 'there' after the Black Sea is not read",
  },

  {
    phenomenon: "maritime: frigates contributed to a reassurance force are no troops",
    text: "Norway will contribute two frigates to a reassurance force for Ukraine, Prime Minister Jonas Gahr Store said.",
    cells: ["NO maritime committed"],
  },
  {
    phenomenon: "maritime: joining the force with a ship and patrol aircraft, no troops",
    text: "Spain will join the multinational force with a frigate and two maritime patrol aircraft once a truce is agreed.",
    cells: ["ES maritime conditional | once a truce is agreed"],
  },
  {
    phenomenon: "troops: soldiers contributed beside ships are still troops",
    text: "Italy will contribute soldiers and two minehunters to the multinational force for Ukraine.",
    cells: ["IT troops committed", "IT maritime committed"],
  },
  {
    phenomenon: "troops: contributing to the force with no means named is troops",
    text: "Finland will contribute to the multinational force for Ukraine, President Alexander Stubb said.",
    cells: ["FI troops committed"],
  },
  // ---- intelligence ----
  {
    phenomenon: "intelligence: surveillance flights with the data passed to Kyiv",
    text: "Sweden will fly surveillance flights with its GlobalEye aircraft near Ukraine's borders and pass the data to Kyiv, the armed forces said.",
    cells: ["SE intelligence committed"],
  },
  {
    phenomenon: "intelligence: satellite imagery that could be shared under a condition",
    text: "Japan could share satellite imagery with Ukraine if legal obstacles are cleared, Defence Minister Gen Nakatani said.",
    cells: ["JP intelligence considering"],
  },
  {
    phenomenon: "intelligence: the flow of intelligence resumed",
    text: "Washington has resumed the flow of intelligence to Kyiv, including targeting data, the White House said.",
    cells: ["US intelligence committed"],
  },
  {
    phenomenon: "intelligence: ISR capabilities under examination",
    text: "Germany is examining whether it can provide ISR capabilities to the coalition, a government spokesman said.",
    cells: ["DE intelligence considering"],
  },
  {
    phenomenon: "intelligence: intelligence sharing stepped up, the speaker introduced the sentence before",
    text: "Norwegian Defence Minister Tore O. Sandvik met his Ukrainian counterpart in Oslo on Monday. Norway will step up intelligence sharing with Kyiv, including imagery from its own satellites, he said.",
    cells: ["NO intelligence committed"],
  },
  {
    phenomenon: "intelligence trap: a national intelligence service as the source of a forecast",
    text: "According to Estonian intelligence, Russia could rebuild its forces along the border within a year.",
    cells: [],
  },

  {
    phenomenon: "intelligence: reconnaissance named as a task beside training",
    text: "Belgium is ready to help Ukraine with training and with reconnaissance once the guns fall silent, Defence Minister Theo Francken said.",
    cells: ["BE training conditional", "BE intelligence conditional"],
  },
  {
    phenomenon: "intelligence: aerial reconnaissance offered to a mission",
    text: "Denmark has offered aerial reconnaissance to Ukraine once a ceasefire is signed.",
    cells: ["DK intelligence conditional | once a ceasefire is signed"],
  },
  {
    phenomenon: "intelligence: reconnaissance units are troops, not intelligence",
    text: "Lithuania will deploy reconnaissance units to Ukraine after a ceasefire, its defence minister said.",
    cells: ["LT troops conditional | after a ceasefire"],
  },
  {
    phenomenon: "intelligence: an enemy's reconnaissance groups are no one's pledge",
    text: "Russian reconnaissance groups tried to cross the border near Sumy overnight, Ukraine's border guard said.",
    cells: [],
  },
  // ---- logistics ----
  {
    phenomenon: "logistics and troops: a hub in Ukraine staffed by the country's soldiers",
    text: "Germany will set up a logistics hub in western Ukraine, staffed by around 200 German soldiers, Defence Minister Boris Pistorius said.",
    cells: ["DE logistics committed", "DE troops committed"],
  },
  {
    phenomenon: "logistics: a maintenance hub in Lviv, with no forces named",
    text: "The Netherlands will set up a maintenance hub in Lviv for Western-supplied equipment.",
    cells: ["NL logistics committed"],
  },
  {
    phenomenon: "logistics: supply lines kept open through a transit airport",
    text: "Poland will keep supply lines to Ukraine open and protect Rzeszow airport as the main transit point, President Karol Nawrocki said.",
    cells: ["PL logistics committed"],
  },
  {
    phenomenon: "logistics: staging areas that could be made available",
    text: "The Czech Republic could make staging areas available to the multinational force, the defence ministry said.",
    cells: ["CZ logistics considering"],
  },
  {
    phenomenon: "troops, not logistics: staff officers sent to the coalition's headquarters in Kyiv",
    text: "Belgium will send staff officers to the coalition's headquarters in Kyiv once a ceasefire is in place, Defence Minister Theo Francken said.",
    cells: ["BE troops conditional | once a ceasefire is in place"],
  },
  {
    phenomenon: "logistics: an air base outside Ukraine offered as a hub",
    text: "Romania has offered the Mihail Kogalniceanu air base as a logistics hub for the reassurance force.",
    cells: ["RO logistics committed"],
  },
  {
    phenomenon: "troops trap: soldiers sent to an ally's territory",
    text: "Portugal will send soldiers to Romania to reinforce NATO's eastern flank, the defence minister said.",
    cells: [],
  },
  {
    phenomenon: "training trap: training at the country's own ranges is training only",
    text: "Latvia will train Ukrainian drone operators at its ranges near Adazi, the defence ministry said.",
    cells: ["LV training committed"],
  },

  // ---- backstop ----
  {
    phenomenon: "backstop: American air cover as a backstop, only after a peace deal",
    text: "Donald Trump said the United States would provide air cover as a backstop for European troops, but only after a peace deal is signed.",
    cells: ["US backstop conditional", "US air conditional"],
  },
  {
    phenomenon: "backstop: US enablers wanted behind a European deployment",
    text: "Finland wants US enablers behind any European deployment in Ukraine, President Alexander Stubb said.",
    cells: ["FI backstop supports"],
  },
  {
    phenomenon: "backstop: open to providing a backstop, an anonymous official",
    text: "The White House is open to providing a backstop to the coalition, a senior administration official said.",
    cells: ["US backstop considering"],
  },
  {
    phenomenon: "backstop: refusing to be a safety net",
    text: "Washington will not act as a safety net for any European force in Ukraine, Vice President JD Vance said.",
    cells: ["US backstop ruled_out"],
  },

  // ---- article5 ----
  {
    phenomenon: "article5: legally binding security guarantees offered",
    text: "The United States is ready to offer Ukraine legally binding security guarantees to be approved by Congress, Secretary of State Marco Rubio said.",
    cells: ["US article5 committed"],
  },
  {
    phenomenon: "article5: a NATO-style mutual defence pledge under study",
    text: "Canada is studying a NATO-style mutual defence pledge for Ukraine, Prime Minister Mark Carney said.",
    cells: ["CA article5 considering"],
  },
  {
    phenomenon: "article5: an Article 5-style guarantee rejected for anyone",
    text: "Moscow rejects any Article 5-style guarantee for Ukraine, Kremlin spokesman Dmitry Peskov said.",
    cells: ["RU article5 opposes"],
  },
  {
    phenomenon: "article5 trap: talks within a day if attacked again",
    text: "If Russia attacks again, Denmark will convene talks with Kyiv within a day to agree on further steps, the security agreement says.",
    cells: [],
  },
  {
    phenomenon: "article5: never signing up to a mutual defence commitment",
    text: "Hungary will never sign up to a mutual defence commitment towards Ukraine, Viktor Orban said.",
    cells: ["HU article5 ruled_out"],
  },

  // ---- air over Ukraine, and bases that host training ----
  {
    phenomenon: "air: jets named by their model flying over Ukraine are air, not arms",
    text: "Swedish Gripen fighters could patrol over eastern Ukraine once a truce is agreed, Prime Minister Ulf Kristersson said.",
    cells: ["SE air considering"],
  },
  {
    phenomenon: "air: warplanes over Kyiv after a ceasefire",
    text: "Norway will have warplanes over Kyiv within days of a ceasefire, its defence minister said.",
    cells: ["NO air committed"],
  },
  {
    phenomenon: "air trap: jets named by their model delivered to Ukraine stay arms",
    text: "Belgium will deliver its last F-16 jets to Ukraine before the summer, Defence Minister Theo Francken said.",
    cells: ["BE arms committed"],
  },
  {
    phenomenon: "training trap: Ukrainian soldiers trained at the country's own bases are no logistics",
    text: "Latvia will go on training Ukrainian sappers at its bases near Adazi, the defence ministry said.",
    cells: ["LV training committed"],
  },
  // Keeping watch over Ukraine's skies is air policing (`air/protecting-the-skies`).
  {
    phenomenon: "air: jets that will help keep watch over the skies of western Ukraine, once a truce is signed",
    text: "Norwegian F-35s will help keep watch over the skies of western Ukraine once a truce is signed, Oslo said.",
    cells: ["NO air conditional | once a truce is signed"],
  },
  {
    phenomenon: "trap: fighters keeping watch over their own country's airspace are no air role over Ukraine",
    text: "Romania's fighters keep watch over Romanian airspace along the Danube.",
    cells: [],
  },
  // Officers with no qualifier sent to a headquarters, a command or a force are troops where it
  // is in Ukraine (`troops/officers-sent`); elsewhere they are not.
  {
    phenomenon: "troops: a handful of officers seconded to a command in Kyiv",
    text: "Croatia could second a handful of officers to the multinational command in Kyiv, its defence minister said.",
    cells: ["HR troops considering"],
  },
  {
    phenomenon: "trap: officers sent to a headquarters in Paris are no troops in Ukraine",
    text: "Slovenia will send a few officers to the coalition headquarters in Paris.",
    cells: [],
  },
  {
    phenomenon: "troops: personnel on the ground",
    text: "Finland would have personnel on the ground within a month of a ceasefire, President Alexander Stubb said.",
    cells: ["FI troops committed"],
  },
  {
    phenomenon: "troops trap: a warring side's forces on the ground are no pledge",
    text: "Ukrainian forces on the ground are holding the line near Pokrovsk, the general staff said.",
    cells: [],
  },
  {
    phenomenon: "intelligence: relayed or passed to Kyiv",
    text: "Britain will keep relaying battlefield intelligence to Ukraine after a ceasefire, the defence secretary said.",
    cells: ["GB intelligence conditional | after a ceasefire"],
  },
  {
    phenomenon: "intelligence trap: a committee passed, officers sent",
    text: "The bill passed the intelligence committee on Tuesday, and Denmark sent intelligence officers to a NATO conference in Riga.",
    cells: [],
  },
  // Information or data shared with Ukraine is intelligence (`intelligence/intelligence-sharing`);
  // shared with another country it is not.
  {
    phenomenon: "intelligence: information shared with Ukraine on an enemy's soldiers",
    text: "South Korea will share information with Ukraine on North Korean soldiers.",
    cells: ["KR intelligence committed"],
  },
  {
    phenomenon: "intelligence: battlefield data shared with Kyiv, kept up",
    text: "Lithuania will keep sharing battlefield data with Kyiv on Russian air defences, its defence minister said.",
    cells: ["LT intelligence committed"],
  },
  {
    phenomenon: "trap: information shared with another country is no intelligence for Ukraine",
    text: "Estonia shared information with Finland on the cable incident.",
    cells: [],
  },
];
