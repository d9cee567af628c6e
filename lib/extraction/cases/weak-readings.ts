import type { PhenomenonCase } from "./case";

/**
 * The weakest readings of the corpus summary, in fresh phrasings: the stance `supports` (a
 * government backing, endorsing, championing, lobbying or pushing for, spearheading calls for,
 * co-sponsoring, rallying partners behind a force, a backstop or a monitoring mission; Ukraine's
 * own positions) and the types air (air policing, a no-fly zone, air cover, an air component,
 * jets over Ukraine), maritime (minehunters, a Black Sea task force, escorts for grain ships,
 * demining the sea lanes, a maritime coalition), backstop (US air power, enablers or a guarantee
 * behind a European force), intelligence (satellite imagery, ISR, early warning, sharing) and
 * article5 (collective defence commitments). Around each, what is not it: land demining,
 * air-defence systems delivered (arms), forces outside Ukraine, a country's own navy rebuilt
 * (arms), intelligence agencies as sources, Ukraine asking to receive, a consultation clause,
 * support that is the speaker's own pledge (committed), an opposition party.
 *
 * Written and labelled by the conventions before any run. First run (before any rule of this
 * pass): 36 of 60 read whole; by cell, 55 gold cells, 35 proposed exactly, 14 wrong proposals
 * (P 0.714, R 0.636, F1 0.673). After the rules of the pass, tested on other sentences of their
 * own in `weak-readings.test.ts`: 54 of 60 read whole.
 */
