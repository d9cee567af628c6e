/**
 * The demo data set that fills the matrix on a fresh install (skipped with SEED_DEMO=0).
 * The project wrote these short articles itself, restating widely reported public
 * positions in its own words; no outlet's text is copied. Each position names the sentence
 * that carries it, and the loader finds that sentence in the body for its offsets.
 */
import type { CommitmentType, Stance } from "@/lib/domain/taxonomy";

export interface DemoPosition {
  country: string;
  commitment: CommitmentType;
  stance: Stance;
  speaker: string | null;
  condition: string | null;
  /** A sentence of the body, verbatim. */
  sentence: string;
}

export interface DemoArticle {
  title: string;
  outlet: string;
  url: string | null;
  published: string;
  body: string;
  positions: DemoPosition[];
}

const OUTLET = "Tracker demo desk";

export const DEMO_ARTICLES: readonly DemoArticle[] = [
  {
    title: "London signals readiness to put troops on the ground",
    outlet: OUTLET,
    url: null,
    published: "2025-02-17",
    body: [
      "Britain is ready to send its own troops to Ukraine to help keep any peace, Prime Minister Keir Starmer wrote ahead of a meeting of European leaders in Paris.",
      "He added that the United Kingdom would keep training Ukrainian soldiers whatever happens at the negotiating table.",
      "European officials said the talks would also cover how to pay for Ukraine's armed forces.",
    ].join("\n\n"),
    positions: [
      {
        country: "GB",
        commitment: "troops",
        stance: "committed",
        speaker: "Keir Starmer",
        condition: null,
        sentence:
          "Britain is ready to send its own troops to Ukraine to help keep any peace, Prime Minister Keir Starmer wrote ahead of a meeting of European leaders in Paris.",
      },
      {
        country: "GB",
        commitment: "training",
        stance: "committed",
        speaker: "Keir Starmer",
        condition: null,
        sentence:
          "He added that the United Kingdom would keep training Ukrainian soldiers whatever happens at the negotiating table.",
      },
    ],
  },
  {
    title: "Warsaw rules out soldiers, offers to be the supply hub",
    outlet: OUTLET,
    url: null,
    published: "2025-03-03",
    body: [
      "Poland does not plan to send Polish soldiers to Ukraine, Prime Minister Donald Tusk told reporters in Warsaw.",
      "Instead, Tusk said, Poland will serve as the logistics hub for any international support to Ukraine.",
      "Poland already spends more than four percent of its economic output on defence.",
    ].join("\n\n"),
    positions: [
      {
        country: "PL",
        commitment: "troops",
        stance: "ruled_out",
        speaker: "Donald Tusk",
        condition: null,
        sentence:
          "Poland does not plan to send Polish soldiers to Ukraine, Prime Minister Donald Tusk told reporters in Warsaw.",
      },
      {
        country: "PL",
        commitment: "logistics",
        stance: "committed",
        speaker: "Donald Tusk",
        condition: null,
        sentence:
          "Instead, Tusk said, Poland will serve as the logistics hub for any international support to Ukraine.",
      },
    ],
  },
  {
    title: "Moscow warns against any Western force in Ukraine",
    outlet: OUTLET,
    url: null,
    published: "2025-09-05",
    body: [
      "Russia rejects the presence of any foreign troops in Ukraine, Foreign Minister Sergei Lavrov said on Friday.",
      "Lavrov called the European plans for a reassurance force a provocation.",
    ].join("\n\n"),
    positions: [
      {
        country: "RU",
        commitment: "troops",
        stance: "opposes",
        speaker: "Sergei Lavrov",
        condition: null,
        sentence:
          "Russia rejects the presence of any foreign troops in Ukraine, Foreign Minister Sergei Lavrov said on Friday.",
      },
    ],
  },
  {
    title: "Ankara offers naval role in the Black Sea",
    outlet: OUTLET,
    url: null,
    published: "2025-10-14",
    body: [
      "Turkey is ready to lead the clearing of mines in the Black Sea once the fighting stops, Defence Minister Yaşar Güler said.",
      "Güler said Turkish officials were also studying whether to take part in monitoring a ceasefire.",
    ].join("\n\n"),
    positions: [
      {
        country: "TR",
        commitment: "maritime",
        stance: "conditional",
        speaker: "Yaşar Güler",
        condition: "once the fighting stops",
        sentence:
          "Turkey is ready to lead the clearing of mines in the Black Sea once the fighting stops, Defence Minister Yaşar Güler said.",
      },
      {
        country: "TR",
        commitment: "monitoring",
        stance: "considering",
        speaker: "Yaşar Güler",
        condition: null,
        sentence: "Güler said Turkish officials were also studying whether to take part in monitoring a ceasefire.",
      },
    ],
  },
  {
    title: "Paris and London agree on a force for after the war",
    outlet: OUTLET,
    url: null,
    published: "2026-01-06",
    body: [
      "The United Kingdom and France will deploy troops to Ukraine after a peace agreement is signed, Prime Minister Keir Starmer said after talks in Paris.",
      "Both countries would also set up military hubs across Ukraine, away from the front line, once a peace deal is in place, Starmer said.",
      "President Emmanuel Macron said France supports a guarantee for Ukraine that works like Article 5.",
      "Washington will back the European force with intelligence, a senior US envoy told the meeting.",
    ].join("\n\n"),
    positions: [
      {
        country: "GB",
        commitment: "troops",
        stance: "conditional",
        speaker: "Keir Starmer",
        condition: "after a peace agreement is signed",
        sentence:
          "The United Kingdom and France will deploy troops to Ukraine after a peace agreement is signed, Prime Minister Keir Starmer said after talks in Paris.",
      },
      {
        country: "FR",
        commitment: "troops",
        stance: "conditional",
        speaker: "Keir Starmer",
        condition: "after a peace agreement is signed",
        sentence:
          "The United Kingdom and France will deploy troops to Ukraine after a peace agreement is signed, Prime Minister Keir Starmer said after talks in Paris.",
      },
      {
        country: "GB",
        commitment: "logistics",
        stance: "conditional",
        speaker: "Keir Starmer",
        condition: "once a peace deal is in place",
        sentence:
          "Both countries would also set up military hubs across Ukraine, away from the front line, once a peace deal is in place, Starmer said.",
      },
      {
        country: "FR",
        commitment: "logistics",
        stance: "conditional",
        speaker: "Keir Starmer",
        condition: "once a peace deal is in place",
        sentence:
          "Both countries would also set up military hubs across Ukraine, away from the front line, once a peace deal is in place, Starmer said.",
      },
      {
        country: "FR",
        commitment: "article5",
        stance: "supports",
        speaker: "Emmanuel Macron",
        condition: null,
        sentence: "President Emmanuel Macron said France supports a guarantee for Ukraine that works like Article 5.",
      },
      {
        country: "US",
        commitment: "backstop",
        stance: "committed",
        speaker: null,
        condition: null,
        sentence: "Washington will back the European force with intelligence, a senior US envoy told the meeting.",
      },
      {
        country: "US",
        commitment: "intelligence",
        stance: "committed",
        speaker: null,
        condition: null,
        sentence: "Washington will back the European force with intelligence, a senior US envoy told the meeting.",
      },
    ],
  },
  {
    title: "Rome keeps its soldiers home but backs a collective guarantee",
    outlet: OUTLET,
    url: null,
    published: "2026-01-07",
    body: [
      "Italy will not send soldiers to Ukraine, Prime Minister Giorgia Meloni said on Wednesday.",
      "According to her, Rome supports a guarantee modelled on Article 5 of the NATO treaty and is ready to help monitor a ceasefire from outside Ukraine.",
      "Italy will keep supplying air defence systems to the Ukrainian army, Meloni said.",
    ].join("\n\n"),
    positions: [
      {
        country: "IT",
        commitment: "troops",
        stance: "ruled_out",
        speaker: "Giorgia Meloni",
        condition: null,
        sentence: "Italy will not send soldiers to Ukraine, Prime Minister Giorgia Meloni said on Wednesday.",
      },
      {
        country: "IT",
        commitment: "article5",
        stance: "supports",
        speaker: "Giorgia Meloni",
        condition: null,
        sentence:
          "According to her, Rome supports a guarantee modelled on Article 5 of the NATO treaty and is ready to help monitor a ceasefire from outside Ukraine.",
      },
      {
        country: "IT",
        commitment: "monitoring",
        stance: "committed",
        speaker: "Giorgia Meloni",
        condition: null,
        sentence:
          "According to her, Rome supports a guarantee modelled on Article 5 of the NATO treaty and is ready to help monitor a ceasefire from outside Ukraine.",
      },
      {
        country: "IT",
        commitment: "arms",
        stance: "committed",
        speaker: "Giorgia Meloni",
        condition: null,
        sentence: "Italy will keep supplying air defence systems to the Ukrainian army, Meloni said.",
      },
    ],
  },
  {
    title: "Berlin keeps the door open to a ceasefire mission",
    outlet: OUTLET,
    url: null,
    published: "2026-01-08",
    body: [
      "Germany does not rule out taking part in monitoring a ceasefire, Chancellor Friedrich Merz said in Berlin.",
      "Merz said Germany would keep financing Ukraine's armed forces with several billion euros a year.",
    ].join("\n\n"),
    positions: [
      {
        country: "DE",
        commitment: "monitoring",
        stance: "considering",
        speaker: "Friedrich Merz",
        condition: null,
        sentence:
          "Germany does not rule out taking part in monitoring a ceasefire, Chancellor Friedrich Merz said in Berlin.",
      },
      {
        country: "DE",
        commitment: "funding",
        stance: "committed",
        speaker: "Friedrich Merz",
        condition: null,
        sentence: "Merz said Germany would keep financing Ukraine's armed forces with several billion euros a year.",
      },
    ],
  },
];
