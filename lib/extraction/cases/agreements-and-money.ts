import type { PhenomenonCase } from "./case";

/**
 * Agreements, aid packages and money: bilateral security agreements and what their texts
 * say, packages with amounts, loans and purchases made for Ukraine, and what they are not.
 */
export const AGREEMENTS_CASES: readonly PhenomenonCase[] = [
  {
    phenomenon: "a package with an amount and air-defence missiles",
    text: "Norway will give Ukraine a new package worth 1.2 billion kroner, including air-defence missiles and artillery shells, the defence ministry said on Tuesday.",
    cells: ["NO arms committed"],
  },
  {
    phenomenon: "money set aside in a budget to finance the armed forces",
    text: "The Netherlands has set aside 3.5 billion euros in next year's budget to finance Ukraine's armed forces, Prime Minister Dick Schoof said.",
    cells: ["NL funding committed"],
  },
  {
    phenomenon: "a purchase of American weapons financed for Ukraine",
    text: "Sweden will finance the purchase of American air-defence systems for Ukraine through the NATO mechanism, its defence minister said.",
    // money as such, and weapons delivered: both (labelling conventions, "Money")
    cells: ["SE funding committed", "SE arms committed"],
  },
  {
    phenomenon: "a loan backed by frozen assets",
    text: "Japan will lend Ukraine 3 billion dollars backed by the proceeds of frozen Russian assets to strengthen its defence, Tokyo said.",
    cells: ["JP funding committed"],
  },
  {
    phenomenon: "a ten-year agreement whose text pledges training",
    text: "Under the ten-year security agreement signed in Kyiv on Monday, Portugal undertakes to train Ukrainian pilots and engineers.",
    cells: ["PT training committed"],
  },
  {
    phenomenon: "an agreement's text, several commitments in a list",
    text: "Under the deal, Belgium will provide F-16 jets, train Ukrainian crews and share intelligence with Kyiv.",
    cells: ["BE arms committed", "BE training committed", "BE intelligence committed"],
  },
  {
    phenomenon: "two leaders sign a pact naming what each does",
    text: "Zelensky and Danish Prime Minister Mette Frederiksen signed a security pact under which Denmark will keep supplying weapons and ammunition to Ukraine for ten years.",
    cells: ["DK arms committed"],
  },
  {
    phenomenon: "a delivery already made is a commitment under way",
    text: "Canada has delivered 50 armoured vehicles to Ukraine this month, Defence Minister Bill Blair said.",
    cells: ["CA arms committed"],
  },
  {
    phenomenon: "co-production in Ukraine's defence industry is arms",
    text: "Germany will produce long-range drones together with Ukrainian manufacturers, Chancellor Friedrich Merz said.",
    cells: ["DE arms committed"],
  },
  {
    phenomenon: "money for reconstruction is no security funding",
    text: "Austria will give 40 million euros to rebuild schools and hospitals in Ukraine, the foreign ministry said.",
    cells: [],
  },
  {
    phenomenon: "humanitarian aid is no security funding",
    text: "Ireland announced 20 million euros in humanitarian aid for Ukrainian refugees on Friday.",
    cells: [],
  },
  {
    phenomenon: "a refusal to send weapons, with money offered instead",
    text: "Hungary will not supply weapons to Ukraine, Foreign Minister Peter Szijjarto said.",
    cells: ["HU arms ruled_out"],
  },
  {
    phenomenon: "a budget for the country's own army is not for Ukraine",
    text: "Poland will spend 4.7 percent of its GDP on its own armed forces next year, Defence Minister Wladyslaw Kosiniak-Kamysz said.",
    cells: [],
  },
  {
    phenomenon: "a signature still to come: considering",
    text: "Spain is considering a further package of air-defence missiles for Ukraine, Defence Minister Margarita Robles said.",
    cells: ["ES arms considering"],
  },
  {
    phenomenon: "a package conditional on a parliamentary vote",
    text: "Finland will send a new package of artillery ammunition to Ukraine if parliament approves the budget, the defence ministry said.",
    cells: ["FI arms conditional | if parliament approves the budget"],
  },
  {
    phenomenon: "a contribution to a trust fund",
    text: "Lithuania will contribute 30 million euros to the NATO trust fund for Ukraine, the government said.",
    cells: ["LT funding committed"],
  },
  {
    phenomenon: "money described as military aid is arms",
    text: "Britain has pledged 3 billion pounds in military aid to Ukraine for every year as long as needed, the prime minister's office said.",
    cells: ["GB arms committed"],
  },
  {
    phenomenon: "a consultation clause is no collective-defence guarantee",
    text: "In the event of a future Russian attack, Greece and Ukraine will consult within 24 hours on further steps, the agreement says.",
    cells: [],
  },
  {
    phenomenon: "Ukraine's side of an agreement is not labelled",
    text: "Ukraine undertakes to share battlefield lessons with Romania, while Romania will train Ukrainian soldiers, the agreement states.",
    cells: ["RO training committed"],
  },
  {
    phenomenon: "the agreement provides for a donor's deliveries",
    text: "The agreement provides for Croatia to deliver mine-clearing equipment and armoured vehicles to Ukraine.",
    cells: ["HR arms committed"],
  },
  {
    phenomenon: "an amount for weapons bought from industry for Ukraine",
    text: "Denmark will spend 500 million kroner buying drones from Ukrainian manufacturers for the Ukrainian army, the defence ministry said.",
    cells: ["DK arms committed"],
  },
  {
    phenomenon: "a negated approval of new aid is a refusal",
    text: "Washington will not approve any new weapons packages for Kyiv this year, a White House spokeswoman said.",
    cells: ["US arms ruled_out"],
  },
  {
    phenomenon: "a government that would not approve further deliveries refuses them",
    text: "The Czech government would not approve further ammunition deliveries to Ukraine, Prime Minister Andrej Babis said.",
    cells: ["CZ arms ruled_out"],
  },
  {
    phenomenon: "an approval made is a commitment",
    text: "The Dutch cabinet approved a new military aid package for Ukraine worth 500 million euros on Friday.",
    cells: ["NL arms committed"],
  },
  // Weapons given in the past, told as background in the simple past or the pluperfect
  // (`stance-word/weapons-given-in-the-past`): the gift is the donor's committed part.
  {
    phenomenon: "past gifts: tanks delivered in the simple past, recalled by the minister",
    text: "Portugal delivered six Leopard tanks to Kyiv two years ago, Defence Minister Nuno Melo recalled.",
    cells: ["PT arms committed"],
  },
  {
    phenomenon: "past gifts: the pluperfect in reported speech",
    text: "Lithuania's defence minister said the country had already shipped anti-drone equipment and ammunition to Ukraine this year.",
    cells: ["LT arms committed"],
  },
  {
    phenomenon: "past gifts: a package of military-technical assistance approved, the time phrase before the object",
    text: "The Czech government approved on Tuesday a further package of military-technical assistance for Kyiv.",
    cells: ["CZ arms committed"],
  },
  {
    phenomenon: "past gifts: a sum committed in military aid",
    text: "Luxembourg has committed 80 million euros in military aid to Ukraine this year, its foreign ministry said.",
    cells: ["LU arms committed"],
  },
  {
    phenomenon: "past gifts: two donors who supplied Ukraine with launchers",
    text: "Norway and Sweden supplied Ukraine with air-defence launchers last autumn.",
    cells: ["NO arms committed", "SE arms committed"],
  },
  {
    phenomenon:
      "trap: a past verb of giving with no weapons (an answer delivered, a package of sanctions, soldiers in Kosovo)",
    text: "Belgium delivered its answer to the coalition's questionnaire on Friday. Romania confirmed a further package of sanctions against Moscow. Greece has committed 200 soldiers to the NATO mission in Kosovo.",
    cells: [],
  },
  // A delivery announced in the agentless passive (`subjects/passive-delivery-after-modal`): the
  // speaker's gift, committed, not its view of a measure.
  {
    phenomenon: "a delivery in the passive: missiles that will be delivered, the minister in a trailing frame",
    text: "More air-defence missiles will be delivered to Ukraine in May, the Belgian defence minister said.",
    cells: ["BE arms committed"],
  },
  {
    phenomenon: "a delivery in the passive: tanks that would be handed over, in reported speech",
    text: "The Czech defence minister said the promised T-72 tanks would be handed over to Kyiv before the end of the year.",
    cells: ["CZ arms committed"],
  },
  {
    phenomenon: "a delivery in the passive with a sum, 'will soon be shipped'",
    text: "Ammunition worth 200 million euros will soon be shipped to Ukraine, Portugal's defence minister said.",
    cells: ["PT arms committed"],
  },
  {
    phenomenon: "trap: the passive agent, not the speaker, delivers",
    text: "The air-defence missiles will be delivered by Germany, the Dutch defence minister said.",
    cells: ["DE arms committed"],
  },
  {
    phenomenon: "a number with a thousands separator between the verb and the weapons",
    text: "Canada will send 1,500 interceptor drones to Ukraine by the end of the year, the defence department said.",
    cells: ["CA arms committed"],
  },
  {
    phenomenon: "a quantity of several words before the weapons",
    text: "Denmark will provide more than 3,000 short-range missiles to Kyiv next year, the defence ministry said.",
    cells: ["DK arms committed"],
  },
  {
    phenomenon: "money for soldiers' salaries is funding, not troops",
    text: "The Netherlands will transfer 400 million euros so that Kyiv can pay its soldiers' salaries through the winter, Prime Minister Dick Schoof said.",
    cells: ["NL funding committed"],
  },
  {
    phenomenon: "paying the troops' wages is funding",
    text: "Norway will cover Ukrainian troops' wages for six months from a new fund, Prime Minister Jonas Gahr Store said.",
    cells: ["NO funding committed"],
  },
  {
    phenomenon: "paying for the procurement of weapons for Ukraine is money and weapons",
    text: "Belgium will pay for the procurement of American interceptors for Ukraine under the NATO scheme, Defence Minister Theo Francken said.",
    cells: ["BE funding committed", "BE arms committed"],
  },
  {
    phenomenon: "co-funding an acquisition for Kyiv",
    text: "Germany and Norway will co-fund the acquisition of two more Patriot systems for Kyiv, the German defence ministry said.",
    cells: ["DE funding committed", "DE arms committed", "NO funding committed", "NO arms committed"],
  },
  {
    phenomenon: "trap: paying for purchases for civilian use is no security funding",
    text: "Ireland will pay for the purchase of generators for Ukrainian hospitals this winter, the foreign ministry said.",
    cells: [],
  },
  // Weapons financed in the past by several donors (`stance-word/weapons-given-in-the-past`):
  // money as such and weapons, both, for every donor of the list.
  {
    phenomenon: "past gifts: two donors who financed a package of drones and ammunition",
    text: "Iceland and Luxembourg financed a package of drones and ammunition for Ukraine last autumn, the two foreign ministries said.",
    cells: ["IS funding committed", "IS arms committed", "LU funding committed", "LU arms committed"],
  },
  {
    phenomenon: "trap: a renovation funded is no weapons financed",
    text: "Belgium funded the renovation of its embassy in Kyiv last year.",
    cells: [],
  },
];
