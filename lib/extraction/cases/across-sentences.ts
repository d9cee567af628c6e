import type { PhenomenonCase } from "./case";

/**
 * What crosses a sentence boundary in news copy, where a reading sentence by sentence misses
 * most: a condition stated in the next sentence or paragraph, in another speaker's words, or
 * before the pledges it governs, and conditions that do not carry over; the actor named by a
 * pronoun or a description, two sentences back, or as the owner of the offer a nominal pledge
 * refers to; lists of contributions after a colon or in bullet lines; a quotation over several
 * paragraphs.
 */
export const ACROSS_SENTENCES_CASES: readonly PhenomenonCase[] = [
  // A condition in another sentence for the pledge before, or stated first for those after.
  {
    phenomenon: "a condition in the next sentence for the deployment just pledged",
    text: "Sweden will send a battalion to Ukraine. That deployment hinges on a UN mandate.",
    cells: ["SE troops conditional | hinges on a UN mandate"],
  },
  {
    phenomenon: "a condition for the offer in the next paragraph, with a frame",
    text: "Norway will contribute two minehunters to clear the Black Sea.\n\nThe offer is conditional on a ceasefire being agreed, the defence minister said.",
    cells: ["NO maritime conditional | is conditional on a ceasefire being agreed"],
  },
  {
    phenomenon: "a condition a second official of the same country adds about the jets",
    text: "Denmark will deploy F-16s to patrol Ukrainian skies, Prime Minister Mette Frederiksen said. Her defence minister later added that the jets would fly only once a truce is in force.",
    cells: ["DK air conditional | only once a truce is in force"],
  },
  {
    phenomenon: "a condition stated first for the pledge in the sentence after",
    text: "Finnish Defence Minister Antti Hakkanen said any deployment would come only after a ceasefire. Finland will send engineers and medics to serve with the force.",
    cells: ["FI troops conditional | only after a ceasefire"],
  },
  {
    phenomenon: "a condition in the next sentence whose subject is the pledged thing, not 'this'",
    text: "Belgium will provide two F-16s for air policing over Ukraine. But the jets would only be sent if parliament approves the mission.",
    cells: ["BE air conditional | if parliament approves the mission"],
  },
  {
    phenomenon: "a condition in a quotation after the pledge, 'do it' for the pledge",
    text: 'The Netherlands is ready to send troops to Ukraine, Prime Minister Dick Schoof said. "We will only do it with a clear mandate from the Security Council," he added.',
    cells: ["NL troops conditional | with a clear mandate from the Security Council"],
  },
  {
    phenomenon: "a condition the president sets for the contribution a minister announced",
    text: "Lithuania will contribute a company of soldiers to the reassurance force. President Gitanas Nauseda said the contribution depends on a US backstop.",
    cells: ["LT troops conditional | depends on a US backstop"],
  },
  {
    phenomenon: "a condition for the capital's offer in the next paragraph",
    text: "Estonia will send a platoon to Ukraine.\n\nTallinn's offer stands only if a ceasefire holds, officials said.",
    cells: ["EE troops conditional | only if a ceasefire holds"],
  },
  {
    phenomenon: "a condition stated first for two pledges 'it' makes next",
    text: "Romania said its help would come after a peace deal is signed. It will open the port of Constanta as a logistics hub and send minesweepers to the Black Sea.",
    cells: [
      "RO logistics conditional | after a peace deal is signed",
      "RO maritime conditional | after a peace deal is signed",
    ],
  },
  {
    phenomenon: "a spokesman's reply in the next paragraph as the condition",
    text: 'Greece will send a frigate to escort ships in the Black Sea, Prime Minister Kyriakos Mitsotakis said.\n\n"Only after the guns fall silent," his spokesman added.',
    cells: ["GR maritime conditional | Only after the guns fall silent"],
  },
  // Conditions that do not carry over.
  {
    phenomenon: "a conditional pledge, then another country's plain one",
    text: "Sweden will send a battalion once a ceasefire is signed. Norway will send two frigates to the Black Sea.",
    cells: ["SE troops conditional | once a ceasefire is signed", "NO maritime committed"],
  },
  {
    phenomenon: "a pledge, then a sentence on the talks with a time of its own",
    text: "Spain will send 500 soldiers to Ukraine, Defence Minister Margarita Robles said. The talks on a ceasefire will only resume after the holidays.",
    cells: ["ES troops committed"],
  },
  {
    phenomenon: "a pledge, then how the decision came about: a past event, no condition",
    text: "Canada will train Ukrainian pilots. That decision came after a meeting with Zelensky in Ottawa last week.",
    cells: ["CA training committed"],
  },
  {
    phenomenon: "a conditional pledge, then another country's pledge 'without conditions'",
    text: "France will send troops once a ceasefire is agreed. Germany, by contrast, will supply weapons to Ukraine's army right away.",
    cells: ["FR troops conditional | once a ceasefire is agreed", "DE arms committed"],
  },
  {
    phenomenon: "a condition with a frame, then another country's money",
    text: "Britain would send troops only after a ceasefire, Starmer said. Ireland, meanwhile, will give 20 million euros to Ukraine's defence fund.",
    cells: ["GB troops conditional | only after a ceasefire", "IE funding committed"],
  },
  {
    phenomenon: "a condition in the next sentence for another commitment of the same country",
    text: "Denmark will host Ukrainian recruits for training on Danish soil. Its troops would go to Ukraine only after a truce.",
    cells: ["DK training committed", "DK troops conditional | only after a truce"],
  },
  // The actor named by a pronoun or a description.
  {
    phenomenon: "'it' for the country of the sentence before, with 'now'",
    text: "Norway has long backed Kyiv. It will now send two hundred soldiers to a reassurance force.",
    cells: ["NO troops committed"],
  },
  {
    phenomenon: "'the Nordic nation' for the country of the sentence before",
    text: "Finland shares a long border with Russia. The Nordic nation will help patrol Ukrainian airspace with its fighter jets.",
    cells: ["FI air committed"],
  },
  {
    phenomenon: "'the kingdom' for the country of the sentence before",
    text: "Denmark announced a new aid package on Monday. The kingdom will fund the production of artillery shells for Ukraine.",
    cells: ["DK arms committed"],
  },
  {
    phenomenon: "'the alliance' for NATO named just before",
    text: "NATO has kept its distance from the coalition's plans. The alliance will not deploy troops of its own to Ukraine, officials said.",
    cells: ["NATO troops ruled_out"],
  },
  {
    phenomenon: "'the government in Rome' refusing one part and offering another",
    text: "Italy has been cautious about a foreign force. The government in Rome ruled out sending Italian soldiers but offered to help train Ukrainian troops.",
    cells: ["IT troops ruled_out", "IT training committed"],
  },
  {
    phenomenon: "'its defence ministry' for the host country of the sentence before",
    text: "Spain hosted a meeting of the coalition on Tuesday. Its defence ministry said Spanish minehunters could help clear the Black Sea.",
    cells: ["ES maritime considering"],
  },
  {
    phenomenon: "'the minister' and 'his country' after a paragraph about another country",
    text: "Latvian Defence Minister Andris Spruds spoke in Riga on Monday.\n\nLithuania, meanwhile, has offered to host training camps for Ukrainian soldiers.\n\nThe minister said his country would send instructors to Ukraine once a ceasefire was in place.",
    cells: ["LT training committed", "LV training conditional | once a ceasefire was in place"],
  },
  {
    phenomenon: "'the two leaders' for officials introduced by nationality and office",
    text: "French President Emmanuel Macron hosted German Chancellor Friedrich Merz in Paris. The two leaders agreed to supply a new air defence system to Ukraine.",
    cells: ["FR arms committed", "DE arms committed"],
  },
  {
    phenomenon: "'both governments' for the two countries of the sentence before, with a condition",
    text: "Spain and Portugal signed a defence pact in Madrid. Both governments will send officers to the monitoring mission once a truce is agreed.",
    cells: ["ES monitoring conditional | once a truce is agreed", "PT monitoring conditional | once a truce is agreed"],
  },
  {
    phenomenon: "'the country' after a refusal, with 'however' inside the verb",
    text: "Japan will not send troops. The country will, however, pay for drones for Ukraine's army.",
    cells: ["JP troops ruled_out", "JP arms committed"],
  },
  // The actor two sentences back, with a sentence about something else in between.
  {
    phenomenon: "'the country' two sentences after the country, the war in between",
    text: "Norway has offered two frigates for the Black Sea. The war has now entered its fifth year. The country will also train Ukrainian marines.",
    cells: ["NO maritime committed", "NO training committed"],
  },
  {
    phenomenon: "'his government' two sentences after the speaker is introduced",
    text: "Estonian Prime Minister Kristen Michal spoke in Tallinn. Russia launched a wave of drones at Kyiv overnight. He said his government would send a company to Ukraine after a ceasefire.",
    cells: ["EE troops conditional | after a ceasefire"],
  },
  {
    phenomenon: "'its defence minister' two sentences after the country, a raid on Ukraine in between",
    text: "Poland announced a new hub on Friday. Air raid sirens sounded across Ukraine the same night. Its defence minister said the hub at Rzeszow would handle deliveries for Kyiv.",
    cells: ["PL logistics committed"],
  },
  // A nominal pledge whose owner is in the sentence before.
  {
    phenomenon: "'this package includes' with its owner in the sentence before",
    text: "Germany announced a new package for Ukraine on Monday. This package includes four Patriot systems and ammunition.",
    cells: ["DE arms committed"],
  },
  {
    phenomenon: "'the offer covers' with its owner in the sentence before",
    text: "The Netherlands made an offer to the coalition on Friday. The offer covers two minehunters and a team of divers for the Black Sea.",
    cells: ["NL maritime committed"],
  },
  {
    phenomenon: "'the plan also foresees' with its owner in the sentence before",
    text: "Britain presented its plan for the day after the war. The plan also foresees a training mission for Ukrainian brigades in western Ukraine.",
    cells: ["GB training committed"],
  },
  {
    phenomenon: "a package with no owner named: nobody's pledge",
    text: "Analysts expect a new package soon. This package would include long-range missiles.",
    cells: [],
  },
  // Lists of contributions.
  {
    phenomenon: "a contribution set out after a colon",
    text: "Australia set out its contribution on Tuesday: instructors to train Ukrainian soldiers in Britain and intelligence sharing with Kyiv.",
    cells: ["AU training committed", "AU intelligence committed"],
  },
  {
    phenomenon: "bullet lines after 'X will contribute:'",
    text: "Belgium will contribute:\n- two F-16s for air policing over Ukraine\n- 100 million euros for Ukraine's arms purchases\n- minehunters to clear the Black Sea",
    cells: ["BE air committed", "BE arms committed", "BE maritime committed"],
  },
  {
    phenomenon: "bullet lines after a lead-in that opens with a condition",
    text: "Once a ceasefire holds, the Netherlands will contribute:\n- a battalion of soldiers\n- two frigates for the Black Sea",
    cells: ["NL troops conditional | Once a ceasefire holds", "NL maritime conditional | Once a ceasefire holds"],
  },
  // A quotation over several paragraphs.
  {
    phenomenon: "a quotation reopened in the next paragraph, the speaker named only in the first",
    text: '"Denmark will send soldiers to Ukraine," Prime Minister Mette Frederiksen said. "We are ready.\n\n"We will also station fighter jets to protect Ukrainian skies."',
    cells: ["DK troops committed", "DK air committed"],
  },
  {
    phenomenon: "a quotation over two paragraphs, then a new quote from another country's leader",
    text: 'Dutch Prime Minister Dick Schoof said: "Our navy will help clear the Black Sea of mines.\n\n"We will also put instructors at the disposal of the coalition to train Ukrainian soldiers."\n\n"We have no plans to send ground troops," Belgian Prime Minister Bart De Wever said.',
    cells: ["NL maritime committed", "NL training committed", "BE troops ruled_out"],
  },
  {
    phenomenon: "a second quote from another leader answering the first",
    text: '"Britain will lead the force," Starmer said.\n\n"We will not send a single soldier," said Hungarian Prime Minister Viktor Orban.',
    cells: ["GB troops committed", "HU troops ruled_out"],
    gap: "'lead the force' is no troop pledge by the rules ('London and Paris will lead the force' in phenomena.test.ts): a labelling question",
  },
  {
    phenomenon: "a quotation that runs on from the frame into the next paragraph",
    text: 'Finnish President Alexander Stubb was asked about the force. "Finland is ready to play its part," he said. "Our pilots will help police Ukrainian airspace.\n\n"And we will train Ukrainian air defence crews at home."',
    cells: ["FI air committed", "FI training committed"],
  },
  {
    phenomenon:
      "a precondition named as a noun in the next sentence: 'The precondition for any such engagement is ...'",
    text: "Austria is prepared to send deminers to Ukraine's ports. The precondition for any such engagement is a ceasefire that holds, the chancellor insisted.",
    cells: ["AT maritime conditional | a ceasefire that holds"],
  },
  {
    phenomenon: "a precondition as 'the main condition for this deployment' after a pledge of ships",
    text: "Norway will send two frigates to the Black Sea.\n\nThe main condition for this deployment is a mandate from the Storting.",
    cells: ["NO maritime conditional | a mandate from the Storting"],
  },
  {
    phenomenon: "a prerequisite named for the mission after a pledge of instructors, with 'would be'",
    text: "Portugal will send instructors to western Ukraine. A prerequisite for such a mission would be a resolution of the Security Council.",
    cells: ["PT training conditional | a resolution of the Security Council"],
  },
  {
    phenomenon: "a condition for peace in the next sentence is no precondition for the pledge before",
    text: "Spain will deliver more artillery shells to Ukraine. The condition for peace is a full Russian withdrawal, Sanchez said.",
    cells: ["ES arms committed"],
  },
  {
    phenomenon: "a precondition for another matter (membership) is no precondition for the pledge before",
    text: "Ireland will train Ukrainian army medics at home. The precondition for Ukraine's membership of the Union is reform.",
    cells: ["IE training committed"],
  },
  {
    phenomenon: "a later 'would take part only if' limits the country's offer two paragraphs before",
    text: "Ireland is ready to send observers to monitor a ceasefire in Ukraine, the Taoiseach said.\n\nHe spoke after talks with his Danish counterpart in Dublin.\n\nIreland would take part only if the mission had a UN mandate, he added.",
    cells: ["IE monitoring conditional | if the mission had a UN mandate"],
  },
  {
    phenomenon:
      "'Dutch frigates would only be deployed once ...' later limits the earlier naval offer, not the weapons delivered",
    text: 'The Netherlands will send two frigates to escort grain ships in the Black Sea and has delivered more F-16 jets to Ukraine.\n\n"We stand with Kyiv," the prime minister said.\n\nThe defence minister told parliament that Dutch frigates would only be deployed once a ceasefire was agreed.',
    cells: ["NL maritime conditional | once a ceasefire was agreed", "NL arms committed"],
  },
  {
    phenomenon: "another country's later 'only if' leaves the first country's offer committed",
    text: "Norway will send instructors to western Ukraine.\n\nThe talks went on into the night.\n\nSweden would take part only if parliament approved the mission, its minister said.",
    cells: ["NO training committed"],
  },
  {
    phenomenon: "a later 'would take part if asked' with no 'only' is no condition on the offer",
    text: "Belgium is ready to send deminers to clear Ukraine's ports.\n\nBelgium would take part if asked, the minister added.",
    cells: ["BE maritime committed"],
  },
];
