/**
 * Who can take a position: countries by name, adjective and capital (world-countries plus
 * the forms news copy uses), the EU and NATO, and the people of the speaker gazetteer.
 * One compiled regular expression finds them all in a sentence.
 */
import worldCountries from "world-countries";
import { findCountry } from "@/lib/reference/countries";
import { SPEAKERS, type SpeakerEntry } from "@/lib/reference/speakers";
import { CAPITALS_JOINED } from "./rules/actors/capitals-joined";
import { EU_NAMED } from "./rules/actors/eu-named";
import { INTRODUCED_OFFICIAL } from "./rules/actors/introduced-official";
import { INTRODUCED_OFFICIAL_AFTER_COUNTRY } from "./rules/actors/introduced-official-after-country";
import { OFFICE_OF_BEFORE } from "./rules/actors/office-of-before";
import { LETTER_OR_DIGIT_BEFORE } from "./rules/actors/letter-or-digit-before";
import { NAME_START } from "./rules/actors/name-start";
import { COUNTRY_GROUP_HINT, COUNTRY_GROUPS } from "./lexicon/country-groups";
import { COMPOUND_MODIFIER } from "./rules/actors/compound-modifier";
import { APPOSITIVE_OFFICE_AFTER } from "./rules/actors/appositive-office-after";
import { FORMER_BEFORE } from "./rules/actors/former-before";
import { NAME_BEFORE_APPOSITIVE } from "./rules/actors/name-before-appositive";
import { NOT_A_NAME } from "./rules/actors/not-a-name";
import { PARTY_NAME_AFTER } from "./rules/actors/party-name-after";
import { PARTY_NAME_BEFORE } from "./rules/actors/party-name-before";
import { TITLE_BEFORE_SURNAME } from "./rules/actors/title-before-surname";
import { SURNAME_PARTICLE } from "./rules/actors/surname-particle";
import { DEFINITE_PEOPLE } from "./rules/actors/definite-people";

export type MentionKind = "name" | "adjective" | "capital" | "person" | "organisation";

export interface ActorMention {
  country: string;
  kind: MentionKind;
  text: string;
  start: number;
  end: number;
  speaker: SpeakerEntry | null;
  /** A plural people named with the article ("the Americans"). */
  people?: boolean;
}

interface AliasInfo {
  country: string;
  kind: MentionKind;
  speaker: SpeakerEntry | null;
  /** A plural people ("Americans"): a mention only after "the" (`actors/definite-people`). */
  people?: boolean;
}

// Names that are mostly something else in this news domain (people, US states, words).
const AMBIGUOUS = new Set(["Jordan", "Chad", "Georgia", "Niger", "Guinea", "Dominica", "Jersey", "Man", "Guernsey"]);

// Plural peoples whose form is not the demonym plus "s" ("the Brits", "the Poles"): with the
// article they stand for the government, as "the Americans" does (`actors/definite-people`).
const PEOPLES: Record<string, string[]> = {
  GB: ["Brits"],
  DK: ["Danes"],
  SE: ["Swedes"],
  FI: ["Finns"],
  PL: ["Poles"],
  TR: ["Turks"],
  CZ: ["Czechs"],
  GR: ["Greeks"],
  ES: ["Spaniards"],
  SK: ["Slovaks"],
};

