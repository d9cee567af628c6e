import type { PhenomenonCase } from "./case";

/** Commitment types named in other words: each type's vocabulary, nominalisations and verbs. */
export const TYPES_CASES: readonly PhenomenonCase[] = [
  // ---- troops ----
  {
    phenomenon: "troops: a reassurance contingent",
    text: "France is ready to send a reassurance contingent to Ukraine, the Elysee said on Monday.",
    cells: ["FR troops committed"],
  },
  {
    phenomenon: "troops: boots on the ground",
    text: "Britain will put boots on the ground in Ukraine to deter a new invasion, Downing Street said.",
    cells: ["GB troops committed"],
  },
  {
    phenomenon: "troops: peacekeepers, plural noun",
    text: "The Netherlands has pledged peacekeepers for a post-war mission in Ukraine.",
    cells: ["NL troops committed"],
  },
  {
    phenomenon: "troops: a stabilisation force, British spelling",
    text: "Belgium will contribute to a stabilisation force in Ukraine, its defence minister said.",
    cells: ["BE troops committed"],
  },
  {
    phenomenon: "troops: a stabilization force, American spelling",
    text: "Canada is prepared to join a stabilization force in Ukraine.",
    cells: ["CA troops committed"],
  },
  {
    phenomenon: "troops: a platoon offered",
    text: "Lithuania offered to send a platoon to Ukraine as part of the coalition.",
    cells: ["LT troops committed"],
  },
  {
    phenomenon: "troops: a detachment of engineers",
    text: "The Czech Republic could contribute a detachment of military engineers to the mission in Ukraine.",
    cells: ["CZ troops considering"],
  },
  {
    phenomenon: "troops: stationing soldiers, considering",
    text: "Sweden would consider stationing soldiers in Ukraine after a peace deal, Prime Minister Ulf Kristersson said.",
    cells: ["SE troops considering"],
  },
  {
    phenomenon: "troops: servicewomen and servicemen",
    text: "Denmark will deploy servicewomen and servicemen to the multinational force in Ukraine.",
    cells: ["DK troops committed"],
  },
  {
    phenomenon: "troops: a ground presence, refused",
    text: "Romania will not send a military contingent to Ukraine, President Nicusor Dan said.",
    cells: ["RO troops ruled_out"],
  },
  {
    phenomenon: "troops: a peacekeeping deployment nominalised",
    text: "A peacekeeping deployment by Portugal is possible, Lisbon's foreign minister said.",
    cells: ["PT troops considering"],
    gap: "a deployment owned by 'by Portugal' as the subject of 'is possible' is read as a view (supports), not the owner's considering",
  },
  {
    phenomenon: "troops: ground forces offered",
    text: "Australia has offered ground forces for the coalition in Ukraine.",
    cells: ["AU troops committed"],
  },
  {
    phenomenon: "troops: a battalion-sized unit, open to it",
    text: "Finland is open to deploying a battalion-sized unit to Ukraine.",
    cells: ["FI troops considering"],
  },
  {
    phenomenon: "troops: military personnel on Ukrainian soil",
    text: "Estonia is ready to station military personnel on Ukrainian soil, Prime Minister Kristen Michal said.",
    cells: ["EE troops committed"],
  },
  {
    phenomenon: "troops trap: troops moved to a NATO ally",
    text: "Germany will station a combat brigade in Lithuania by 2027.",
    cells: [],
  },
  {
    phenomenon: "troops trap: Russia's own troops",
    text: "Russia has massed troops along the border with Ukraine, the ministry said.",
    cells: [],
  },
  {
    phenomenon: "troops trap: Ukraine's own army",
    text: "Ukraine's army now has more than 800,000 soldiers under arms.",
    cells: [],
  },
  {
    phenomenon: "troops trap: soldiers kept at home",
    text: "Hungary's soldiers will stay at home to guard the Hungarian border, Viktor Orban said.",
    cells: [],
  },

  // ---- monitoring ----
  {
    phenomenon: "monitoring: help monitor a ceasefire",
    text: "Switzerland will help monitor a ceasefire along the front line.",
    cells: ["CH monitoring committed"],
  },
  {
    phenomenon: "monitoring: observers for a verification mission",
    text: "Austria has offered observers for a truce verification mission.",
    cells: ["AT monitoring committed"],
  },
  {
    phenomenon: "monitoring: overseeing the truce",
    text: "Brazil could take part in overseeing the truce between Russia and Ukraine.",
    cells: ["BR monitoring considering"],
  },
  {
    phenomenon: "monitoring: supervising the ceasefire",
    text: "India is ready to help supervise the ceasefire, its foreign ministry said.",
    cells: ["IN monitoring committed"],
  },
  {
    phenomenon: "monitoring: monitors sent",
    text: "Ireland will send monitors to watch over the armistice line.",
    cells: ["IE monitoring committed"],
  },
  {
    phenomenon: "monitoring: a monitoring mechanism joined",
    text: "Norway will join a ceasefire-monitoring mechanism led by the OSCE.",
    cells: ["NO monitoring committed"],
  },
  {
    phenomenon: "monitoring: keeping watch over the ceasefire line",
    text: "Turkey said it was ready to keep watch over the ceasefire line.",
    cells: ["TR monitoring committed"],
  },
  {
    phenomenon: "monitoring trap: monitoring the situation",
    text: "The Japanese foreign ministry is monitoring the situation closely.",
    cells: [],
  },

  // ---- article5 ----
  {
    phenomenon: "article5: collective defence commitments akin to Article 5",
    text: "Italy backs collective defence commitments akin to Article 5 for Ukraine, Giorgia Meloni said.",
    cells: ["IT article5 supports"],
  },
  {
    phenomenon: "article5: an Article 5-type guarantee",
    text: "France supports an Article 5-type guarantee for Kyiv.",
    cells: ["FR article5 supports"],
  },
  {
    phenomenon: "article5: a mutual-defence clause, hyphenated",
    text: "Germany favours a mutual-defence clause for Ukraine, Chancellor Friedrich Merz said.",
    cells: ["DE article5 supports"],
  },
  {
    phenomenon: "article5: NATO-style security guarantees",
    text: "Poland supports NATO-style security guarantees for Ukraine.",
    cells: ["PL article5 supports"],
  },
  {
    phenomenon: "article5: coming to Ukraine's aid against an attack",
    text: "Britain has pledged to come to Ukraine's aid against any future Russian attack, the prime minister said.",
    cells: ["GB article5 committed"],
  },
  {
    phenomenon: "article5: an attack on Ukraine treated as an attack on all",
    text: "Lithuania supports a guarantee under which an attack on Ukraine would be treated as an attack on all.",
    cells: ["LT article5 supports"],
  },
  {
    phenomenon: "article5 trap: a consultation clause",
    text: "The United States pledged to consult Ukraine within 24 hours of any new attack.",
    cells: [],
  },

  // ---- air ----
  {
    phenomenon: "air: jets to police the airspace",
    text: "France will contribute fighter jets to police Ukraine's airspace.",
    cells: ["FR air committed"],
  },
  {
    phenomenon: "air: air policing, considering",
    text: "Sweden could provide air policing over western Ukraine.",
    cells: ["SE air considering"],
  },
  {
    phenomenon: "air: a protective air umbrella",
    text: "Spain is ready to help establish a protective air umbrella over Ukraine.",
    cells: ["ES air committed"],
  },
  {
    phenomenon: "air: combat air patrols",
    text: "The Netherlands will fly combat air patrols over Ukraine.",
    cells: ["NL air committed"],
  },
  {
    phenomenon: "air: an air-defence shield over the cities",
    text: "Denmark has offered to contribute to an air-defence shield over Ukrainian cities.",
    cells: ["DK air committed"],
  },
  {
    phenomenon: "air: shooting down drones over Ukraine",
    text: "Poland is ready to shoot down Russian drones over western Ukraine.",
    cells: ["PL air committed"],
  },
  {
    phenomenon: "air: intercepting missiles over Ukraine",
    text: "Romania will help intercept missiles over Ukrainian territory, Bucharest said.",
    cells: ["RO air committed"],
  },
  {
    phenomenon: "air trap: air-defence systems delivered are arms",
    text: "Italy will send two more SAMP/T air-defence systems to Ukraine.",
    cells: ["IT arms committed"],
  },
  {
    phenomenon: "air trap: air-defence deliveries are arms",
    text: "Germany pledged further air-defence deliveries to Ukraine this winter.",
    cells: ["DE arms committed"],
  },

  // ---- maritime ----
  {
    phenomenon: "maritime: minesweepers and shipping lanes",
    text: "Turkey will deploy minesweepers to keep shipping lanes open in the Black Sea.",
    cells: ["TR maritime committed"],
  },
  {
    phenomenon: "maritime: mine countermeasures",
    text: "Romania and Bulgaria will lead mine countermeasures off the Ukrainian coast.",
    cells: ["RO maritime committed", "BG maritime committed"],
  },
  {
    phenomenon: "maritime: Royal Navy ships escorting",
    text: "Britain is ready to send Royal Navy ships to escort grain vessels from Odesa.",
    cells: ["GB maritime committed"],
  },
  {
    phenomenon: "maritime: a minehunter, singular",
    text: "Belgium could contribute a minehunter to the mission.",
    cells: ["BE maritime considering"],
  },
  {
    phenomenon: "maritime: clearing sea mines from ports",
    text: "The Netherlands will help clear sea mines from Ukrainian ports.",
    cells: ["NL maritime committed"],
  },
  {
    phenomenon: "maritime: freedom of navigation",
    text: "France will help safeguard freedom of navigation off Odesa, the French navy chief said.",
    cells: ["FR maritime committed"],
  },
  {
    phenomenon: "maritime: escorting merchant convoys",
    text: "Greece is prepared to escort merchant convoys to Ukrainian ports.",
    cells: ["GR maritime committed"],
  },
  {
    phenomenon: "maritime trap: demining on land",
    text: "Norway will fund the clearance of landmines in the Kharkiv region.",
    cells: [],
  },

  // ---- training ----
  {
    phenomenon: "training: air-defence crews trained",
    text: "Germany will train Ukrainian air-defence crews in Bavaria.",
    cells: ["DE training committed"],
  },
  {
    phenomenon: "training: a training mission hosted",
    text: "Lithuania will host a training mission for Ukrainian recruits.",
    cells: ["LT training committed"],
  },
  {
    phenomenon: "training: instructing soldiers",
    text: "Canada will keep instructing Ukrainian soldiers under Operation Unifier.",
    cells: ["CA training committed"],
  },
  {
    phenomenon: "training: military instruction",
    text: "Denmark will provide military instruction to Ukrainian units.",
    cells: ["DK training committed"],
  },
  {
    phenomenon: "training: training centres inside Ukraine",
    text: "France could set up training centres inside Ukraine.",
    cells: ["FR training considering"],
  },
  {
    phenomenon: "training: train and equip",
    text: "Sweden will train and equip two Ukrainian brigades.",
    cells: ["SE training committed", "SE arms committed"],
  },
  {
    phenomenon: "training: drilling recruits",
    text: "Poland will drill Ukrainian recruits at its ranges.",
    cells: ["PL training committed"],
  },
  {
    phenomenon: "training trap: Ukraine's troops training",
    text: "Ukrainian troops are training for the spring campaign.",
    cells: [],
  },

  // ---- arms ----
  {
    phenomenon: "arms: ammunition",
    text: "Norway will send more ammunition to Ukraine.",
    cells: ["NO arms committed"],
  },
  {
    phenomenon: "arms: MLRS and HIMARS launchers",
    text: "The United States approved the delivery of HIMARS and MLRS launchers to Ukraine.",
    cells: ["US arms committed"],
  },
  {
    phenomenon: "arms: armoured personnel carriers",
    text: "Portugal will donate armoured personnel carriers to Ukraine.",
    cells: ["PT arms committed"],
  },
  {
    phenomenon: "arms: electronic-warfare equipment and anti-drone systems",
    text: "Latvia will give Ukraine anti-drone systems and electronic warfare equipment.",
    cells: ["LV arms committed"],
  },
  {
    phenomenon: "arms: a military aid package with an amount",
    text: "Sweden announced a new military aid package for Ukraine worth 1.5 billion kronor.",
    cells: ["SE arms committed"],
  },
  {
    phenomenon: "arms: IADS components",
    text: "Spain will supply IADS components to Ukraine.",
    cells: ["ES arms committed"],
  },
  {
    phenomenon: "arms: Ukraine's defence industry",
    text: "Italy will invest in Ukraine's defence industry.",
    cells: ["IT arms committed"],
  },
  {
    phenomenon: "arms: infantry fighting vehicles",
    text: "Greece is ready to hand over infantry fighting vehicles to Kyiv.",
    cells: ["GR arms committed"],
  },
  {
    phenomenon: "arms: mortar rounds",
    text: "Finland will ship mortar rounds to Ukraine next month.",
    cells: ["FI arms committed"],
  },
  {
    phenomenon: "arms trap: missiles fired by Russia",
    text: "Russia fired missiles at Kyiv overnight.",
    cells: [],
  },
  {
    phenomenon: "arms trap: tanks for a country's own army",
    text: "Poland is buying tanks for its own army.",
    cells: [],
  },

  // ---- funding ----
  {
    phenomenon: "funding: a fund for Ukraine's armed forces",
    text: "Norway will put 5 billion kroner into a fund for Ukraine's armed forces.",
    cells: ["NO funding committed"],
  },
  {
    phenomenon: "funding: a loan for Ukraine's military needs",
    text: "Japan will extend a loan to cover Ukraine's military needs.",
    cells: ["JP funding committed"],
  },
  {
    phenomenon: "funding: Ukraine's defence budget",
    text: "Canada will help finance Ukraine's defence budget next year.",
    cells: ["CA funding committed"],
  },
  {
    phenomenon: "funding: a financing package for Ukraine's army",
    text: "Germany pledged a financing package for Ukraine's army.",
    cells: ["DE funding committed"],
  },
  {
    phenomenon: "funding: bankrolling soldiers' salaries",
    text: "Denmark will bankroll the salaries of Ukrainian soldiers.",
    cells: ["DK funding committed"],
  },
  {
    phenomenon: "funding: money made available",
    text: "The Netherlands will make 1 billion euros available for Ukraine's defence.",
    cells: ["NL funding committed"],
  },
  {
    phenomenon: "funding trap: reconstruction money",
    text: "Germany pledged 500 million euros for Ukraine's reconstruction.",
    cells: [],
  },
  {
    phenomenon: "funding trap: a country's own defence budget",
    text: "Spain will raise its defence budget to 2 percent of GDP.",
    cells: [],
  },

  // ---- intelligence ----
  {
    phenomenon: "intelligence: satellite imagery shared",
    text: "France will keep sharing satellite imagery with Kyiv.",
    cells: ["FR intelligence committed"],
  },
  {
    phenomenon: "intelligence: ISR support",
    text: "The United States will continue to provide ISR support to Ukraine.",
    cells: ["US intelligence committed"],
  },
  {
    phenomenon: "intelligence: intel, abbreviated",
    text: "Australia could offer intel support to Ukraine.",
    cells: ["AU intelligence considering"],
  },
  {
    phenomenon: "intelligence: early-warning data",
    text: "Britain will provide early-warning data on missile launches to Ukraine.",
    cells: ["GB intelligence committed"],
  },
  {
    phenomenon: "intelligence: reconnaissance data passed on",
    text: "Norway will pass on reconnaissance data to Kyiv.",
    cells: ["NO intelligence committed"],
  },
  {
    phenomenon: "intelligence trap: intelligence services as a source",
    text: "Britain's intelligence services said Russia is rebuilding its forces.",
    cells: [],
  },

  // ---- logistics ----
  {
    phenomenon: "logistics: a coordination headquarters in Kyiv",
    text: "France and Britain will set up a coordination headquarters in Kyiv.",
    cells: ["FR logistics committed", "GB logistics committed"],
  },
  {
    phenomenon: "logistics: a logistics hub in Poland",
    text: "Poland has offered to host a logistics hub in Rzeszow for the force.",
    cells: ["PL logistics committed"],
  },
  {
    phenomenon: "logistics: airlift",
    text: "Germany will provide airlift for the multinational force.",
    cells: ["DE logistics committed"],
  },
  {
    phenomenon: "logistics: a command centre",
    text: "Finland will contribute a command centre for the mission in western Ukraine.",
    cells: ["FI logistics committed"],
  },
  {
    phenomenon: "logistics: depots and warehouses",
    text: "Slovakia will run supply depots near the Ukrainian border.",
    cells: ["SK logistics committed"],
  },
  {
    phenomenon: "logistics: ports and railways made available",
    text: "Romania will open its ports and railways to military shipments bound for Ukraine.",
    cells: ["RO logistics committed"],
  },

  // ---- backstop ----
  {
    phenomenon: "backstop: a US security backstop",
    text: "Washington will provide a security backstop for the European force, the White House said.",
    cells: ["US backstop committed"],
  },
  {
    phenomenon: "backstop: backing up the European-led force",
    text: "The United States would back up the European-led force, President Donald Trump said.",
    cells: ["US backstop committed"],
  },
  {
    phenomenon: "backstop: underwritten by the United States",
    text: "Poland insisted that any force must be underwritten by the United States.",
    cells: ["PL backstop supports"],
  },
  {
    phenomenon: "backstop: an American safety net",
    text: "Britain wants an American safety net behind the reassurance force, Keir Starmer said.",
    cells: ["GB backstop supports"],
  },
  {
    phenomenon: "backstop: refused",
    text: "The United States will not provide a backstop for a European mission, Pete Hegseth said.",
    cells: ["US backstop ruled_out"],
  },

  // ---- more traps: the new words in places where they name no guarantee ----
  {
    phenomenon: "air trap: Ukraine's own interceptions",
    text: "Ukrainian forces intercepted 40 missiles over Kyiv overnight.",
    cells: [],
  },
  {
    phenomenon: "air trap: drones downed over a country's own territory",
    text: "Poland shot down drones over its own territory, Warsaw said.",
    cells: [],
  },
  {
    phenomenon: "intelligence trap: Intel the company",
    text: "Intel shares fell sharply, the company said.",
    cells: [],
  },
  {
    phenomenon: "logistics trap: a depot for a country's own army",
    text: "Germany will build a new ammunition depot for its own army.",
    cells: [],
  },
  {
    phenomenon: "logistics trap: a command post at home",
    text: "Latvia will build a command post on its border with Russia.",
    cells: [],
  },
  {
    phenomenon: "maritime trap: an escort by police",
    text: "Britain said the convoy would be escorted by police.",
    cells: [],
  },
  {
    phenomenon: "funding trap: reconstruction and energy money",
    text: "Romania will spend 2 billion euros on Ukraine's reconstruction and energy grid.",
    cells: [],
  },
  {
    phenomenon: "article5 trap: another alliance's mutual-defence formula",
    text: "Russia will treat an attack on Belarus as an attack on Russia.",
    cells: [],
  },
  {
    phenomenon: "article5 trap: NATO-style drills",
    text: "NATO-style drills were held in Estonia.",
    cells: [],
  },

  // ---- second batch: more synonyms per type ----
  {
    phenomenon: "troops: a tripwire force",
    text: "Britain is ready to lead a tripwire force in Ukraine, the defence secretary said.",
    cells: ["GB troops committed"],
  },
  {
    phenomenon: "troops: a deterrence force",
    text: "France will contribute to a deterrence force stationed in Ukraine.",
    cells: ["FR troops committed"],
  },
  {
    phenomenon: "troops: a rotational presence",
    text: "Denmark is considering a rotational presence in western Ukraine.",
    cells: ["DK troops considering"],
  },
  {
    phenomenon: "troops: a garrison",
    text: "Canada would not rule out a small garrison in Lviv.",
    cells: ["CA troops considering"],
  },
  {
    phenomenon: "troops: sending men and women in uniform",
    text: "Norway will not send men and women in uniform to Ukraine, Prime Minister Jonas Gahr Store said.",
    cells: ["NO troops ruled_out"],
  },
  {
    phenomenon: "monitoring: a verification regime",
    text: "Switzerland offered to host and staff a verification regime for the ceasefire.",
    cells: ["CH monitoring committed"],
  },
  {
    phenomenon: "monitoring: ceasefire observers, hyphenated",
    text: "Austria will send cease-fire observers to eastern Ukraine.",
    cells: ["AT monitoring committed"],
  },
  {
    phenomenon: "air: aerial policing",
    text: "Sweden will take part in aerial policing over Ukraine.",
    cells: ["SE air committed"],
  },
  {
    phenomenon: "air: an air-policing mission",
    text: "The Netherlands is prepared to join an air-policing mission over Ukraine.",
    cells: ["NL air committed"],
  },
  {
    phenomenon: "air trap: money for air defence is arms",
    text: "France will give Ukraine 300 million euros for air defence, the ministry said.",
    cells: ["FR arms committed"],
  },
  {
    phenomenon: "air trap: helping Ukraine strengthen its air defences is arms",
    text: "Germany will help Ukraine strengthen its air defences with more launchers.",
    cells: ["DE arms committed"],
  },
  {
    phenomenon: "maritime: naval drones are arms, a naval task group maritime",
    text: "Norway will lead a naval task group in the Black Sea.",
    cells: ["NO maritime committed"],
  },
  {
    phenomenon: "maritime: coastal patrols off Odesa",
    text: "Romania will run coastal patrols off Odesa, the defence ministry said.",
    cells: ["RO maritime committed"],
  },
  {
    phenomenon: "maritime: securing the sea lanes",
    text: "Turkey is ready to secure the sea lanes to Ukrainian ports.",
    cells: ["TR maritime committed"],
  },
  {
    phenomenon: "training: exercises with Ukrainian units",
    text: "Poland will hold joint exercises with Ukrainian units on its territory.",
    cells: ["PL training committed"],
  },
  {
    phenomenon: "training: a pilot-training programme",
    text: "Belgium will fund a pilot-training programme for Ukraine.",
    cells: ["BE training committed"],
  },
  {
    phenomenon: "arms: long-range missiles",
    text: "Germany will not deliver long-range missiles to Ukraine, the chancellor said.",
    cells: ["DE arms ruled_out"],
  },
  {
    phenomenon: "arms: artillery ammunition",
    text: "The Czech Republic will keep sourcing artillery ammunition for Ukraine.",
    cells: ["CZ arms committed"],
  },
  {
    phenomenon: "arms: spare parts for Ukraine's tanks",
    text: "Spain will send spare parts for Ukraine's Leopard tanks.",
    cells: ["ES arms committed"],
  },
  {
    phenomenon: "funding: a grant to Ukraine's defence ministry",
    text: "Japan will provide a grant to Ukraine's defence ministry.",
    cells: ["JP funding committed"],
  },
  {
    phenomenon: "funding: a financial contribution to the PURL scheme",
    text: "Sweden will make a financial contribution to the scheme that buys US weapons for Ukraine.",
    cells: ["SE funding committed", "SE arms committed"],
  },
  {
    phenomenon: "intelligence: signals intelligence",
    text: "Britain will share signals intelligence with Ukraine.",
    cells: ["GB intelligence committed"],
  },
  {
    phenomenon: "intelligence: surveillance drones over the line",
    text: "France will fly surveillance drones along the contact line.",
    cells: ["FR intelligence committed"],
  },
  {
    phenomenon: "logistics: a maintenance and repair hub",
    text: "Slovakia will host a repair hub for Ukrainian armour.",
    cells: ["SK logistics committed"],
  },
  {
    phenomenon: "logistics: a rail corridor",
    text: "Poland will keep its rail corridor open for military cargo bound for Ukraine.",
    cells: ["PL logistics committed"],
  },
  {
    phenomenon: "backstop: American enablers",
    text: "The United States will provide enablers such as air power and intelligence to support the European force.",
    cells: ["US backstop committed", "US air committed", "US intelligence committed"],
  },
  {
    phenomenon: "backstop: US involvement as a precondition",
    text: "Germany said any reassurance force would need an American backstop.",
    cells: ["DE backstop supports"],
  },

  // ---- third batch: one type and not its neighbour ----
  {
    phenomenon: "maritime, not troops: ships sent",
    text: "Italy will send two minehunters and a frigate to the Black Sea.",
    cells: ["IT maritime committed"],
  },
  {
    phenomenon: "air: jets based abroad protecting Ukraine's skies",
    text: "Britain will deploy Typhoon jets to Poland to protect Ukraine's western skies.",
    cells: ["GB air committed"],
  },
  {
    phenomenon: "training, not logistics: pilots hosted at air bases",
    text: "Germany will host Ukrainian pilots at its air bases for training.",
    cells: ["DE training committed"],
  },
  {
    phenomenon: "arms, not air: jets handed over by model",
    text: "The Netherlands will deliver more F-16 jets to Ukraine.",
    cells: ["NL arms committed"],
  },
  {
    phenomenon: "intelligence refused",
    text: "Spain will not share intelligence with Kyiv, the government said.",
    cells: ["ES intelligence ruled_out"],
  },
  {
    phenomenon: "logistics refused: hosting a headquarters",
    text: "Poland ruled out hosting a headquarters for the force.",
    cells: ["PL logistics ruled_out"],
  },
  {
    phenomenon: "training: the EU trains more soldiers",
    text: "The EU will train 15,000 more Ukrainian soldiers this year.",
    cells: ["EU training committed"],
  },
  {
    phenomenon: "troops refused, arms pledged in one sentence",
    text: "Japan cannot send troops but will provide non-lethal equipment to Ukraine.",
    cells: ["JP troops ruled_out", "JP arms committed"],
  },
  {
    phenomenon: "arms, not maritime: rebuilding Ukraine's navy",
    text: "Lithuania will help Ukraine rebuild its navy.",
    cells: ["LT arms committed"],
  },
  {
    phenomenon: "maritime trap: demining a riverbank",
    text: "Finland offered its expertise in demining the Dnipro riverbanks.",
    cells: [],
  },
  {
    phenomenon: "arms: Soviet-era tanks",
    text: "The Czech Republic is sending Soviet-era tanks to Ukraine.",
    cells: ["CZ arms committed"],
  },
  {
    phenomenon: "monitoring refused",
    text: "Hungary will not take part in any ceasefire monitoring mission.",
    cells: ["HU monitoring ruled_out"],
  },
  {
    phenomenon: "troops trap: history",
    text: "In 1995, France sent peacekeepers to Bosnia.",
    cells: [],
  },
];
