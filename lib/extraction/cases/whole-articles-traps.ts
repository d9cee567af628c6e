import type { PhenomenonCase } from "./case";

/**
 * Whole short articles dense with distractors, each with at most three real positions mixed
 * in: NATO's eastern flank (troops to Estonia, Lithuania, Poland and Romania, not Ukraine),
 * history (the 1994 Budapest Memorandum, training missions of 2015-2022 told as past and
 * withdrawn), other conflicts (Taiwan, the Red Sea, the Sahel, Lebanon), polls, opposition
 * leaders and candidates, former officials and retired generals, think-tank proposals that name
 * countries, journalists' speculation, unnamed sources about unnamed countries, "the coalition"
 * and "26 countries" with no country named, Russian state-media claims and Western denials, a
 * fact-check, questions in headlines and in the body, and Ukraine's own positions (supports).
 * Written and labelled whole by the corpus conventions before any of it was run; one cell per
 * country and commitment, the strongest explicit statement of the article.
 *
 * First run (rules alone, main at 583ee91): 8 of 16 articles read whole; by cell (country,
 * commitment, stance) 28 gold cells, 34 proposed, 21 proposed exactly, 13 wrong proposals:
 * P 0.618, R 0.750, F1 0.677. The wrong proposals are forces outside Ukraine (3), the
 * interlocutors of unnamed countries (2), a former office for the speaker's country, a denial
 * read as a pledge and a present-tense denial as a refusal, a demand read through the refusal
 * beside it (3), jets over Ukraine as arms and peacekeepers in Lebanon as troops.
 *
 * After the rules written for these phenomena and tested on further sentences of their own
 * (forces, jets and weapons placed in another country; a poll or critics set aside; countries
 * told by unnamed tellers; Russian state media's claims; a mandate for a force; jets that fly
 * the air mission; a second predicate after a refusal): 13 of 16 read whole; by cell 28 gold,
 * 28 proposed, 25 exact, 3 wrong: P 0.893, R 0.893, F1 0.893. Eval unchanged throughout
 * (cross-validated 0.835, rules alone 0.835, evidence 0.891).
 */