// The forms news copy uses beyond the ISO names; capitals only where they stand for a
// government in this domain ("Washington", "Moscow"), not every capital on earth.
const EXTRA: Record<string, { names?: string[]; adjectives?: string[]; capitals?: string[] }> = {
  GB: {
    names: ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom"],
    adjectives: ["British", "UK", "U.K."],
    capitals: ["London", "Downing Street"],
  },
  US: {
    names: [
      "US",
      "U.S.",
      "USA",
      "U.S.A.",
      "United States",
      "America",
      "White House",
      "Pentagon",
      "Trump administration",
    ],
    adjectives: ["American", "US", "U.S."],
    capitals: ["Washington"],
  },
  RU: { names: ["Russia", "Russian Federation", "Russians", "Kremlin"], adjectives: ["Russian"], capitals: ["Moscow"] },
  // Seats of government that translated copy names as the actor, as it does the Élysée and the
  // Kremlin ("Bankova insists that ...", "the Farnesina reiterated ...", "Maximos Mansion said").
  UA: { names: ["Ukraine", "Bankova"], adjectives: ["Ukrainian"], capitals: ["Kyiv", "Kiev"] },
  FR: { names: ["France", "Élysée", "Elysee", "Matignon"], adjectives: ["French"], capitals: ["Paris"] },
  DE: { names: ["Germany", "Bundeswehr"], adjectives: ["German"], capitals: ["Berlin"] },
  IT: { names: ["Italy", "Farnesina", "Palazzo Chigi"], adjectives: ["Italian"], capitals: ["Rome"] },
  NL: { names: ["Netherlands", "Holland"], adjectives: ["Dutch"], capitals: ["The Hague", "Amsterdam"] },
  TR: { names: ["Turkey", "Türkiye", "Turkiye"], adjectives: ["Turkish"], capitals: ["Ankara"] },
  CZ: { names: ["Czech Republic", "Czechia"], adjectives: ["Czech"], capitals: ["Prague"] },
  SK: { names: ["Slovakia"], adjectives: ["Slovak", "Slovakian"], capitals: ["Bratislava"] },
  // The adjective news copy uses where the ISO demonym is another form ("Slovene", "Icelander").
  SI: { adjectives: ["Slovenian"], capitals: ["Ljubljana"] },
  IS: { adjectives: ["Icelandic"], capitals: ["Reykjavik"] },
  LU: { adjectives: ["Luxembourgish"] },
  PH: { adjectives: ["Philippine"] },
  AR: { adjectives: ["Argentinian"] },
  KZ: { adjectives: ["Kazakh"] },
  PL: { names: ["Poland"], adjectives: ["Polish"], capitals: ["Warsaw"] },
  ES: { names: ["Spain", "Moncloa"], adjectives: ["Spanish"], capitals: ["Madrid"] },
  DK: { names: ["Denmark"], adjectives: ["Danish"], capitals: ["Copenhagen"] },
  SE: { names: ["Sweden"], adjectives: ["Swedish"], capitals: ["Stockholm"] },
  NO: { names: ["Norway"], adjectives: ["Norwegian"], capitals: ["Oslo"] },
  FI: { names: ["Finland"], adjectives: ["Finnish"], capitals: ["Helsinki"] },
  BE: { names: ["Belgium"], adjectives: ["Belgian"] },
  RO: { names: ["Romania"], adjectives: ["Romanian"], capitals: ["Bucharest"] },
  HU: { names: ["Hungary"], adjectives: ["Hungarian"], capitals: ["Budapest"] },
  CA: { names: ["Canada"], adjectives: ["Canadian"], capitals: ["Ottawa"] },
  JP: { names: ["Japan"], adjectives: ["Japanese"], capitals: ["Tokyo"] },
  AU: { names: ["Australia"], adjectives: ["Australian"], capitals: ["Canberra"] },
  EE: { names: ["Estonia"], adjectives: ["Estonian"], capitals: ["Tallinn"] },
  LV: { names: ["Latvia"], adjectives: ["Latvian"], capitals: ["Riga"] },
  LT: { names: ["Lithuania"], adjectives: ["Lithuanian"], capitals: ["Vilnius"] },
  GR: { names: ["Greece", "Maximos Mansion"], adjectives: ["Greek"], capitals: ["Athens"] },
  PT: { names: ["Portugal"], adjectives: ["Portuguese"], capitals: ["Lisbon"] },
  IE: { names: ["Ireland"], adjectives: ["Irish"], capitals: ["Dublin"] },
  AT: { names: ["Austria"], adjectives: ["Austrian"], capitals: ["Vienna"] },
  HR: { names: ["Croatia"], adjectives: ["Croatian"], capitals: ["Zagreb"] },
  BG: { names: ["Bulgaria"], adjectives: ["Bulgarian"], capitals: ["Sofia"] },
  NZ: { names: ["New Zealand"], adjectives: ["New Zealand"], capitals: ["Wellington"] },
  KR: { names: ["South Korea"], adjectives: ["South Korean"], capitals: ["Seoul"] },
  CN: { names: ["China"], adjectives: ["Chinese"], capitals: ["Beijing"] },
  // EUMAM: the EU's military assistance mission, which trains Ukrainian soldiers for the Union.
  EU: { names: ["EU", "European Union", "European Commission", "European Council", "EUMAM"], capitals: ["Brussels"] },
  NATO: { names: ["NATO", "Nato", "North Atlantic Alliance", "Alliance"] },
};

