import type { PhenomenonCase } from "./case";

/**
 * Ukraine's own positions: what Kyiv asks for, welcomes, insists on or counts on from its partners
 * on the guarantees themselves (a foreign force, air defence or air policing over Ukraine,
 * monitoring, an Article 5-style guarantee, a backstop, a naval mission) is `supports` (labelling
 * conventions, "Ukraine's own positions"), whoever speaks for it. What it asks to receive (weapons,
 * money, training, intelligence, a hub) is no position of its own: Ukraine is the recipient
 * (stance.ts, `RECEIVED_TYPES`). Around them: what Ukraine reports of others (theirs), thanks
 * (the donor's), its side of a bilateral agreement (not labelled), its own forces (not `troops`),
 * and a former official.
 */
export const UKRAINE_SUPPORTS_CASES: readonly PhenomenonCase[] = [
  // Welcoming, calling for, asking.
  {
    phenomenon: "Ukraine welcomes a plan two countries own, with its condition",
    text: "Zelensky welcomed the British and French plan to deploy troops to Ukraine after a ceasefire.",
    cells: ["UA troops supports", "GB troops conditional", "FR troops conditional"],
  },
  {
    phenomenon: "the foreign minister calls for a monitoring mission, another country ready to join",
    text: "Ukraine's Foreign Minister Andrii Sybiha called for an international mission to monitor any ceasefire along the front line, while Turkey said it was ready to take part.",
    cells: ["UA monitoring supports", "TR monitoring committed"],
  },
  {
    phenomenon: "Ukraine asking two countries to train its soldiers is no position; the one that agrees pledges",
    text: "Ukraine's Defence Minister Mykhailo Fedorov asked Sweden and Norway to train more Ukrainian drone operators. Norway said it would expand its training programme.",
    cells: ["NO training committed"],
  },
  {
    phenomenon: "the head of the presidential office calls a foreign force essential, a neighbour refuses",
    text: "Kyrylo Budanov, the head of Ukraine's presidential office, said a reassurance force of European troops was essential to any settlement. Poland has said it will not send its soldiers to Ukraine.",
    cells: ["UA troops supports", "PL troops ruled_out"],
  },
  {
    phenomenon: "Kyiv counting on a backstop, Washington promising something else",
    text: "Kyiv is counting on an American backstop, a senior Ukrainian official said on Monday. Washington has so far promised only intelligence sharing.",
    cells: ["UA backstop supports", "US intelligence committed"],
  },
  {
    phenomenon: "Ukraine's government wants air policing after a ceasefire, another country might join",
    text: "Ukraine's government wants Western fighter jets to patrol its skies after a ceasefire, a spokesman said. Sweden has said it could contribute aircraft.",
    cells: ["UA air supports", "SE air considering"],
  },
  {
    phenomenon: "Ukrainian officials expecting money to receive is no position; the donor's pledge is",
    text: "Ukrainian officials say they expect partners to keep funding the army's salaries next year. The Netherlands has pledged 3 billion euros to finance Ukraine's armed forces in 2027.",
    cells: ["NL funding committed"],
  },
  {
    phenomenon: "urging a country to deliver a weapon: neither the urged nor the recipient holds a position",
    text: "Zelensky urged Germany to deliver Taurus cruise missiles. Spain announced a new package of artillery shells for Ukraine on the same day.",
    cells: ["ES arms committed"],
  },
  {
    phenomenon: "insisting on an Article 5-style guarantee, another country refusing to sign one",
    text: "Sybiha insisted that any guarantees must be legally binding and modelled on NATO's Article 5. Slovak Prime Minister Robert Fico said his country would not sign any Article 5-style commitment.",
    cells: ["UA article5 supports", "SK article5 ruled_out"],
  },
  {
    phenomenon: "Kyiv demands a sky shield, said by a presidential adviser",
    title: "Kyiv demands European air shield",
    text: "Kyiv demands a sky shield over western Ukraine patrolled by European jets, presidential adviser Mykhailo Podolyak said.",
    cells: ["UA air supports"],
  },
  {
    phenomenon: "a foreign force as the only real guarantee",
    text: "Zelenskyy said that foreign troops on the ground were the only real guarantee that Russia would not attack again.",
    cells: ["UA troops supports"],
  },
  {
    phenomenon: "Ukraine expects another country to lead, which states its own conditional part",
    text: "Ukraine expects Britain to lead the air policing mission over its western regions, Zelensky said. London has said its Typhoons will patrol Ukrainian skies once a ceasefire holds.",
    cells: ["UA air supports", "GB air conditional"],
  },
  {
    phenomenon: "the countries in Ukraine's hope are not its positions",
    text: "Zelensky said he hoped the coalition would agree on a ceasefire monitoring mission using drones and satellites, with France and Britain in charge of it.",
    cells: ["UA monitoring supports"],
  },
  // Thanks: the donor's pledge, not Ukraine's.
  {
    phenomenon: "Ukraine thanking a donor gives the donor's position only",
    text: "Zelensky thanked Norway for its new package of air-defence missiles.",
    cells: ["NO arms committed"],
  },
  {
    phenomenon: "thanks for deliveries and a request for more jets: the donor's pledge only",
    text: "Sybiha thanked Denmark for its latest F-16 deliveries and asked other partners to send more jets.",
    cells: ["DK arms committed"],
  },
  // Ukraine's side of a bilateral agreement is not labelled.
  {
    phenomenon: "Ukraine's own undertaking in a bilateral agreement",
    text: "Ukraine and Finland signed a ten-year security agreement in Helsinki. Under it, Finland will provide air-defence equipment, and Ukraine undertakes to share battlefield intelligence with Finnish forces.",
    cells: ["FI arms committed"],
  },
  {
    phenomenon: "an agreement signed by the president: the donor's pledge, Ukraine's reform",
    text: "Under the agreement signed by Zelensky and Prime Minister Mette Frederiksen, Denmark will train Ukrainian pilots and Ukraine commits to reforming its defence procurement.",
    cells: ["DK training committed"],
  },
  // Ukraine's own forces.
  {
    phenomenon: "Ukraine's own army is not troops; air-defence systems it asks for are arms it receives",
    text: "Zelensky said Ukraine's army of 880,000 soldiers would remain the first line of defence, and asked partners for more air-defence systems to protect it.",
    cells: [],
  },
  {
    phenomenon: "Ukraine's own troops staying on the line, another country's offer",
    text: "Zelensky said Ukraine's own troops would stay along the line of contact after any ceasefire. Estonia said on the same day that it was ready to send a company of soldiers to western Ukraine.",
    cells: ["EE troops committed"],
  },
  {
    phenomenon: "boots on the ground called for, then refused by another",
    text: "Zelensky again called for European boots on the ground. Meloni repeated that Italian soldiers would not be sent to Ukraine.",
    cells: ["UA troops supports", "IT troops ruled_out"],
  },
  // Rejecting.
  {
    phenomenon: "Ukraine rejecting a ban on foreign troops supports them; the ban is Russia's",
    text: "Kyiv rejected Moscow's demand that no Western troops be stationed in Ukraine, saying it wants a European contingent on its soil.",
    cells: ["UA troops supports", "RU troops opposes"],
    gap: "rejecting a ban read as opposition; the ban's owner missed",
  },
  {
    phenomenon: "rejecting a ceasefire without guarantees names no commitment type",
    text: "Zelensky rejected any ceasefire that would leave Ukraine without security guarantees.",
    cells: [],
  },
  // Quotations and other speakers.
  {
    phenomenon: "a quoted need of the foreign minister, a partner's hedge for such a mission",
    text: '"We need an air shield over our cities, not more promises," Sybiha told reporters in Brussels. The Dutch defence minister said the Netherlands could contribute F-35 jets to such a mission.',
    cells: ["UA air supports", "NL air considering"],
  },
  {
    phenomenon: "Ukraine wanting another country to commit to a backstop",
    text: "Budanov said Kyiv wanted Washington to commit to a clear backstop.",
    cells: ["UA backstop supports"],
  },
  {
    phenomenon: "Ukrainian officials want monitoring, Moscow rejects any monitors",
    text: "Ukrainian officials want partners to monitor the ceasefire line with drones and satellites. Moscow has rejected any foreign monitors.",
    cells: ["UA monitoring supports", "RU monitoring opposes"],
  },
  {
    phenomenon: "welcoming another country's decision to train Ukrainians: its pledge only",
    text: "Zelensky welcomed Canada's decision to train another 10,000 Ukrainian soldiers next year.",
    cells: ["CA training committed"],
  },
  {
    phenomenon: "Ukraine calls for a naval mission, another country offers demining",
    text: "Ukraine calls for a naval mission to keep Black Sea shipping lanes open, its foreign ministry said, as Turkey offered to lead demining operations there.",
    cells: ["UA maritime supports", "TR maritime committed"],
  },
  {
    phenomenon: "Ukraine asking for money is no position; a government opposing the loan opposes it",
    text: "Zelensky asked EU leaders to use frozen Russian assets to finance Ukraine's army over the next two years. Belgian Prime Minister Bart De Wever said he opposed a loan to fund Ukraine's army from the frozen assets.",
    cells: ["BE funding opposes"],
  },
  {
    phenomenon: "hoping another country hosts a hub: that country's answer, not Ukraine's hope",
    text: "Sybiha said he hoped Romania would host a logistics hub for Ukraine's partners. Bucharest said it was considering the request.",
    cells: ["RO logistics considering"],
    gap: "'considering the request' not read for the hub just named",
  },
  {
    phenomenon: "a condition on what Ukraine wants keeps it support",
    text: '"If the guns fall silent, we want European jets in our skies," Zelensky said.',
    cells: ["UA air supports"],
  },
  {
    phenomenon: "a minister's quoted wish for weapons is none; a counterpart's promise in a relative clause is",
    text: '"Our priority is more Patriot systems," Defence Minister Mykhailo Fedorov said after meeting his German counterpart, who promised two more launchers before winter.',
    cells: ["DE arms committed"],
    gap: "'his German counterpart, who promised two more launchers' not read",
  },
  {
    phenomenon: "what Ukraine's president reports of another country is that country's",
    text: "Zelensky said Britain was ready to lead air policing over Ukraine.",
    cells: ["GB air committed"],
  },
  {
    phenomenon: "reporting two countries' conditional pledge and calling on a third",
    text: "Zelensky said France and Britain would send troops as soon as a ceasefire is signed, and he called on Germany to join them.",
    cells: ["FR troops conditional", "GB troops conditional", "UA troops supports"],
    gap: "'called on Germany to join them' not read as support",
  },
  {
    phenomenon: "Kyiv insisting that partners train its recruits is no position of its own",
    text: "Kyiv insists that partners must train far more Ukrainian recruits, a defence ministry spokesman said.",
    cells: [],
  },
  {
    phenomenon: "a fronted measure called essential, another country refusing its part",
    text: "Air defence over western Ukraine by European jets is essential, Sybiha said, but Slovakia said it would not send any aircraft.",
    cells: ["UA air supports", "SK air ruled_out"],
  },
  {
    phenomenon: "Ukraine's own air defence at work is no position",
    text: "Ukraine's air force shot down 60 drones overnight, and Zelensky said the country's own air defence was stretched thin.",
    cells: [],
  },
  {
    phenomenon: "a former Ukrainian official is not labelled",
    text: "Former presidential chief of staff Andriy Yermak said Europe should send troops to Ukraine without waiting for a ceasefire.",
    cells: [],
  },
  {
    phenomenon: "an envoy asking for intelligence is none; a partner agreeing to share imagery is",
    text: "Ukraine's envoy to NATO said Kyiv was asking allies for more intelligence on Russian troop movements. Norway agreed to share satellite imagery.",
    cells: ["NO intelligence committed"],
  },
  {
    phenomenon: "counting on a backstop in a quotation, a reported promise after it",
    text: '"We count on Washington to provide a backstop," Zelensky said, adding that Canada had promised to take part in monitoring the ceasefire.',
    cells: ["UA backstop supports", "CA monitoring committed"],
  },
  {
    phenomenon: "a list of what Kyiv wants after a colon",
    text: "Zelensky listed what Kyiv wants from the coalition: troops on the ground, air policing over the west of the country and a naval presence in the Black Sea.",
    cells: ["UA troops supports", "UA air supports", "UA maritime supports"],
  },
];
