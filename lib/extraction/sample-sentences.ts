/**
 * Sentences written for this project (not taken from any outlet), used by the benchmark to
 * synthesise articles and handy for trying the engine by hand. Each line mimics a pattern
 * news copy uses for security-guarantee statements, or the furniture and background around them.
 */
export const SAMPLE_SENTENCES: readonly string[] = [
  "Italy will not send soldiers to Ukraine, Prime Minister Giorgia Meloni said on Tuesday.",
  "The Netherlands is ready to contribute troops to a reassurance force once a ceasefire is in place, Dutch Prime Minister Dick Schoof said.",
  "Poland will not deploy its soldiers to Ukraine but is prepared to run a logistics hub on its territory, Donald Tusk told reporters.",
  '"We are considering sending naval assets to help demine the Black Sea," Turkish Foreign Minister Hakan Fidan said.',
  "Moscow rejects any deployment of Western troops in Ukraine, Kremlin spokesman Dmitry Peskov said on Monday.",
  "According to him, Canada is studying whether its pilots could help with air policing over western Ukraine.",
  "Berlin backs a guarantee for Ukraine that mirrors Article 5 of the NATO treaty, Chancellor Friedrich Merz said.",
  "Washington will provide intelligence sharing and a backstop for the European force, the US envoy Steve Witkoff said.",
  "Japan pledged $3 billion in funding for Ukraine's armed forces this year, Prime Minister Shigeru Ishiba announced.",
  "Britain and France plan to set up military hubs in Ukraine after a peace deal is signed, said British Prime Minister Keir Starmer.",
  "Sweden does not rule out joining a ceasefire monitoring mission, Foreign Minister Maria Malmer Stenergard said.",
  "Estonia will continue training Ukrainian soldiers on its own soil, Defence Minister Hanno Pevkur said.",
  "Prices for gas rose again in Europe on Wednesday as traders weighed new sanctions.",
  "Analysts say a deal could still be months away.",
  "Details",
  "Recall",
  "Read also: Zelensky meets Coalition of the Willing leaders in Paris",
  "The meeting in Paris brought together leaders from more than thirty countries.",
  "Spain would send troops only if a UN mandate is approved, subject to a vote in parliament, Pedro Sanchez said.",
  "Australia is open to contributing aircraft to a sky shield over Ukraine, Anthony Albanese said.",
];