export const WEAK_READINGS_CASES: readonly PhenomenonCase[] = [
  // --- supports: verbs and idioms of backing a measure ---
  {
    phenomenon: "supports: endorsing a proposal for a monitoring mission",
    text: "Sweden endorsed the proposal for a multinational mission to monitor a ceasefire, Prime Minister Ulf Kristersson said.",
    cells: ["SE monitoring supports"],
  },
  {
    phenomenon: "supports: lobbying EU partners to set up a maritime mission",
    text: "Belgium is lobbying its EU partners to set up a naval mission protecting shipping in the Black Sea, Foreign Minister Maxime Prevot said.",
    cells: ["BE maritime supports"],
  },
  {
    phenomenon: "supports: one of the loudest voices pushing for a no-fly zone",
    text: "Latvia has been one of the loudest voices pushing for a no-fly zone over western Ukraine.",
    cells: ["LV air supports"],
  },
  {
    phenomenon: "supports: co-sponsoring a resolution that calls for a verification mission",
    text: "Denmark co-sponsored a resolution at the UN General Assembly calling for an international mission to verify the ceasefire.",
    cells: ["DK monitoring supports"],
  },
  {
    phenomenon: "supports: rallying partners behind an air policing mission",
    text: "Estonia is rallying its Nordic and Baltic partners behind a European air policing mission for Ukraine, Prime Minister Kristen Michal said.",
    cells: ["EE air supports"],
  },
  {
    phenomenon: "supports: a president who is a firm believer in a US backstop",
    text: "Finnish President Alexander Stubb said he was a firm believer in an American backstop for any European deployment in Ukraine.",
    cells: ["FI backstop supports"],
  },
  {
    phenomenon: "supports: a head of state championing a naval presence",
    text: "Czech President Petr Pavel has championed the idea of a European naval presence in the Black Sea.",
    cells: ["CZ maritime supports"],
  },
  {
    phenomenon: "supports: spearheading calls for a monitoring mission",
    text: "France is spearheading calls for a ceasefire monitoring mission run by the OSCE, diplomats said.",
    cells: ["FR monitoring supports"],
  },
  {
    phenomenon: "supports: voicing support for a task force to escort grain ships",
    text: "Romanian President Nicusor Dan voiced support for a Black Sea task force to escort grain ships from Odesa.",
    cells: ["RO maritime supports"],
  },
  {
    phenomenon: "supports: in favour of extending Article 5-like guarantees",
    text: "The Greek government is in favour of extending Article 5-like guarantees to Ukraine, Foreign Minister Giorgos Gerapetritis said.",
    cells: ["GR article5 supports"],
  },
  {
    phenomenon: "supports: backing an intelligence cell for the coalition",
    text: "Spain backs the creation of a joint intelligence cell for the coalition, Defence Minister Margarita Robles said.",
    cells: ["ES intelligence supports"],
  },
  {
    phenomenon: "supports: an Article 5-style clause proposed",
    text: "Italian Prime Minister Giorgia Meloni proposed extending an Article 5-style clause to Ukraine without NATO membership.",
    cells: ["IT article5 supports"],
  },
  {
    phenomenon: "supports: a chancellor says a force makes no sense without a US guarantee behind it",
    text: "German Chancellor Friedrich Merz said a European force made no sense without an American guarantee behind it.",
    cells: ["DE backstop supports"],
  },
  {
    phenomenon: "supports: US enablers wanted behind the deployment",
    gap: "the enablers are a backstop, but the past 'needed' of 'the coalition' is no cue, so the speaker gets no reading",
    text: "Macron said the coalition still needed American enablers such as air-to-air refuelling and airlift behind its deployment.",
    cells: ["FR backstop supports"],
  },
  // --- supports: Ukraine's own positions ---
  {
    phenomenon: "Ukraine: welcoming fighter jets over its western regions",
    text: "Ukraine's defence minister Denys Shmyhal said Kyiv would welcome European fighter jets patrolling the skies over its western regions.",
    cells: ["UA air supports"],
  },
  {
    phenomenon: "Ukraine: pressing allies to station minehunters",
    text: "Zelensky pressed allies to station minehunters off Odesa once the fighting ends.",
    cells: ["UA maritime supports"],
  },
  {
    phenomenon: "Ukraine: insisting on US air power behind a European contingent",
    text: "Sybiha said Kyiv was insisting on US air power behind any European contingent.",
    cells: ["UA backstop supports"],
  },
  {
    phenomenon: "Ukraine: an obligation on allies to fight alongside it",
    text: "Kyiv wants guarantees with teeth: an obligation on allies to come to Ukraine's defence if Russia attacks again, Zelensky said.",
    cells: ["UA article5 supports"],
  },
  {
    phenomenon: "Ukraine: only a ceasefire watched by international observers",
    text: "Ukraine will accept only a ceasefire that is monitored by international observers, Zelensky said.",
    cells: ["UA monitoring supports"],
  },
  // --- supports traps: the speaker's own part, an opposition party, Ukraine in general ---
  {
    phenomenon: "trap: backing a mission and sending officers to it is the own pledge",
    gap: "'will send ten officers to it' is not read as the own part in the mission backed",
    text: "Norway backs the monitoring mission and will send ten officers to it, Foreign Minister Espen Barth Eide said.",
    cells: ["NO monitoring committed"],
  },
  {
    phenomenon: "trap: leading the push for a force and putting troops into it",
    text: "Britain, which is leading the push for a reassurance force, will put up to 10,000 troops into it, Downing Street said.",
    cells: ["GB troops committed"],
  },
  {
    phenomenon: "trap: support that takes the form of the speaker's own minehunters",
    text: "Our support will take the form of two minehunters for the Black Sea, Belgian Defence Minister Theo Francken said.",
    cells: ["BE maritime committed"],
  },
  {
    phenomenon: "trap: an opposition party backing an air shield",
    text: "Sweden's opposition Social Democrats back a European air shield over Ukraine.",
    cells: [],
  },
  // --- air ---
  {
    phenomenon: "air: an air component for the force from two countries",
    text: "Britain and France will provide an air component for the reassurance force, made up of fighter jets based in Poland and Romania.",
    cells: ["GB air committed", "FR air committed"],
  },
  {
    phenomenon: "air: jets contributed to air policing under a condition",
    text: "Sweden will contribute Gripen jets to the air policing of western Ukraine once a ceasefire is in place, Defence Minister Pal Jonson said.",
    cells: ["SE air conditional"],
  },
  {
    phenomenon: "air: F-35 jets that could be contributed to the force",
    text: "The Netherlands could contribute F-35 jets to the force, Dutch Defence Minister Ruben Brekelmans said.",
    cells: ["NL air considering"],
  },
  {
    phenomenon: "air: ready to help enforce a no-fly zone",
    text: "Norway is ready to help enforce a no-fly zone over Ukraine's nuclear power plants, its defence minister said.",
    cells: ["NO air committed"],
  },
  {
    phenomenon: "air: air cover for the European mission",
    text: "Poland will provide air cover for the European mission in Ukraine, Defence Minister Wladyslaw Kosiniak-Kamysz said.",
    cells: ["PL air committed"],
  },
  {
    phenomenon: "air: a chancellor refuses his jets over Ukrainian airspace",
    text: "Merz said German Eurofighters would not take part in any mission over Ukrainian airspace.",
    cells: ["DE air ruled_out"],
  },
  {
    phenomenon: "air: jets named by 'they' after they were named",
    gap: "'They will not fly over Ukraine' names the jets by a pronoun; jets kept in Romania read as arms",
    text: "Belgium will keep four F-16s in Romania. They will not fly over Ukraine, the Belgian defence minister said.",
    cells: ["BE air ruled_out"],
  },
  {
    phenomenon: "air: shielding the skies over Kyiv after a peace deal",
    text: "Italy will help shield the skies over Kyiv with its own fighter jets after a peace deal, Defence Minister Guido Crosetto said.",
    cells: ["IT air conditional"],
  },
  {
    phenomenon: "air trap: air-defence systems delivered to protect Kyiv are arms",
    text: "Germany will deliver two more IRIS-T air-defence systems to protect Kyiv, the German defence ministry said.",
    cells: ["DE arms committed"],
  },
  {
    phenomenon: "air trap: jets policing airspace over the Baltic states",
    text: "Spanish Eurofighters will continue policing the airspace over the Baltic states, Robles said.",
    cells: [],
  },
  // --- maritime ---
  {
    phenomenon: "maritime: three countries lead a mine countermeasures group for the sea lanes",
    text: "Turkey, Romania and Bulgaria will lead a mine countermeasures group to clear the sea lanes off Ukraine's coast.",
    cells: ["TR maritime committed", "RO maritime committed", "BG maritime committed"],
  },
  {
    phenomenon: "maritime: the Royal Navy sends minehunters once the fighting stops",
    text: "The Royal Navy will send two minehunters to the Black Sea once the fighting stops, British Defence Secretary John Healey said.",
    cells: ["GB maritime conditional"],
  },
  {
    phenomenon: "maritime: escorting grain ships with frigates",
    text: "France is prepared to escort grain ships out of Odesa with its frigates, a French official said.",
    cells: ["FR maritime committed"],
  },
  {
    phenomenon: "maritime: considering joining a maritime coalition",
    gap: "the coalition is read as maritime (maritime/a-coalition-for-the-sea), not as arms, but only as a loose candidate: a coalition is another agent (stance/other-agent), so joining it gives the subject no reading",
    text: "Italy is considering joining a maritime coalition to keep Black Sea shipping lanes open.",
    cells: ["IT maritime considering"],
  },
  {
    phenomenon: "maritime: a frigate for a Black Sea task force after a ceasefire",
    text: "The Netherlands will contribute a frigate to a Black Sea task force after a ceasefire.",
    cells: ["NL maritime conditional"],
  },
  {
    phenomenon: "maritime: offering to demine the sea lanes",
    text: "Norway has offered to help demine the sea lanes to Ukraine's ports, Foreign Minister Espen Barth Eide said.",
    cells: ["NO maritime committed"],
  },
  {
    phenomenon: "maritime: naval vessels ruled out",
    text: "Greece has ruled out sending naval vessels to the Black Sea, Prime Minister Kyriakos Mitsotakis said.",
    cells: ["GR maritime ruled_out"],
  },
  {
    phenomenon: "maritime trap: landmines cleared from farmland",
    text: "Japan will fund the clearing of landmines from farmland in the Kharkiv region.",
    cells: [],
  },
  {
    phenomenon: "maritime trap: corvettes to rebuild Ukraine's navy are arms",
    text: "Britain will help rebuild Ukraine's navy with two new corvettes, the Ministry of Defence said.",
    cells: ["GB arms committed"],
  },
  {
    phenomenon: "maritime trap: minehunters at work in another sea",
    text: "Belgian minehunters will keep clearing old mines in the North Sea this year.",
    cells: [],
  },
  // --- backstop ---
  {
    phenomenon: "backstop: US air power put behind a European force",
    text: "The United States will put its air power behind a European force in Ukraine, a senior administration official said.",
    cells: ["US backstop committed"],
  },
  {
    phenomenon: "backstop: a security backstop not ruled out by the Pentagon",
    text: "The Pentagon has not ruled out providing a security backstop for the Europeans, officials said.",
    cells: ["US backstop considering"],
  },
  {
    phenomenon: "backstop: the US will not be a backstop",
    text: "Trump said the United States would not be a backstop for any European troops in Ukraine.",
    cells: ["US backstop ruled_out"],
  },
  {
    phenomenon: "backstop: stopping short of promising air cover is a hedge",
    gap: "'stopped short of promising' is read as a refusal (stance-word/stopping-short-of); read as a hedge it cost the corpus a ruled_out cell (cross-validated 0.835 -> 0.832), so it stays",
    text: "The US president stopped short of promising American air cover for the European mission.",
    cells: ["US backstop considering"],
  },
  {
    phenomenon: "backstop trap: US troops stationed in allied countries",
    text: "The United States will keep 20,000 troops in Poland and the Baltic states, the Pentagon said.",
    cells: [],
  },
  // --- intelligence ---
  {
    phenomenon: "intelligence: satellite imagery shared under a new agreement",
    text: "Canada will share satellite imagery with Kyiv under a new agreement, Defence Minister David McGuinty said.",
    cells: ["CA intelligence committed"],
  },
  {
    phenomenon: "intelligence: access to imagery from military satellites",
    text: "France will give Ukraine access to imagery from its military satellites, the Elysee said.",
    cells: ["FR intelligence committed"],
  },
  {
    phenomenon: "intelligence: ISR missions flown to support the force",
    text: "Britain will fly ISR missions over the Black Sea to support the force, the Ministry of Defence said.",
    cells: ["GB intelligence committed"],
  },
  {
    phenomenon: "intelligence: early-warning data fed to Ukraine's air force",
    text: "Norway is ready to feed early-warning data on Russian missile launches to Ukraine's air force.",
    cells: ["NO intelligence committed"],
  },
  {
    phenomenon: "intelligence: open to sharing intelligence with the coalition's mission",
    text: "Australia is open to sharing intelligence with the coalition's mission in Ukraine, Prime Minister Anthony Albanese said.",
    cells: ["AU intelligence considering"],
  },
  {
    phenomenon: "intelligence trap: a national intelligence service as a source",
    text: "According to Estonian intelligence, Russia is rebuilding its forces along the border.",
    cells: [],
  },
  {
    phenomenon: "intelligence trap: Ukraine asking for imagery to receive",
    text: "Ukraine asked its partners for more satellite imagery of Russian airfields.",
    cells: [],
  },
  // --- article5 ---
  {
    phenomenon: "article5: a mutual defence pledge of the kind NATO members give",
    text: "Britain will offer Ukraine a mutual defence pledge of the kind NATO members give each other, Foreign Secretary Yvette Cooper said.",
    cells: ["GB article5 committed"],
  },
  {
    phenomenon: "article5: never signing up to an Article 5-like guarantee",
    text: "Hungary will not sign up to any Article 5-like guarantee for Ukraine, Orban said.",
    cells: ["HU article5 ruled_out"],
  },
  {
    phenomenon: "article5: collective defence obligations rejected for anyone",
    text: "Russia rejects any collective defence obligations towards Ukraine, Kremlin spokesman Dmitry Peskov said.",
    cells: ["RU article5 opposes"],
  },
  {
    phenomenon: "article5: defending Ukraine if attacked again, as allies do for each other",
    gap: "the guarantee is read (article5/pledging-to-defend-ukraine-if-attacked), but the partners' 'should pledge' under the president's frame gives the speaker no reading of its own",
    text: "Polish President Karol Nawrocki said Ukraine's partners should pledge to defend it if it is attacked again, as NATO allies do for each other.",
    cells: ["PL article5 supports"],
  },
  {
    phenomenon: "article5 trap: emergency talks within a day",
    text: "Under the agreement, Sweden and Ukraine will hold emergency talks within a day should Russia strike again.",
    cells: [],
  },
];