function buildAliases(): Map<string, AliasInfo> {
  const aliases = new Map<string, AliasInfo>();
  const add = (alias: string, info: AliasInfo) => {
    if (!alias || AMBIGUOUS.has(alias)) return;
    if (!aliases.has(alias)) aliases.set(alias, info);
  };
  // People first: a gazetteer name beats any country form it might contain.
  for (const speaker of SPEAKERS) {
    for (const alias of [speaker.name, ...speaker.aliases])
      add(alias, { country: speaker.country, kind: "person", speaker });
  }
  for (const [code, extra] of Object.entries(EXTRA)) {
    const kind: MentionKind = code === "EU" || code === "NATO" ? "organisation" : "name";
    for (const n of extra.names ?? []) add(n, { country: code, kind, speaker: null });
    for (const a of extra.adjectives ?? []) add(a, { country: code, kind: "adjective", speaker: null });
    for (const c of extra.capitals ?? []) add(c, { country: code, kind: "capital", speaker: null });
  }
  for (const country of worldCountries) {
    if (!country.independent && country.cca2 !== "PS" && country.cca2 !== "TW") continue;
    const code = country.cca2;
    add(country.name.common, { country: code, kind: "name", speaker: null });
    const demonyms = country.demonyms?.eng;
    if (demonyms) {
      add(demonyms.m, { country: code, kind: "adjective", speaker: null });
      add(demonyms.f, { country: code, kind: "adjective", speaker: null });
    }
  }
  // The plural peoples last: "Americans", "Germans" (a demonym in -an plus "s") and the others.
  for (const country of worldCountries) {
    const demonym = country.demonyms?.eng?.m;
    if (!country.independent || !demonym?.endsWith("an") || demonym.includes(" ")) continue;
    add(`${demonym}s`, { country: country.cca2, kind: "name", speaker: null, people: true });
  }
  for (const [code, peoples] of Object.entries(PEOPLES))
    for (const p of peoples) add(p, { country: code, kind: "name", speaker: null, people: true });
  return aliases;
}

const ALIASES = buildAliases();

// Aliases indexed by their first two characters, longest first: a scan over word starts
// with a map lookup is an order of magnitude faster than one regex of a thousand names.
const BY_PREFIX = new Map<number, string[]>();
const prefixKey = (text: string, at: number) => (text.charCodeAt(at) << 16) | (text.charCodeAt(at + 1) || 0);
for (const alias of [...ALIASES.keys()].sort((a, b) => b.length - a.length)) {
  const key = prefixKey(alias, 0);
  const list = BY_PREFIX.get(key) ?? [];
  list.push(alias);
  BY_PREFIX.set(key, list);
}

/**
 * The officials the article being read introduced (name or surname -> entry, longest first):
 * people of that article only, so a name never carries over to the next article.
 */
let articlePeople: Map<string, SpeakerEntry> | null = null;
/** The officials the article being read introduced as former ("former defence minister A B"). */
let articleFormer: Set<SpeakerEntry> | null = null;
/** The keys of `articlePeople`, longest first, built again only when an official is introduced. */
let articleAliases: string[] = [];
/** The surnames of the article's officials that are also a country's name ("Luis Montenegro"). */
let articleShadowing: Set<string> = new Set();
/**
 * The named mentions (`findNamedMentions`, which the article's officials do not change) of each
 * text the article being read has looked at: every sentence is read for its officials first and
 * then by the stages, so each was scanned twice.
 */
let articleNamed: Map<string, readonly ActorMention[]> | null = null;
/**
 * Changes whenever the officials an article has introduced change, and at the start and end of
 * every article: a cache of mentions keys on it, since two articles can introduce as many
 * officials under the same surname for different countries.
 */
let articlePeopleVersion = 0;