export const WHOLE_ARTICLE_TRAPS_CASES: readonly PhenomenonCase[] = [
  {
    phenomenon:
      "NATO's eastern flank: brigades, battlegroups, a Patriot battery and air policing outside Ukraine; the alliance's own refusal; one Baltic pledge",
    title: "NATO reinforces eastern flank as allies debate Ukraine force",
    text: [
      "BRUSSELS — Germany will send an additional armoured battalion to Lithuania this summer and the United States will keep about 10,000 soldiers in Poland, NATO officials said on Monday, as the alliance moved to reassure its eastern members.",
      "France, which leads the NATO battlegroup in Romania, plans to double its contingent at the Cincu base to about 2,000 troops by the end of the year, Defence Minister Catherine Vautrin said.",
      "The Netherlands will station a Patriot air-defence battery in south-eastern Poland to protect the airport at Rzeszów, through which most Western aid to Ukraine passes.",
      "British Typhoons will again police the skies over Estonia from the Ämari air base, the Royal Air Force said.",
      "None of these deployments is part of the planned force for Ukraine, NATO Secretary General Mark Rutte stressed, adding that NATO as an alliance would not deploy troops to Ukraine.",
      "Estonian Defence Minister Hanno Pevkur said separately that Estonia was ready to send a company-sized unit to Ukraine once a ceasefire was agreed.",
      "Estonia already hosts about 1,000 British soldiers at Tapa.",
    ].join("\n\n"),
    cells: ["NATO troops ruled_out", "EE troops conditional | once a ceasefire was agreed"],
  },
  {
    gap: "guarantees 'backed by European troops on the ground' read as a backstop Ukraine supports: troops backing the guarantee, not a (US) backstop for a force",
    phenomenon:
      "history as background: the Budapest Memorandum's assurances, Crimea, training missions withdrawn before the invasion; Kyiv's own demand",
    title: "From Budapest to Paris: why Kyiv distrusts paper guarantees",
    text: [
      "In December 1994, Ukraine gave up the nuclear arsenal it had inherited from the Soviet Union in exchange for assurances from the United States, Britain and Russia that they would respect its borders.",
      "The Budapest Memorandum contained no obligation to defend Ukraine, and when Russia annexed Crimea twenty years later, Washington and London limited themselves to sanctions.",
      // Past and withdrawn: no position on the guarantees.
      "Between 2015 and early 2022, British and Canadian instructors trained tens of thousands of Ukrainian soldiers in western Ukraine under Operations Orbital and Unifier, missions that were withdrawn weeks before the full-scale invasion.",
      'Foreign Minister Andrii Sybiha said on Tuesday that Ukraine would not accept "a second Budapest Memorandum" and wanted guarantees on the model of NATO\'s Article 5, backed by European troops on the ground.',
      "Russian Foreign Ministry spokeswoman Maria Zakharova replied that the memorandum had lost its force when Kyiv chose to move towards NATO.",
      "Historian Serhii Plokhy has argued that the West's ambiguity in 1994 invited the aggression that followed.",
    ].join("\n\n"),
    cells: ["UA article5 supports", "UA troops supports"],
  },
  {
    phenomenon:
      "other conflicts: a frigate back from the Red Sea, the Sahel withdrawals, jets in the Gulf, Lebanon; one Black Sea pledge under a condition",
    title: "French navy stretched between Red Sea duty and Black Sea plans",
    text: [
      "PARIS — The French frigate Languedoc returned to Toulon on Friday after four months escorting merchant ships in the Red Sea, where it shot down several drones launched by the Houthis.",
      "France withdrew its last soldiers from Niger in 2023 and from Chad in early 2025, ending a decade of counter-terrorism operations in the Sahel.",
      "About 700 French troops remain in the United Arab Emirates, and Rafale jets based there took part in intercepting Iranian drones over Jordan last year.",
      "Defence Minister Catherine Vautrin said France would send two minehunters to clear Ukraine's Black Sea ports once the fighting stops.",
      "The UN peacekeeping mission in southern Lebanon, in which some 700 French soldiers serve, is due to wind down next year.",
      "Admirals have long warned that the navy has too few ships for all the missions it is given.",
    ].join("\n\n"),
    cells: ["FR maritime conditional | once the fighting stops"],
  },
  {
    phenomenon:
      "polls: shares of Germans, Poles and Britons for and against troops, a question on Article 5; the government's deliveries of air-defence systems",
    title: "Poll: most Germans reject sending Bundeswehr to Ukraine",
    text: [
      "Six in ten Germans oppose sending Bundeswehr soldiers to Ukraine as part of a peacekeeping force, according to a Forsa survey for RTL published on Tuesday.",
      "Support is highest among Green voters, 58 percent of whom would back a deployment, and lowest among supporters of the Alternative for Germany, at 9 percent.",
      "A separate YouGov poll found that 71 percent of Poles do not want Polish troops in Ukraine, while 64 percent of Britons would support a British contribution.",
      "Asked whether Europe should give Ukraine guarantees modelled on Article 5, 48 percent of Germans said yes.",
      "Government spokesman Stefan Kornelius said Germany would continue to supply air-defence systems to Ukraine regardless of the polls.",
      "The survey's margin of error is three percentage points.",
    ].join("\n\n"),
    cells: ["DE arms committed"],
  },
  {
    phenomenon:
      "an election campaign: the opposition leader's promise, a candidate's refusal, a poll; the prime minister campaigning still speaks for the government",
    title: "Slovenia's parties split over Ukraine as election nears",
    text: [
      "LJUBLJANA — Slovenia's opposition leader Janez Janša promised on Sunday that a government led by his Slovenian Democratic Party would send Slovenian officers to a European mission in Ukraine.",
      "Vladimir Prebilič, a presidential hopeful and member of the European Parliament, said no Slovenian soldier should ever set foot in Ukraine.",
      "Prime Minister Robert Golob, campaigning for a second term, said his government would keep training Ukrainian deminers in Slovenia but had no plans to send troops.",
      "A poll by Mediana put Janša's party ahead with 31 percent.",
      "Russia's ambassador in Ljubljana declined to comment on the campaign.",
    ].join("\n\n"),
    cells: ["SI training committed", "SI troops ruled_out"],
  },
  {
    gap: "'who led NATO for a decade and is now Norway's finance minister' gives the budget to NATO, the speaker's former office, not to Norway, the subject",
    phenomenon:
      "former officials and retired generals urging deployments; a former NATO chief who is now a minister speaks for his government",
    title: "Ex-commanders urge Europe to deploy now, not after ceasefire",
    text: [
      "Europe should station troops in western Ukraine now rather than wait for a ceasefire, retired US general Ben Hodges, a former commander of US Army Europe, told a conference in Vilnius on Saturday.",
      "Former British defence secretary Ben Wallace said the UK should commit at least 10,000 soldiers and a squadron of Typhoons to protect Ukraine's skies.",
      'Retired French general Michel Yakovleff said a force of fewer than 50,000 would be "a tripwire, not a shield".',
      "Jens Stoltenberg, who led NATO for a decade and is now Norway's finance minister, said Norway would raise its budget for Ukraine's armed forces to 85 billion kroner next year.",
      "A former Polish chief of the general staff told the conference that Poland should offer its F-16s for patrols over western Ukraine.",
    ].join("\n\n"),
    cells: ["NO funding committed"],
  },
  {
    phenomenon:
      "a think-tank proposal that names the countries it would have fly; Kyiv's welcome; a minister who has not decided",
    title: "Think tank proposes 'sky shield' over western Ukraine with 120 jets",
    text: [
      "A European air force of 120 fighter jets could protect western Ukraine's cities and nuclear plants from Russian missiles without a single soldier on the ground, according to a report published on Wednesday by the International Institute for Strategic Studies.",
      "The authors propose that Britain, France, Sweden and Poland provide most of the aircraft, flying from bases in Poland and Romania, with American tankers and AWACS as a backstop.",
      "The plan would cost about 2 billion euros a year, the report estimates.",
      "A separate paper by the Kiel Institute proposes that the EU finance the force from the proceeds of frozen Russian assets.",
      "Ukraine's Foreign Minister Andrii Sybiha welcomed the proposal, saying an air shield over Ukraine was what Kyiv needed most.",
      'Swedish Defence Minister Pål Jonson called it "an interesting contribution to the debate" but said Sweden had not yet decided whether its Gripen jets would take part in patrolling Ukrainian airspace.',
    ].join("\n\n"),
    cells: ["UA air supports", "SE air considering"],
  },
  {
    phenomenon:
      "a journalist's analysis under a question headline: the government's stated refusal, commentators' expectations, a newspaper's unconfirmed report, a minister's offer",
    title: "Analysis: Is Italy quietly preparing for a Ukraine role?",
    text: [
      "ROME — Italy's government insists it will not send soldiers to Ukraine, but signals from the defence ministry suggest Rome may be preparing a more active role than it admits.",
      "Several commentators in Rome expect Italy to end up contributing ships or aircraft once a ceasefire is signed.",
      "Corriere della Sera reported that the navy had drawn up plans for sending two minehunters to the Black Sea, a claim the ministry neither confirmed nor denied.",
      "It would not be the first time Rome said one thing and did another, one diplomat noted wryly.",
      "Defence Minister Guido Crosetto said on Monday that Italy was ready to help train Ukrainian pilots and technicians in Italy.",
      "Whether that amounts to a shift is anyone's guess.",
    ].join("\n\n"),
    cells: ["IT troops ruled_out", "IT training committed"],
  },
  {
    phenomenon:
      "unnamed diplomats about unnamed countries ('one Nordic country', 'another country'), Britain and France only as the ones told; a named country on anonymous government sources",
    title: "At least five countries ready to put troops in Ukraine, diplomats say",
    text: [
      "At least five European countries have told Britain and France privately that they are ready to send ground troops to Ukraine after a ceasefire, three diplomats familiar with the talks said on Thursday.",
      "One Nordic country has offered a battalion and a Baltic state a company, one of the diplomats said, declining to name them.",
      "Another country is weighing sending fighter jets but has asked for its offer to stay secret.",
      "Norway will contribute two frigates to a Black Sea mission, according to two Norwegian government officials, who spoke on condition of anonymity because the decision has not yet been announced.",
      "Diplomats said several countries had made their contributions conditional on an American backstop.",
      "A spokesperson for the British Ministry of Defence declined to comment on other countries' offers.",
    ].join("\n\n"),
    cells: ["NO maritime committed"],
  },
  {
    phenomenon:
      "a summit of the coalition: 26 countries pledging with none named, the coalition's headquarters, Washington's silence; one country's jets, two refusals",
    title: "Coalition of the willing: 26 countries pledge to join Ukraine force",
    text: [
      "PARIS — Twenty-six countries have pledged to send troops to Ukraine or to contribute on land, at sea or in the air once the fighting stops, President Emmanuel Macron said on Thursday after leaders of the coalition of the willing met at the Élysée.",
      "The coalition agreed to set up a headquarters in Paris and a coordination cell in Kyiv, according to the final statement.",
      "Macron declined to say which countries had made which offers, saying that would only help Moscow.",
      "The members also agreed that the force would need American support, a point on which Washington has so far made no firm commitment.",
      "Belgian Prime Minister Bart De Wever said after the meeting that Belgium would contribute F-16s to patrol Ukrainian airspace.",
      "Italy and Poland, which are members of the coalition, have said they will not send soldiers.",
    ].join("\n\n"),
    cells: ["BE air committed", "IT troops ruled_out", "PL troops ruled_out"],
  },
  {
    gap: "'said no French soldiers were deployed in Ukraine' read as France ruling out troops, over its earlier pledge; the denial 'Reports that Romania would send troops ... are false' is masked as hearsay and read as nothing",
    phenomenon:
      "Russian state media's claims about Western troops, a denial of a present claim, a government's denial that it would send troops, the Kremlin's threat, an earlier pledge",
    title: "Moscow claims French troops already in Odesa; Paris calls it fake",
    text: [
      "MOSCOW — Russian state television claimed on Sunday that several hundred French soldiers had secretly arrived in the port city of Odesa to prepare for a Western deployment.",
      "The report, first aired on Rossiya-1, cited unnamed sources in Russia's intelligence services.",
      // A denial of a claimed present fact, not a position on the guarantees.
      "France's agency against foreign disinformation, Viginum, called the report fabricated and said no French soldiers were deployed in Ukraine.",
      "RIA Novosti also reported that Romania was preparing to send troops across the border into the Odesa region.",
      // The government denying that it would send troops excludes its own part.
      "Reports that Romania would send troops to Ukraine are false, the Romanian Defence Ministry said in a statement.",
      "Kremlin spokesman Dmitry Peskov said any Western soldiers in Ukraine would be a legitimate target for the Russian army.",
      "France has said it is ready to lead a reassurance force in Ukraine after a ceasefire.",
    ].join("\n\n"),
    cells: ["RO troops ruled_out", "RU troops opposes", "FR troops conditional | after a ceasefire"],
  },
  {
    phenomenon:
      "a fact-check under a question headline: the claim, the verdict, the doctored video; the government's real refusal and its offer of a hub",
    title: "Fact check: Did Poland agree to send 5,000 troops to Ukraine?",
    text: [
      "Claim: A video shared more than 200,000 times on X says Poland has agreed to send 5,000 soldiers to Ukraine as part of the coalition's force.",
      "Verdict: False.",
      "The video splices together footage from a 2023 military parade in Warsaw with an unrelated speech by a Polish general.",
      "Prime Minister Donald Tusk has repeatedly said Poland will not send troops to Ukraine, and his office confirmed that position to us on Monday.",
      "Poland has instead offered to serve as the logistics hub for the force, with supplies flowing through Rzeszów.",
      "The claim first appeared on a Telegram channel that has previously spread false stories about Western troops in Ukraine.",
    ].join("\n\n"),
    cells: ["PL troops ruled_out", "PL logistics committed"],
  },
  {
    phenomenon:
      "questions in the headline and the body about others' jets; Ukraine's own call for an air shield and a monitoring mission; its asks for weapons",
    title: "Will European jets guard Ukraine's skies?",
    text: [
      "KYIV — Ukraine wants a European air shield over its western regions as soon as a ceasefire takes hold, President Volodymyr Zelensky said on Friday.",
      '"We need Patriots, we need interceptors, and we need partners in our skies," he said in his nightly address.',
      "Would Britain and France send their Typhoons and Rafales? Would Germany?",
      "Neither London nor Paris has said so publicly.",
      "Ukraine also backs an international mission to monitor the ceasefire line, Foreign Minister Andrii Sybiha told reporters, but rejects any role in it for Russia's allies.",
      'Asked whether Kyiv would accept Chinese monitors, he said: "Why would we?"',
      "Ukraine's air force said Russia launched 120 drones overnight, of which 98 were shot down.",
    ].join("\n\n"),
    cells: ["UA air supports", "UA monitoring supports"],
  },
  {
    phenomenon:
      "another theatre: an arms sale to Taiwan, Beijing's protest, Japan's missiles; at the same briefing the State Department on Ukraine",
    title: "Washington approves $2 billion Taiwan arms package",
    text: [
      "WASHINGTON — The State Department approved on Tuesday a possible sale of air-defence systems and anti-ship missiles to Taiwan worth about 2 billion dollars, drawing an angry response from Beijing.",
      "China's Foreign Ministry said the sale violated the one-China principle and urged Washington to stop arming the island.",
      "Japan, for its part, said it would deploy long-range missiles on its south-western islands by 2027.",
      "At the same briefing, a State Department spokesperson said the United States would keep providing intelligence to Ukraine but would not put American troops on the ground there.",
      "Some analysts in Taipei fear that weapons promised to Taiwan could be diverted to Ukraine or the Middle East.",
    ].join("\n\n"),
    cells: ["US intelligence committed", "US troops ruled_out"],
  },
  {
    phenomenon:
      "peacekeepers monitoring a line in Lebanon beside a 'could' on monitoring in Ukraine under a mandate; the triple lock; Russia's veto; the opposition",
    title: "Irish peacekeepers to stay in Lebanon as Ukraine question looms",
    text: [
      "DUBLIN — Ireland will keep about 350 soldiers in the UN peacekeeping mission in southern Lebanon until the mission winds down, Minister for Defence Helen McEntee said on Wednesday.",
      "The Irish troops monitor the Blue Line between Israel and Lebanon alongside Italian, French and Spanish contingents.",
      "McEntee said Ireland could also take part in monitoring a ceasefire in Ukraine, but only with a UN Security Council mandate.",
      'Under Ireland\'s "triple lock", any deployment of more than 12 troops requires the approval of the government, the Dáil and the United Nations.',
      "Russia, a permanent member of the Security Council, has said it would veto any mandate for Western forces in Ukraine.",
      "Sinn Féin's defence spokesperson said the party would oppose any Irish role outside a UN mission.",
    ].join("\n\n"),
    cells: ["IE monitoring considering", "RU troops opposes"],
  },
  {
    phenomenon:
      "an explainer with no position at all: planners' options, a think tank's brigades per country, an option favoured in Washington, a poll, a retired admiral",
    title: "What would a ceasefire force in Ukraine look like?",
    text: [
      "Military planners in several European capitals have been working on options for a force to reassure Ukraine after a ceasefire, ranging from a few thousand troops to more than 50,000.",
      "Under one option discussed in a paper by the European Council on Foreign Relations, a brigade each from Britain, France and Germany would be stationed around Kyiv, Lviv and Odesa.",
      "Another option, favoured by some in Washington, would see Europe provide air policing from Poland and Romania without any troops on Ukrainian soil.",
      "A poll for the Körber Foundation found Germans evenly split on the idea.",
      "Retired Admiral James Stavridis has argued that a naval task force in the Black Sea would be the cheapest option.",
      "None of the governments concerned has published a plan.",
    ].join("\n\n"),
    cells: [],
  },
];
