/**
 * The speaker gazetteer: leaders, ministers and officials who speak on security guarantees
 * for Ukraine (2024-2026). The extraction engine recognises them by full name or alias and
 * attributes what they say to their country; the foundation seeds the Speaker table from it.
 *
 * Aliases are the forms news copy uses (surnames, transliterations, common misspellings).
 * A bare surname is listed only when it is unambiguous in this domain ("Dan" is not).
 */

export interface SpeakerEntry {
  name: string;
  /** ISO 3166-1 alpha-2, or "EU" / "NATO". */
  country: string;
  role: string;
  aliases: string[];
}

export const SPEAKERS: readonly SpeakerEntry[] = [
  // United Kingdom
  { name: "Keir Starmer", country: "GB", role: "prime minister", aliases: ["Starmer", "Kir Starmer"] },
  { name: "Rishi Sunak", country: "GB", role: "prime minister", aliases: ["Sunak"] },
  { name: "David Lammy", country: "GB", role: "foreign secretary", aliases: ["Lammy"] },
  { name: "Yvette Cooper", country: "GB", role: "foreign secretary", aliases: [] },
  { name: "David Cameron", country: "GB", role: "foreign secretary", aliases: [] },
  { name: "John Healey", country: "GB", role: "defence secretary", aliases: ["Healey"] },
  { name: "Grant Shapps", country: "GB", role: "defence secretary", aliases: ["Shapps"] },
  // France
  { name: "Emmanuel Macron", country: "FR", role: "president", aliases: ["Macron"] },
  { name: "François Bayrou", country: "FR", role: "prime minister", aliases: ["Francois Bayrou", "Bayrou"] },
  { name: "Michel Barnier", country: "FR", role: "prime minister", aliases: ["Barnier"] },
  { name: "Sébastien Lecornu", country: "FR", role: "prime minister", aliases: ["Sebastien Lecornu", "Lecornu"] },
  { name: "Jean-Noël Barrot", country: "FR", role: "foreign minister", aliases: ["Jean-Noel Barrot", "Barrot"] },
  {
    name: "Stéphane Séjourné",
    country: "FR",
    role: "foreign minister",
    aliases: ["Stephane Sejourne", "Séjourné", "Sejourne"],
  },
  { name: "Catherine Vautrin", country: "FR", role: "defence minister", aliases: ["Vautrin"] },
  // Germany
  { name: "Friedrich Merz", country: "DE", role: "chancellor", aliases: ["Merz"] },
  { name: "Olaf Scholz", country: "DE", role: "chancellor", aliases: ["Scholz"] },
  { name: "Frank-Walter Steinmeier", country: "DE", role: "president", aliases: ["Steinmeier"] },
  { name: "Johann Wadephul", country: "DE", role: "foreign minister", aliases: ["Wadephul"] },
  { name: "Annalena Baerbock", country: "DE", role: "foreign minister", aliases: ["Baerbock"] },
  { name: "Boris Pistorius", country: "DE", role: "defence minister", aliases: ["Pistorius"] },
  // Italy
  { name: "Giorgia Meloni", country: "IT", role: "prime minister", aliases: ["Meloni"] },
  { name: "Sergio Mattarella", country: "IT", role: "president", aliases: ["Mattarella"] },
  { name: "Antonio Tajani", country: "IT", role: "foreign minister", aliases: ["Tajani"] },
  { name: "Guido Crosetto", country: "IT", role: "defence minister", aliases: ["Crosetto"] },
  // Poland
  { name: "Donald Tusk", country: "PL", role: "prime minister", aliases: ["Tusk"] },
  { name: "Andrzej Duda", country: "PL", role: "president", aliases: ["Duda"] },
  { name: "Karol Nawrocki", country: "PL", role: "president", aliases: ["Nawrocki"] },
  { name: "Radosław Sikorski", country: "PL", role: "foreign minister", aliases: ["Radoslaw Sikorski", "Sikorski"] },
  {
    name: "Władysław Kosiniak-Kamysz",
    country: "PL",
    role: "defence minister",
    aliases: ["Wladyslaw Kosiniak-Kamysz", "Kosiniak-Kamysz"],
  },
  // Spain, Portugal, Greece
  { name: "Pedro Sánchez", country: "ES", role: "prime minister", aliases: ["Pedro Sanchez", "Sánchez", "Sanchez"] },
  { name: "José Manuel Albares", country: "ES", role: "foreign minister", aliases: ["Jose Manuel Albares", "Albares"] },
  { name: "Margarita Robles", country: "ES", role: "defence minister", aliases: ["Robles"] },
  { name: "Luís Montenegro", country: "PT", role: "prime minister", aliases: ["Luis Montenegro"] },
  { name: "Kyriakos Mitsotakis", country: "GR", role: "prime minister", aliases: ["Mitsotakis"] },
  // Benelux
  { name: "Dick Schoof", country: "NL", role: "prime minister", aliases: ["Schoof"] },
  { name: "Caspar Veldkamp", country: "NL", role: "foreign minister", aliases: ["Veldkamp"] },
  { name: "David van Weel", country: "NL", role: "foreign minister", aliases: ["van Weel"] },
  { name: "Ruben Brekelmans", country: "NL", role: "defence minister", aliases: ["Brekelmans"] },
  { name: "Bart De Wever", country: "BE", role: "prime minister", aliases: ["De Wever"] },
  { name: "Alexander De Croo", country: "BE", role: "prime minister", aliases: ["De Croo"] },
  { name: "Maxime Prévot", country: "BE", role: "foreign minister", aliases: ["Maxime Prevot", "Prévot"] },
  { name: "Theo Francken", country: "BE", role: "defence minister", aliases: ["Francken", "Theo Franken"] },
  { name: "Luc Frieden", country: "LU", role: "prime minister", aliases: ["Frieden"] },
  // Nordics
  { name: "Mette Frederiksen", country: "DK", role: "prime minister", aliases: ["Frederiksen"] },
  {
    name: "Lars Løkke Rasmussen",
    country: "DK",
    role: "foreign minister",
    aliases: ["Lars Lokke Rasmussen", "Lars Loekke Rasmussen", "Løkke Rasmussen", "Lokke Rasmussen"],
  },
  { name: "Troels Lund Poulsen", country: "DK", role: "defence minister", aliases: ["Poulsen"] },
  { name: "Ulf Kristersson", country: "SE", role: "prime minister", aliases: ["Kristersson"] },
  {
    name: "Maria Malmer Stenergard",
    country: "SE",
    role: "foreign minister",
    aliases: ["Stenergard", "Malmer Stenergard"],
  },
  { name: "Pål Jonson", country: "SE", role: "defence minister", aliases: ["Pal Jonson"] },
  {
    name: "Jonas Gahr Støre",
    country: "NO",
    role: "prime minister",
    aliases: ["Jonas Gahr Store", "Støre", "Gahr Store", "Store"],
  },
  { name: "Espen Barth Eide", country: "NO", role: "foreign minister", aliases: ["Barth Eide"] },
  { name: "Tore O. Sandvik", country: "NO", role: "defence minister", aliases: ["Tore Sandvik", "Sandvik"] },
  { name: "Alexander Stubb", country: "FI", role: "president", aliases: ["Stubb"] },
  { name: "Petteri Orpo", country: "FI", role: "prime minister", aliases: ["Orpo"] },
  { name: "Elina Valtonen", country: "FI", role: "foreign minister", aliases: ["Valtonen"] },
  { name: "Antti Häkkänen", country: "FI", role: "defence minister", aliases: ["Antti Hakkanen", "Häkkänen"] },
  // Baltics
  { name: "Kristen Michal", country: "EE", role: "prime minister", aliases: [] },
  { name: "Alar Karis", country: "EE", role: "president", aliases: ["Karis"] },
  { name: "Margus Tsahkna", country: "EE", role: "foreign minister", aliases: ["Tsahkna"] },
  { name: "Hanno Pevkur", country: "EE", role: "defence minister", aliases: ["Pevkur"] },
  {
    name: "Edgars Rinkēvičs",
    country: "LV",
    role: "president",
    aliases: ["Edgars Rinkevics", "Rinkēvičs", "Rinkevics"],
  },
  { name: "Evika Siliņa", country: "LV", role: "prime minister", aliases: ["Evika Silina", "Siliņa"] },
  { name: "Baiba Braže", country: "LV", role: "foreign minister", aliases: ["Baiba Braze", "Braže", "Braze"] },
  { name: "Andris Sprūds", country: "LV", role: "defence minister", aliases: ["Andris Spruds", "Sprūds", "Spruds"] },
  { name: "Gitanas Nausėda", country: "LT", role: "president", aliases: ["Gitanas Nauseda", "Nausėda", "Nauseda"] },
  { name: "Kęstutis Budrys", country: "LT", role: "foreign minister", aliases: ["Kestutis Budrys", "Budrys"] },
  {
    name: "Dovilė Šakalienė",
    country: "LT",
    role: "defence minister",
    aliases: ["Dovile Sakaliene", "Šakalienė", "Sakaliene"],
  },
  // Central and south-eastern Europe
  { name: "Robert Fico", country: "SK", role: "prime minister", aliases: ["Fico"] },
  { name: "Peter Pellegrini", country: "SK", role: "president", aliases: ["Pellegrini"] },
  { name: "Viktor Orbán", country: "HU", role: "prime minister", aliases: ["Viktor Orban", "Orbán", "Orban"] },
  {
    name: "Péter Szijjártó",
    country: "HU",
    role: "foreign minister",
    aliases: ["Peter Szijjarto", "Szijjártó", "Szijjarto"],
  },
  { name: "Petr Fiala", country: "CZ", role: "prime minister", aliases: ["Fiala"] },
  { name: "Andrej Babiš", country: "CZ", role: "prime minister", aliases: ["Andrej Babis", "Babiš", "Babis"] },
  { name: "Petr Pavel", country: "CZ", role: "president", aliases: [] },
  { name: "Jan Lipavský", country: "CZ", role: "foreign minister", aliases: ["Jan Lipavsky", "Lipavský", "Lipavsky"] },
  { name: "Nicușor Dan", country: "RO", role: "president", aliases: ["Nicusor Dan"] },
  { name: "Klaus Iohannis", country: "RO", role: "president", aliases: ["Iohannis"] },
  { name: "Ilie Bolojan", country: "RO", role: "prime minister", aliases: ["Bolojan"] },
  {
    name: "Andrej Plenković",
    country: "HR",
    role: "prime minister",
    aliases: ["Andrej Plenkovic", "Plenković", "Plenkovic"],
  },
  // Ireland, Austria
  { name: "Micheál Martin", country: "IE", role: "taoiseach", aliases: ["Micheal Martin"] },
  { name: "Christian Stocker", country: "AT", role: "chancellor", aliases: ["Stocker"] },
  // United States
  { name: "Donald Trump", country: "US", role: "president", aliases: ["Trump"] },
  { name: "Joe Biden", country: "US", role: "president", aliases: ["Biden"] },
  { name: "JD Vance", country: "US", role: "vice president", aliases: ["J.D. Vance", "Vance"] },
  { name: "Marco Rubio", country: "US", role: "secretary of state", aliases: ["Rubio"] },
  { name: "Antony Blinken", country: "US", role: "secretary of state", aliases: ["Blinken"] },
  { name: "Pete Hegseth", country: "US", role: "defense secretary", aliases: ["Hegseth"] },
  { name: "Lloyd Austin", country: "US", role: "defense secretary", aliases: [] },
  { name: "Steve Witkoff", country: "US", role: "special envoy", aliases: ["Witkoff"] },
  { name: "Keith Kellogg", country: "US", role: "special envoy", aliases: ["Kellogg"] },
  { name: "Tulsi Gabbard", country: "US", role: "director of national intelligence", aliases: ["Gabbard"] },
  { name: "Mike Waltz", country: "US", role: "national security adviser", aliases: ["Waltz"] },
  { name: "Matthew Whitaker", country: "US", role: "ambassador to NATO", aliases: ["Whitaker"] },
  { name: "Dan Driscoll", country: "US", role: "army secretary", aliases: ["Driscoll"] },
  // Canada
  { name: "Mark Carney", country: "CA", role: "prime minister", aliases: ["Carney"] },
  { name: "Justin Trudeau", country: "CA", role: "prime minister", aliases: ["Trudeau"] },
  { name: "Mélanie Joly", country: "CA", role: "foreign minister", aliases: ["Melanie Joly", "Joly"] },
  { name: "Anita Anand", country: "CA", role: "foreign minister", aliases: ["Anand"] },
  { name: "Bill Blair", country: "CA", role: "defence minister", aliases: [] },
  { name: "David McGuinty", country: "CA", role: "defence minister", aliases: ["McGuinty"] },
  // Turkey
  {
    name: "Recep Tayyip Erdoğan",
    country: "TR",
    role: "president",
    aliases: ["Recep Tayyip Erdogan", "Erdoğan", "Erdogan"],
  },
  { name: "Hakan Fidan", country: "TR", role: "foreign minister", aliases: ["Fidan"] },
  { name: "Yaşar Güler", country: "TR", role: "defence minister", aliases: ["Yasar Guler", "Güler", "Guler"] },
  // Japan
  { name: "Shigeru Ishiba", country: "JP", role: "prime minister", aliases: ["Ishiba"] },
  { name: "Fumio Kishida", country: "JP", role: "prime minister", aliases: ["Kishida"] },
  { name: "Sanae Takaichi", country: "JP", role: "prime minister", aliases: ["Takaichi"] },
  { name: "Takeshi Iwaya", country: "JP", role: "foreign minister", aliases: ["Iwaya"] },
  { name: "Toshimitsu Motegi", country: "JP", role: "foreign minister", aliases: ["Motegi"] },
  { name: "Gen Nakatani", country: "JP", role: "defence minister", aliases: ["Nakatani"] },
  // Australia
  { name: "Anthony Albanese", country: "AU", role: "prime minister", aliases: ["Albanese"] },
  { name: "Penny Wong", country: "AU", role: "foreign minister", aliases: [] },
  { name: "Richard Marles", country: "AU", role: "defence minister", aliases: ["Marles"] },
  // Ukraine
  {
    name: "Volodymyr Zelenskyy",
    country: "UA",
    role: "president",
    aliases: ["Zelenskyy", "Zelensky", "Zelenskiy", "Volodymyr Zelensky", "Volodymyr Zelenskiy"],
  },
  { name: "Andrii Sybiha", country: "UA", role: "foreign minister", aliases: ["Andriy Sybiha", "Sybiha"] },
  { name: "Dmytro Kuleba", country: "UA", role: "foreign minister", aliases: ["Kuleba"] },
  { name: "Rustem Umerov", country: "UA", role: "national security council secretary", aliases: ["Umerov"] },
  { name: "Denys Shmyhal", country: "UA", role: "defence minister", aliases: ["Shmyhal"] },
  { name: "Yulia Svyrydenko", country: "UA", role: "prime minister", aliases: ["Svyrydenko"] },
  {
    name: "Andriy Yermak",
    country: "UA",
    role: "head of the presidential office",
    aliases: ["Andrii Yermak", "Yermak"],
  },
  { name: "Kyrylo Budanov", country: "UA", role: "military intelligence chief", aliases: ["Budanov"] },
  { name: "Oleksandr Syrskyi", country: "UA", role: "commander-in-chief", aliases: ["Syrskyi", "Syrsky"] },
  // Russia
  { name: "Vladimir Putin", country: "RU", role: "president", aliases: ["Putin"] },
  { name: "Sergey Lavrov", country: "RU", role: "foreign minister", aliases: ["Sergei Lavrov", "Lavrov"] },
  { name: "Dmitry Peskov", country: "RU", role: "Kremlin spokesman", aliases: ["Peskov"] },
  { name: "Maria Zakharova", country: "RU", role: "foreign ministry spokeswoman", aliases: ["Zakharova"] },
  { name: "Andrei Belousov", country: "RU", role: "defence minister", aliases: ["Andrey Belousov", "Belousov"] },
  { name: "Dmitry Medvedev", country: "RU", role: "security council deputy chairman", aliases: ["Medvedev"] },
  { name: "Sergei Ryabkov", country: "RU", role: "deputy foreign minister", aliases: ["Sergey Ryabkov", "Ryabkov"] },
  { name: "Kirill Dmitriev", country: "RU", role: "special envoy", aliases: ["Dmitriev"] },
  { name: "Yuri Ushakov", country: "RU", role: "Kremlin aide", aliases: ["Yury Ushakov", "Ushakov"] },
  { name: "Alexander Grushko", country: "RU", role: "deputy foreign minister", aliases: ["Grushko"] },
  {
    name: "Vassily Nebenzia",
    country: "RU",
    role: "ambassador to the UN",
    aliases: ["Vasily Nebenzya", "Nebenzia", "Nebenzya"],
  },
  // European Union
  {
    name: "Ursula von der Leyen",
    country: "EU",
    role: "Commission president",
    aliases: ["von der Leyen", "Von der Leyen"],
  },
  { name: "Kaja Kallas", country: "EU", role: "high representative for foreign affairs", aliases: ["Kallas"] },
  { name: "António Costa", country: "EU", role: "European Council president", aliases: ["Antonio Costa"] },
  { name: "Josep Borrell", country: "EU", role: "high representative for foreign affairs", aliases: ["Borrell"] },
  { name: "Charles Michel", country: "EU", role: "European Council president", aliases: [] },
  { name: "Andrius Kubilius", country: "EU", role: "defence commissioner", aliases: ["Kubilius"] },
  // NATO
  { name: "Mark Rutte", country: "NATO", role: "secretary general", aliases: ["Rutte"] },
  { name: "Jens Stoltenberg", country: "NATO", role: "secretary general", aliases: ["Stoltenberg"] },
];