/** Runs `read` (the reading of one article) with the officials it introduces recognised as people. */
export function withArticlePeople<T>(read: () => T): T {
  const outer = articlePeople;
  const outerAliases = articleAliases;
  const outerFormer = articleFormer;
  const outerShadowing = articleShadowing;
  const outerNamed = articleNamed;
  articlePeople = new Map();
  articleAliases = [];
  articleFormer = new Set();
  articleShadowing = new Set();
  articleNamed = new Map();
  articlePeopleVersion++;
  try {
    return read();
  } finally {
    articlePeople = outer;
    articleAliases = outerAliases;
    articleFormer = outerFormer;
    articleShadowing = outerShadowing;
    articleNamed = outerNamed;
    articlePeopleVersion++;
  }
}

const KNOWN_OFFICIALS: ReadonlySet<SpeakerEntry> = new Set(SPEAKERS);
/** Whether the official is one of the gazetteer's (not one an article introduced). */
export const isKnownOfficial = (speaker: SpeakerEntry): boolean => KNOWN_OFFICIALS.has(speaker);

/** Whether the article being read introduced this official as former: they speak for no government. */
export const isFormerOfficial = (speaker: SpeakerEntry | null): boolean =>
  Boolean(speaker && articleFormer?.has(speaker));

/** Which set of introduced officials is in force (a cache of mentions keys on it). */
export const introducedOfficialsVersion = (): number => articlePeopleVersion;

/**
 * Phenomenon: an official introduced by nationality, office and full name ("Slovenian Defence
 * Minister Ana Kovac", "Norway's Foreign Ministry spokesman A B", "the Minister of Defence of
 * Norway, A B") and named later by surname alone ("Kovac said ..."): from this sentence
 * on, the name and the surname are that country's official. A name the gazetteer knows keeps
 * its entry.
 */
const isFormerBefore = (stretch: string) => FORMER_BEFORE.hint!.test(stretch) && FORMER_BEFORE.re.test(stretch);

/**
 * Phenomenon: a surname that is also another country's name ("Portuguese Prime Minister Luis
 * Montenegro", then "Montenegro said ..."): once the official is named in full, the surname alone
 * is the official for the rest of the article, not the country.
 */
function isAnotherCountrysName(surname: string, official: SpeakerEntry): boolean {
  const info = ALIASES.get(surname);
  return Boolean(info && info.kind === "name" && !info.speaker && !info.people && info.country !== official.country);
}

