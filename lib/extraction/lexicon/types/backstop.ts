/** The commitment lexicon's "backstop" family: the phrases that name this commitment type. */
import { compilePattern as g } from "../../pattern";
import type { TypePattern } from "../commitment-types";

export const BACKSTOP_PATTERNS: readonly TypePattern[] = [
  // backstop
  {
    type: "backstop",
    id: "backstop/a-backstop",
    phenomenon: "a backstop",
    examples: ["backstop", "back-stop"],
    counterExamples: ["stopped"],
    re: g("\\bback[\\s-]?stop\\b"),
    keys: ["stop"],
    weight: 1,
  },
  {
    type: "backstop",
    id: "backstop/us-support-for-a-european-force",
    phenomenon: "US support for a European force",
    // American air power or air cover for a European force is the backstop named by its means
    examples: [
      "US security guarantees for the European force",
      "American backing for a coalition force",
      "American air cover for the European mission",
      "US air power for a European force",
    ],
    counterExamples: ["US backing for sanctions"],
    re: g(
      "\\b(?:US|U\\.S\\.|American|Washington's) (?:backing|support|guarantees?|security guarantees?|air power|air cover|air support) for (?:a |the |any )?(?:European|coalition|multinational)\\b",
    ),
    keys: ["european", "coalition", "multinational"],
    weight: 1,
  },
  // Phenomenon: the United States behind a European force, from either side. Three ways news
  // copy puts it, each its own pattern: the US backs the force ("Washington will back any
  // European-led force", "will act as a safety net for any European force"), the force is backed by US support ("backed by strong American
  // support"), the force needs or involves the US ("any European deployment must involve the
  // US"). A country other than the US backing a European force is no backstop ("Italy will
  // support a European-led force"), so the first needs the US before the verb. Case-sensitive
  // where "US" could be the pronoun "us".
  {
    type: "backstop",
    id: "backstop/the-united-states-backing-a-european-force",
    phenomenon: "the United States backing a European force",
    examples: [
      "Washington will back any European-led force",
      "The US is ready to support a European peacekeeping force",
      "The United States would stand behind any European-led mission",
      "the US will provide support to a European-led force",
      "Washington is prepared to provide assets, including intelligence, to support any European-led deployment",
      "Washington will not act as a safety net for any European force",
      "the US would serve as the guarantor of a coalition force",
      "Washington will not be the guarantor of a European mission",
    ],
    counterExamples: [
      "Italy will support a European-led force",
      "Italy will support a European-led force alongside the US",
      "Washington said Italy backs the plan. Rome will back a European force",
      "Britain will act as a safety net for any European force",
    ],
    re: new RegExp(
      "\\b(?=back|support|protect|underpin|reinforc|stand|provid|assist|act|serv|be\\s|being\\s)(?<=\\b(?:US|U\\.S\\.|United States|Washington|America|Americans|Pentagon|White House|Trump administration)\\b[^.;]{0,250}?)(?:(?:back|support|protect|underpin|reinforc|assist)\\w*|stand\\w* behind|provid\\w* (?:[\\w-]+ )?support (?:to|for)|(?:(?:act|serv)\\w* as|be|being) (?:a|an|the) (?:safety net|backstop|guarantor|insurance policy|security guarantor) (?:for|of|to|behind))\\s+(?:up\\s+)?(?:an?|the|any|such an?)\\s+(?:European|coalition|multinational)(?:[\\s-]led)?\\s+(?:[\\w-]+\\s+)?(?:force|deployment|mission|contingent|troops)s?\\b",
      "g",
    ),
    keys: ["european", "coalition", "multinational"],
    weight: 0.9,
  },
  // Phenomenon: the United States' own part in the guarantees called decisive ("American
  // involvement is crucial for the force", "views Washington as a key player in long-term
  // security"): the speaker's support for a US backstop. Not US
  // participation in talks or a summit.
  {
    type: "backstop",
    id: "backstop/the-us-part-as-decisive",
    phenomenon: "the United States' part in the guarantees called decisive",
    examples: [
      "the engagement of the US will be the decisive element",
      "American involvement is crucial for the coalition",
      "sees Washington as a key player in guaranteeing security",
    ],
    counterExamples: [
      "the participation of the United States in the talks",
      "US involvement in the summit was brief",
      "Poland as a key player in security",
    ],
    re: new RegExp(
      "\\b(?:(?:participation|involvement|engagement|role) of (?:the )?(?:United States|US|U\\.S\\.|Americans|Washington)|(?:US|U\\.S\\.|American|Washington['’]s|America['’]s|the United States['’]) (?:participation|involvement|engagement|role))(?! (?:in|at) (?:the |these |those )?(?:talks|negotiations|summit|meeting|discussions))(?=[^.;]{0,40}?\\b(?:key|decisive|crucial|essential|vital|critical|indispensable|central|necessary|needed|important)\\b)|\\b(?:United States|US|U\\.S\\.|Washington|America) as (?:a |the )?(?:key|central|crucial|decisive|indispensable|leading) (?:player|partner|actor|element|guarantor)\\b",
      "g",
    ),
    keys: ["united states", "us", "u.s.", "american", "washington", "america"],
    weight: 0.8,
  },
  // Phenomenon: the American enablers a European force would rely on, named as such ("US
  // enablers behind any European deployment", "American military enablers", "enablers from the
  // United States"): the US part behind the force. Enablers of another country are not.
  {
    type: "backstop",
    id: "backstop/american-enablers",
    phenomenon: "American enablers behind a European force",
    examples: [
      "US enablers behind any European deployment",
      "American military enablers",
      "critical enablers from the United States",
      "Washington's enablers",
    ],
    counterExamples: ["French enablers", "enablers from Britain", "the enablers of corruption"],
    re: g(
      "\\b(?:US|U\\.S\\.|American|Washington['’]s|America['’]s|the United States['’]?)\\s+(?:(?:key|critical|crucial|strategic|military)\\s+)?enablers\\b|\\benablers\\s+(?:from|of|provided by)\\s+(?:the\\s+)?(?:United States|US|U\\.S\\.|Washington|America)\\b",
    ),
    keys: ["enablers"],
    weight: 0.9,
  },
  {
    type: "backstop",
    id: "backstop/a-force-backed-by-us-support",
    phenomenon: "a force backed by US support",
    examples: [
      "backed by strong American support",
      'backed by "firm US backing',
      "backed by a US security guarantee",
      "underpinned by American support",
      "backed up by Washington's commitment",
      "underwritten by American guarantees",
    ],
    counterExamples: ["backed by European support", "a ceasefire backed by the United States", "backed by us"],
    re: g(
      "\\b(?:backed|underpinned|underwritten|guaranteed) (?:up )?by [“\\x22]?(?:a |an |the )?(?:strong |full |robust |firm |clear |credible )?(?:US|U\\.S\\.|American|Washington['’]s|America['’]s|the United States['’]?) (?:security )?(?:support|backing|guarantees?|involvement|commitment|backstop|air power|protection|participation)\\b",
    ),
    keys: ["backed", "underpinned", "underwritten", "guaranteed"],
    weight: 0.9,
  },
  {
    type: "backstop",
    id: "backstop/a-european-force-that-needs-or-involves-the-us",
    phenomenon: "a European force that needs or involves the US",
    examples: [
      "a European deployment must involve the US",
      "a coalition force with full US involvement",
      "a European force would need US support",
      "any European mission would need the backing of the United States",
      "any European mission would have to include the Americans",
      "a European deployment cannot work without the United States",
      "reassurance forces with US support",
      "a peacekeeping mission with U.S. backing",
      "any reassurance force would need an American backstop",
    ],
    counterExamples: [
      "a European deployment in Ukraine",
      "the European force would include Polish soldiers",
      "a European force would work with us",
      "European forces have US talks",
    ],
    re: new RegExp(
      "\\b(?:European|coalition|multinational|reassurance|peacekeeping|stabili[sz]ation)(?:[\\s-]led)? (?:[\\w-]+ )?(?:force|deployment|mission|contingent|troops)s? (?:[\\w'’]+ ){0,3}?(?:involves?|involving|includes?|including|include|with|needs?|need|requires?|require|has|have|without) (?:the |an? )?(?:full |strong |clear )?(?:(?:backing|support|participation|involvement|commitment) of (?:the )?)?(?:U\\.S\\.|(?:US|American|Americans|United States|Washington|America)\\b)(?! (?:talks|negotiat))",
      "g",
    ),
    keys: ["european", "coalition", "multinational", "reassurance", "peacekeeping", "stabilisation", "stabilization"],
    weight: 0.9,
  },
  // Phenomenon: a force backed by the United States named without a noun of support ("any
  // force must be underwritten by the United States", "a mission backed by Washington") or the
  // backstop called a safety net ("an American safety net behind the force", "a safety net from
  // Washington"). A ceasefire or a deal backed by the US is no force (the force noun comes
  // first). Case-sensitive where "US" could be the pronoun "us".
  {
    type: "backstop",
    id: "backstop/a-force-underwritten-by-the-united-states",
    phenomenon: "a force underwritten by the United States, or an American safety net",
    examples: [
      "any force must be underwritten by the United States",
      "a European mission backed by Washington",
      "the coalition troops would be backed up by the US",
      "an American safety net behind the reassurance force",
      "a US safety net",
      "a safety net from Washington",
    ],
    counterExamples: [
      "a ceasefire backed by the United States",
      "a force backed by us",
      "the safety net of the welfare state",
      "forces backed by Russia",
    ],
    re: new RegExp(
      "\\b(?:[Ff]orces?|[Mm]issions?|[Dd]eployments?|[Cc]ontingents?|[Tt]roops|[Cc]oalition)\\b(?:\\s+[\\w'’]+){0,3}?\\s+(?:backed|underpinned|underwritten|guaranteed|supported)\\s+(?:up\\s+)?by\\s+(?:the\\s+)?(?:United States|US|U\\.S\\.|Washington|Americans|America|Pentagon)\\b|\\b(?:American|US|U\\.S\\.|Washington['’]s|America['’]s|United States['’]?)\\s+(?:security\\s+)?(?:safety net|insurance policy)\\b|\\bsafety net (?:from|of|provided by) (?:the )?(?:United States|US|U\\.S\\.|Washington|America)\\b",
      "g",
    ),
    keys: ["backed", "underpinned", "underwritten", "guaranteed", "supported", "safety net", "insurance policy"],
    weight: 0.9,
  },
  // Phenomenon: American power or a guarantee placed behind a European force ("US air power behind
  // any European contingent", "an American guarantee behind it", "Washington will put its air power
  // behind a European force"): the US backstop named by "behind". Another country's power behind a
  // force is not ("British air power behind the force"), nor the US behind a deal or a ceasefire.
  // Case-sensitive where "US" could be the pronoun "us".
  {
    type: "backstop",
    id: "backstop/us-power-behind-a-force",
    phenomenon: "American power or a guarantee behind a European force",
    examples: [
      "US air power behind any European contingent",
      "without an American guarantee behind it",
      "The United States will put its air power behind a European force",
      "Washington would place its military might behind the coalition troops",
      "American security guarantees behind the Europeans",
    ],
    counterExamples: [
      "British air power behind the force",
      "US support behind the ceasefire deal",
      "Italy will put its air power behind a European force",
      "give us air power behind it",
    ],
    re: new RegExp(
      "\\b(?:US|U\\.S\\.|American|America['’]s|Washington['’]s|the United States['’]?)\\s+(?:(?:air|military|security|defen[cs]e)\\s+)?(?:power|might|guarantees?|backing|support|enablers|muscle)\\s+(?:[\\w-]+\\s+){0,2}?behind\\s+(?:it|them|(?:an?|the|any|such\\s+an?)\\s+(?:[\\w-]+\\s+){0,2}?(?:force|deployment|mission|contingent|troops|coalition|Europeans))\\b|\\b(?=put|plac|throw)(?<=\\b(?:US|U\\.S\\.|United States|Washington|America|Pentagon|White House|Trump administration)\\b[^.;]{0,80}?)(?:put|puts|putting|plac\\w+|throw\\w*|threw)\\s+(?:its|their)\\s+(?:(?:air|military|full)\\s+)?(?:power|might|weight|muscle)\\s+behind\\s+(?:an?|the|any|such\\s+an?)\\s+(?:European|coalition|multinational|reassurance)(?:[\\s-]led)?\\s+(?:[\\w-]+\\s+)?(?:force|deployment|mission|contingent|troops)s?\\b",
      "g",
    ),
    keys: ["behind"],
    weight: 0.9,
  },
];