export function introduceOfficials(text: string, mentions: readonly ActorMention[]): void {
  if (!articlePeople) return;
  for (const m of mentions) {
    const formerBefore = isFormerBefore(text.slice(Math.max(0, m.start - 50), m.start));
    if (m.kind === "person" && m.speaker && formerBefore) articleFormer?.add(m.speaker);
    // Phenomenon: a known official named in full ("Prime Minister Kristen Michal") is meant by
    // the surname alone for the rest of the article ("said Michal"), even where the surname is
    // too common a name for the gazetteer to list on its own.
    if (m.kind === "person" && m.speaker && (m.text === m.speaker.name || m.speaker.aliases.includes(m.text))) {
      const surname = m.text.slice(m.text.lastIndexOf(" ") + 1);
      const shadows = isAnotherCountrysName(surname, m.speaker);
      if (
        surname.length >= 3 &&
        surname !== m.text &&
        (!ALIASES.has(surname) || shadows) &&
        !articlePeople.has(surname)
      ) {
        articlePeople.set(surname, m.speaker);
        articlePeopleVersion++;
        if (shadows) articleShadowing.add(surname);
        articleAliases = [...articlePeople.keys()].sort((a, b) => b.length - a.length);
      }
      continue;
    }
    const after = text.slice(m.end, m.end + 90);
    let found: RegExpExecArray | null = null;
    // "Slovenian Defence Minister A B", "Norway's Foreign Ministry spokesman A B"
    if (m.kind === "adjective" || m.kind === "name") found = INTRODUCED_OFFICIAL.re.exec(after);
    if (found && m.kind === "name" && !found[0].startsWith("'") && !found[0].startsWith("’")) found = null;
    // "the Minister of Defence of Norway, A B"
    if (!found && m.kind === "name" && OFFICE_OF_BEFORE.re.test(text.slice(Math.max(0, m.start - 60), m.start)))
      found = INTRODUCED_OFFICIAL_AFTER_COUNTRY.re.exec(after);
    let name: string;
    let at: number;
    let former = formerBefore;
    if (found) {
      name = found[1]!;
      at = m.end + found[0].length - name.length;
    } else {
      // Phenomenon: the name first, the office in an appositive after it ("Ana Silva, Portugal's
      // foreign minister", "Kari Dahl, the Norwegian defence minister", "Mr Silva, the minister
      // of defence of Portugal").
      const office = m.kind === "adjective" || m.kind === "name" ? APPOSITIVE_OFFICE_AFTER.re.exec(after) : null;
      const officeOf = m.kind === "name" && OFFICE_OF_BEFORE.re.test(text.slice(Math.max(0, m.start - 60), m.start));
      if (!officeOf && !(office && (m.kind === "adjective" || office[0].startsWith("'") || office[0].startsWith("’"))))
        continue;
      const from = Math.max(0, m.start - 90);
      const named = NAME_BEFORE_APPOSITIVE.re.exec(text.slice(from, m.start));
      if (!named) continue;
      name = named[1]!;
      at = from + named.index + named[0].indexOf(name);
      if (isFormerBefore(text.slice(at + name.length, m.start))) former = true;
    }
    if (NOT_A_NAME.re.test(name)) continue;
    if (mentions.some((p) => p.start < at + name.length && p.end > at && !insideName(p, at, at + name.length)))
      continue;
    const particle = SURNAME_PARTICLE.re.exec(name)?.[1];
    const surname = particle ?? name.slice(Math.max(name.lastIndexOf(" "), name.lastIndexOf("\u00a0")) + 1);
    // "Mr Silva": the surname is the name.
    if (TITLE_BEFORE_SURNAME.re.test(name)) name = surname;
    // "van der Berg" is "Van der Berg" at the start of a sentence.
    const surnames = particle ? [surname, surname.charAt(0).toUpperCase() + surname.slice(1)] : [surname];
    const entry: SpeakerEntry = {
      name,
      country: m.country,
      role: former ? "former official" : "official",
      aliases: surnames,
    };
    if (former) articleFormer?.add(entry);
    for (const alias of [name, ...surnames]) {
      const shadows = alias === surname && isAnotherCountrysName(surname, entry);
      if (alias.length >= 3 && (!ALIASES.has(alias) || shadows) && !articlePeople.has(alias)) {
        articlePeople.set(alias, entry);
        articlePeopleVersion++;
        if (shadows) articleShadowing.add(alias);
        articleAliases = [...articlePeople.keys()].sort((a, b) => b.length - a.length);
      }
    }
  }
}

/**
 * Phenomenon: Brussels beside another EU member's capital ("The Hague and Brussels will ...") is
 * Belgium's government among others, not the EU (`actors/capitals-joined`).
 */
function brusselsAmongCapitals(text: string, out: ActorMention[]): void {
  for (let i = 0; i < out.length; i++) {
    const m = out[i]!;
    if (m.kind !== "capital" || m.country !== "EU") continue;
    const prev = out[i - 1];
    const next = out[i + 1];
    const joined = (a: ActorMention | undefined, b: ActorMention | undefined) =>
      Boolean(a && b && CAPITALS_JOINED.re.test(text.slice(a.end, b.start)));
    const national = (o: ActorMention | undefined) =>
      Boolean(o && o.kind === "capital" && findCountry(o.country)?.memberships.includes("EU"));
    if ((national(prev) && joined(prev, m)) || (national(next) && joined(m, next))) out[i] = { ...m, country: "BE" };
  }
}

/** Every actor mention in `text`, left to right, longest alias first at each position. */
export function findActorMentions(text: string): ActorMention[] {
  let out: ActorMention[];
  if (articleNamed) {
    const named = articleNamed.get(text);
    if (named) out = [...named];
    else {
      out = findNamedMentions(text);
      articleNamed.set(text, [...out]);
    }
  } else out = findNamedMentions(text);
  if (out.length > 1 && text.includes("Brussels") && !EU_NAMED.re.test(text)) brusselsAmongCapitals(text, out);
  if (articlePeople?.size) addIntroducedPeople(text, out);
  // "the Baltic states are ready to ...": one mention per member country, on the group's words.
  if (!COUNTRY_GROUP_HINT.re.test(text)) return out;
  for (const group of COUNTRY_GROUPS) {
    group.re.lastIndex = 0;
    for (const m of text.matchAll(group.re)) {
      const start = m.index;
      for (const country of group.countries)
        out.push({ country, kind: "name", text: m[0], start, end: start + m[0].length, speaker: null });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Phenomenon: a capital inside an introduced official's name ("Sofia Lindqvist, Sweden's
 * ambassador") is part of the name, not the government of the capital's country; so is a
 * country's name as the surname after a first name ("Luis Montenegro").
 */
const insideName = (m: ActorMention, start: number, end: number): boolean =>
  m.start >= start &&
  m.end <= end &&
  m.end - m.start < end - start &&
  (m.kind === "capital" || (m.kind === "name" && !m.people && m.start > start && m.end === end));

/** The article's introduced officials in `text`, where no other mention stands; `out` stays sorted. */
function addIntroducedPeople(text: string, out: ActorMention[]): void {
  let added = false;
  for (const alias of articleAliases) {
    for (let at = text.indexOf(alias); at >= 0; at = text.indexOf(alias, at + alias.length)) {
      const end = at + alias.length;
      if (at > 0 && LETTER_OR_DIGIT_BEFORE.re.test(text.charAt(at - 1))) continue;
      if (end < text.length && LETTER_OR_DIGIT_BEFORE.re.test(text.charAt(end))) continue;
      // "Montenegro said ..." after "Prime Minister Luis Montenegro": the official, not the country.
      const shadows = articleShadowing.has(alias);
      const shadowed = (m: ActorMention) => shadows && m.kind === "name" && m.start === at && m.end === end;
      if (out.some((m) => m.start < end && m.end > at && !insideName(m, at, end) && !shadowed(m))) continue;
      // "Sofia Lindqvist": the capital is the official's first name.
      for (let i = out.length - 1; i >= 0; i--) if (out[i]!.start < end && out[i]!.end > at) out.splice(i, 1);
      const speaker = articlePeople!.get(alias)!;
      out.push({ country: speaker.country, kind: "person", text: alias, start: at, end, speaker });
      added = true;
    }
  }
  if (added) out.sort((a, b) => a.start - b.start);
}

function findNamedMentions(text: string): ActorMention[] {
  const out: ActorMention[] = [];
  NAME_START.re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NAME_START.re.exec(text))) {
    const pos = m.index;
    if (pos > 0 && LETTER_OR_DIGIT_BEFORE.re.test(text.charAt(pos - 1))) continue;
    const list = BY_PREFIX.get(prefixKey(text, pos));
    if (!list) continue;
    for (const alias of list) {
      if (!text.startsWith(alias, pos)) continue;
      // Past the text's end the character is "" (tested, not read: V8 recompiles a function
      // whose optimized code reads past a string's end).
      const end = pos + alias.length;
      const after = end < text.length ? text.charAt(end) : "";
      if (after && LETTER_OR_DIGIT_BEFORE.re.test(after)) continue;
      if (after === "." && end + 1 < text.length && LETTER_OR_DIGIT_BEFORE.re.test(text.charAt(end + 1))) continue;
      // "the most Russia-friendly government": the country describes something else.
      if (after === "-" && COMPOUND_MODIFIER.re.test(text.slice(pos + alias.length, pos + alias.length + 16))) break;
      // "Reform UK", "the Sweden Democrats": the country names a party, not its government.
      if (
        PARTY_NAME_BEFORE.re.test(text.slice(Math.max(0, pos - 20), pos)) ||
        PARTY_NAME_AFTER.re.test(text.slice(pos + alias.length, pos + alias.length + 20))
      )
        break;
      const info = ALIASES.get(alias)!;
      // "Most Americans oppose ...": a people without the article is no actor.
      if (info.people && !DEFINITE_PEOPLE.re.test(text.slice(Math.max(0, pos - 8), pos))) break;
      out.push({
        country: info.country,
        kind: info.kind,
        text: alias,
        start: pos,
        end: pos + alias.length,
        speaker: info.speaker,
        ...(info.people ? { people: true } : {}),
      });
      NAME_START.re.lastIndex = pos + alias.length;
      break;
    }
  }
  return out;
}
