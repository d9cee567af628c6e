/**
 * The extraction engine's rule stages on sentences written for this project (reduced without
 * the learned decision; decision.test.ts tests that). Each phenomenon of the issue has a case
 * it must get right and a case it must not be fooled by.
 */
import { describe, expect, it } from "vitest";
import { extractPositionsByRules } from "./engine";
import type { PositionProposal } from "./index";
import { SAMPLE_SENTENCES } from "./sample-sentences";

function extract(body: string, extra: { title?: string; published?: string } = {}): PositionProposal[] {
  return extractPositionsByRules({ body, published: extra.published ?? "2026-01-07", title: extra.title ?? null });
}

function cell(positions: PositionProposal[], country: string, commitment: string): PositionProposal | undefined {
  return positions.find((p) => p.country === country && p.commitment === commitment);
}

function cells(positions: PositionProposal[]): string[] {
  return positions.map((p) => `${p.country} ${p.commitment} ${p.stance}`).sort();
}

describe("the output contract", () => {
  const body =
    "Kyiv, 7 January.\n\nItaly will not send soldiers to Ukraine, Prime Minister Giorgia Meloni said on Tuesday.\n\n" +
    "\u201cWe are ready to deploy a reassurance force,\u201d   said French President Emmanuel Macron.\r\n";

  it("gives evidence that is exactly the body between the offsets", () => {
    const positions = extract(body);
    expect(positions.length).toBeGreaterThan(0);
    for (const p of positions) expect(body.slice(p.start, p.end)).toBe(p.evidence);
  });

  it("keeps offsets exact and never throws on mangled pastes", () => {
    const junk = ['"', "\u201c", "\u201d", "\n", "\r\n", "\u00a0", "\u2014", "\u2022", ".", "?", "(", "U.S.", "\t"];
    let seed = 11;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff) / 0x7fffffff;
    let bodiesWithProposals = 0;
    for (let i = 0; i < 200; i++) {
      let body = "";
      for (let j = 0; j < 6; j++) {
        const s = SAMPLE_SENTENCES[Math.floor(next() * SAMPLE_SENTENCES.length)]!;
        const cut = Math.floor(next() * s.length);
        body +=
          s.slice(0, cut) +
          junk[Math.floor(next() * junk.length)] +
          s.slice(cut) +
          junk[Math.floor(next() * junk.length)];
      }
      const positions = extract(body);
      if (positions.length > 0) bodiesWithProposals++;
      for (const p of positions) {
        expect(body.slice(p.start, p.end)).toBe(p.evidence);
        expect(p.cues.length).toBeGreaterThan(0);
      }
    }
    // The checks above hold vacuously on empty output; the sample sentences are all positions,
    // so most mangled bodies must still yield one (197 of these 200 did when this was written).
    expect(bodiesWithProposals).toBeGreaterThan(100);
    // 200 extractions: far more than vitest's default 5 s allows on a loaded shared machine.
  }, 60_000);

  it("gives at most one proposal per country and commitment, best first", () => {
    const positions = extract(
      "Italy will not send troops to Ukraine, Meloni said. Meloni also said Italy would not deploy soldiers there.",
    );
    expect(positions.filter((p) => p.country === "IT" && p.commitment === "troops")).toHaveLength(1);
    const sorted = [...positions].sort((a, b) => b.confidence - a.confidence);
    expect(positions).toEqual(sorted);
  });

  it("dates a statement by the text when it says when, else by the article", () => {
    const positions = extract(body);
    expect(cell(positions, "IT", "troops")?.statedOn).toBe("2026-01-06");
    expect(cell(positions, "FR", "troops")?.statedOn).toBe("2026-01-07");
    const dated = extract("On 18 December, Merz said Germany will provide air defence over western Ukraine.", {
      published: "2026-01-07",
    });
    expect(cell(dated, "DE", "air")?.statedOn).toBe("2025-12-18");
    const other = extract(
      "Britain, which has backed Ukraine since the war began on 24 February 2022, will send troops, Starmer said on Monday.",
    );
    expect(cell(other, "GB", "troops")?.statedOn).toBe("2026-01-05");
  });

  it("names the cue words, as written, and a confidence between 0 and 1", () => {
    const p = cell(extract(body), "IT", "troops")!;
    expect(p.cues).toContain("soldiers");
    expect(p.cues.some((c) => /will not send/u.test(c))).toBe(true);
    for (const cue of p.cues) expect(p.evidence).toContain(cue);
    expect(p.confidence).toBeGreaterThan(0);
    expect(p.confidence).toBeLessThanOrEqual(1);
  });
});

describe("raw pastes", () => {
  const paste =
    "date 2026-02-03 11.22.33\nPoland will not send troops to Ukraine - Tusk\n\nWarsaw\u00a0\u2022\u00a0Daily Example\n\n \u2022 1,204 views\n\n" +
    "Polish Prime Minister Donald Tusk said Poland will not send its troops to Ukraine.\n\n" +
    "Poland will not send troops to Ukraine - Tusk\n\nDetails\n\n" +
    "He said Poland is ready to run a logistics hub for allied forces on its own territory.\n\nRecall\n\n" +
    "Share\n";

  it("never proposes a position from a headline, a byline, a counter or a section label", () => {
    const headingsOnly =
      "Poland will not send troops to Ukraine - Tusk\n\nWarsaw \u2022 Daily Example\n\n12 views\n\nDetails\n\nRecall\n";
    expect(extract(headingsOnly)).toEqual([]);
  });

  it("finds the positions in the prose around the furniture", () => {
    const positions = extract(paste, { title: "Poland will not send troops to Ukraine - Tusk" });
    expect(cell(positions, "PL", "troops")?.stance).toBe("ruled_out");
    expect(cell(positions, "PL", "troops")?.evidence).toMatch(/^Polish Prime Minister/u);
    expect(cell(positions, "PL", "logistics")?.stance).toBe("committed");
    for (const p of positions) expect(paste.slice(p.start, p.end)).toBe(p.evidence);
  });

  it("uses a Source: line for the speaker and leaves a Quote: label out of the evidence", () => {
    const body =
      "Zelensky spoke to reporters on Friday.\n\nSource: Zelensky at a press conference\n\n" +
      'Quote: "We need a sky shield over the whole country."\n';
    const p = cell(extract(body), "UA", "air");
    expect(p?.stance).toBe("supports");
    expect(p?.evidence).toBe('"We need a sky shield over the whole country."');
    expect(body.slice(p!.start, p!.end)).toBe(p!.evidence);
  });

  it("reads curly and straight quotes alike", () => {
    const curly = extract("\u201cWe will send troops to Ukraine,\u201d Macron said.");
    const straight = extract('"We will send troops to Ukraine," Macron said.');
    expect(cells(curly)).toEqual(["FR troops committed"]);
    expect(cells(straight)).toEqual(cells(curly));
  });
});

describe("who speaks for whom", () => {
  it("recognises a country by name, and not a country named as a place", () => {
    expect(cells(extract("Italy will not send soldiers to Ukraine, Prime Minister Giorgia Meloni said."))).toEqual([
      "IT troops ruled_out",
    ]);
    expect(extract("Leaders met in Italy on Monday to talk about troops for Ukraine.")).toEqual([]);
  });

  it("recognises a country by adjective, and ignores Ukrainian and Russian forces", () => {
    expect(cells(extract("Sending Italian troops to Ukraine is not foreseen, the government in Rome said."))).toEqual([
      "IT troops ruled_out",
    ]);
    expect(extract("Russian troops will keep shelling Kharkiv, the governor warned.")).toEqual([]);
  });

  it("gives troops named by several adjectives to each owner", () => {
    expect(cells(extract("Starmer said the force would include British and French troops."))).toEqual([
      "FR troops committed",
      "GB troops committed",
    ]);
  });

  it("does not take a people for its government", () => {
    expect(extract("According to a poll, most Danes support sending peacekeepers to Ukraine.")).toEqual([]);
    expect(cells(extract("Frederiksen said Denmark supports sending peacekeepers to Ukraine."))).toEqual([
      "DK troops supports",
    ]);
  });

  it("reads a capital as its government when it is the subject, not when it is a place", () => {
    expect(cells(extract("Rome has no plans to deploy forces in Ukraine."))).toEqual(["IT troops ruled_out"]);
    expect(cells(extract("Moscow rejects any deployment of Western troops in Ukraine, Peskov said."))).toEqual([
      "RU troops opposes",
    ]);
    expect(extract("European leaders meeting in Paris will discuss troops for Ukraine.")).toEqual([]);
  });

  it("recognises leaders by surname from the gazetteer, and no one else", () => {
    const p = cell(extract("Meloni ruled out sending Italian soldiers to Ukraine."), "IT", "troops");
    expect(p?.stance).toBe("ruled_out");
    expect(p?.speaker).toBe("Giorgia Meloni");
    expect(extract("Smithson ruled out sending soldiers to Ukraine.")).toEqual([]);
  });

  it("follows a pronoun back to the speaker named before", () => {
    const positions = extract(
      "Chancellor Friedrich Merz spoke in Berlin. According to him, Germany will provide air defence for Ukraine.",
    );
    expect(cell(positions, "DE", "air")?.speaker).toBe("Friedrich Merz");
    expect(extract("According to him, they will see about the troops.")).toEqual([]);
  });

  it("attributes reported speech to the speaker named after the verb", () => {
    const p = cell(
      extract("Britain will put boots on the ground in Ukraine, said British Prime Minister Keir Starmer."),
      "GB",
      "troops",
    );
    expect(p?.speaker).toBe("Keir Starmer");
    expect(p?.stance).toBe("committed");
    const quoted = cell(
      extract('"We will help rebuild the Ukrainian army," the newspaper quotes Macron as saying.'),
      "FR",
      "arms",
    );
    expect(quoted?.speaker).toBe("Emmanuel Macron");
  });

  it("attributes speech framed in the middle of a sentence or between two halves of a quote", () => {
    const middle = cell(extract("Britain, Starmer said, will send troops after a ceasefire."), "GB", "troops");
    expect(middle?.speaker).toBe("Keir Starmer");
    expect(middle?.stance).toBe("conditional");
    const split = cell(extract('"We will send troops," Macron said, "but only after a ceasefire."'), "FR", "troops");
    expect(split?.stance).toBe("conditional");
  });

  it("follows a quote that runs over several sentences to the speaker named at its end", () => {
    const positions = extract('"We will send troops. But only after a ceasefire," Macron said.');
    expect(cell(positions, "FR", "troops")?.stance).toBe("conditional");
    expect(cell(positions, "FR", "troops")?.speaker).toBe("Emmanuel Macron");
  });

  it("gives every country of a coordinated subject the position, but not a companion", () => {
    const both = extract(
      "Great Britain and France plan to put troops on the ground after the signing of a peace agreement, Starmer said.",
    );
    expect(cells(both)).toEqual(["FR troops conditional", "GB troops conditional"]);
    const along = extract(
      "Belgium, along with Britain and France, is ready to send troops after a ceasefire, Francken said.",
    );
    expect(cells(along)).toEqual(["BE troops conditional"]);
  });

  it("attributes what one country says about another to the country it is about", () => {
    const positions = extract("Zelensky said France is ready to send troops to Ukraine.");
    expect(cells(positions)).toEqual(["FR troops committed"]);
    expect(positions[0]?.speaker).toBe("Volodymyr Zelenskyy");
    const moscow = extract(
      "Speaking for the Russian Foreign Ministry, Maria Zakharova said that Moscow will not accept NATO troops in Ukraine.",
    );
    expect(cells(moscow)).toEqual(["RU troops opposes"]);
  });

  it("gives an opposition to the speaker when the subject only names whose plan it is", () => {
    expect(cells(extract("Zakharova said that the deployment of British troops would be a provocation."))).toEqual([
      "RU troops opposes",
    ]);
    // Britain's plan is still Britain's pledge (the owner of a measure noun), Russia's the opposition.
    expect(cells(extract("Russia said Britain's plan to send troops to Ukraine is a provocation."))).toEqual([
      "GB troops committed",
      "RU troops opposes",
    ]);
  });

  it("skips a subject that is nobody in particular", () => {
    expect(extract("Several NATO and EU member states are considering sending troops to Ukraine, Fico said.")).toEqual(
      [],
    );
    expect(extract("Analysts say European troops could be deployed in Ukraine next year.")).toEqual([]);
  });
});

describe("stance", () => {
  it("scopes a negation to its own clause", () => {
    const positions = extract(
      "Poland will not send troops but is ready to support ceasefire monitoring, Donald Tusk said.",
    );
    expect(cell(positions, "PL", "troops")?.stance).toBe("ruled_out");
    expect(cell(positions, "PL", "monitoring")?.stance).toBe("committed");
  });

  it("records a condition verbatim, for each kind of condition", () => {
    const cases: [string, string][] = [
      ["Germany will send troops subject to parliamentary approval, Merz said.", "subject to parliamentary approval"],
      ["The Netherlands will send troops if the US provides a backstop, Schoof said.", "if the US provides a backstop"],
      ["Norway will deploy soldiers once a peace agreement is signed, Store said.", "once a peace agreement is signed"],
      [
        "Spain will send soldiers after the signing of a peace agreement, Sanchez said.",
        "after the signing of a peace agreement",
      ],
      ["Ireland would send troops only with a UN mandate, Micheal Martin said.", "only with a UN mandate"],
      ["Portugal will deploy soldiers with US backing, Montenegro said.", "with US backing"],
      ["Norway will send troops once the fighting stops, Store said.", "once the fighting stops"],
      [
        "Denmark is prepared to contribute troops provided that parliament agrees, Frederiksen said.",
        "provided that parliament agrees",
      ],
    ];
    for (const [sentence, condition] of cases) {
      const p = extract(sentence).find((x) => x.commitment === "troops");
      expect(p?.stance, sentence).toBe("conditional");
      expect(p?.condition, sentence).toBe(condition);
      expect(sentence).toContain(p?.condition);
    }
  });

  it("reads 'not before a ceasefire' as conditional and 'not yet ready' as considering", () => {
    const p = cell(
      extract("Sakaliene said Lithuanian troops would not be deployed before a ceasefire is in place."),
      "LT",
      "troops",
    );
    expect(p?.stance).toBe("conditional");
    expect(p?.condition).toBe("before a ceasefire is in place");
    expect(cell(extract("Latvia is not yet ready to send troops, Spruds said."), "LV", "troops")?.stance).toBe(
      "considering",
    );
  });

  it("does not mistake a past event or a description for a condition", () => {
    const past = extract(
      "The US will resume intelligence sharing with Ukraine after Ukrainian delegates agreed to a truce proposal.",
    );
    expect(cell(past, "US", "intelligence")?.stance).toBe("committed");
    const described = extract("Sweden did not rule out joining a post-war peacekeeping mission, Kristersson said.");
    expect(cell(described, "SE", "troops")?.stance).toBe("considering");
  });

  it("reads a precondition stated in the next sentence", () => {
    const positions = extract(
      '"Our bases will offer logistical support. However, to do so, we need to have a ceasefire first," President Nicusor Dan said.',
    );
    const p = cell(positions, "RO", "logistics");
    expect(p?.stance).toBe("conditional");
    expect(p?.condition).toMatch(/we need to have a ceasefire first/u);
    for (const cue of p!.cues) expect(p!.evidence).toContain(cue);
  });

  it("reads hedging as considering, and 'does not rule out' is not a refusal", () => {
    expect(
      cell(extract("Kristersson said Sweden is considering sending a reassurance force."), "SE", "troops")?.stance,
    ).toBe("considering");
    expect(
      cell(extract("Finland does not rule out sending troops to Ukraine, Stubb said."), "FI", "troops")?.stance,
    ).toBe("considering");
    expect(
      cell(extract("Canada is open to contributing aircraft to air policing over Ukraine, Carney said."), "CA", "air")
        ?.stance,
    ).toBe("considering");
  });

  it("reads support in principle as supports, and a pledge as committed", () => {
    expect(
      cell(extract("Spain supports an Article 5-like guarantee for Ukraine, Pedro Sanchez said."), "ES", "article5")
        ?.stance,
    ).toBe("supports");
    expect(
      cell(extract("Japan pledged new funding for Ukraine's armed forces, Ishiba said."), "JP", "funding")?.stance,
    ).toBe("committed");
    const abstract = extract(
      '"These guarantees will include a ceasefire monitoring mechanism," Prime Minister Giorgia Meloni said.',
    );
    expect(cell(abstract, "IT", "monitoring")?.stance).toBe("supports");
  });

  it("reads a rejection for everyone as opposes, and a refusal of one's own as ruled_out", () => {
    expect(cell(extract("Hungary opposes sending any troops to Ukraine, Orban said."), "HU", "troops")?.stance).toBe(
      "opposes",
    );
    expect(
      cell(extract("Slovakia rejects sending its own soldiers to Ukraine, Fico said."), "SK", "troops")?.stance,
    ).toBe("ruled_out");
  });

  it("does not give a stance to a commitment that another party would make", () => {
    const positions = extract(
      "While Slovakia would not take such a step, it would leave it to countries willing to send troops, Fico said.",
    );
    expect(cell(positions, "SK", "troops")?.stance).toBe("ruled_out");
  });
});

describe("clauses and frames", () => {
  it("ends a negation at the reporting frame: what follows 'adding that' is its own statement", () => {
    const positions = extract(
      "Poland does not plan to send its soldiers to Ukraine, Prime Minister Donald Tusk said, adding that Warsaw would instead provide logistical support.",
    );
    expect(cell(positions, "PL", "troops")?.stance).toBe("ruled_out");
    expect(cell(positions, "PL", "logistics")?.stance).toBe("committed");
  });

  it("ends a negation at a comma followed by a new verb, and negates through 'neither ... nor'", () => {
    const positions = extract("Ruling out troops, Spain offered air support, Albares said.");
    expect(cell(positions, "ES", "troops")?.stance).toBe("ruled_out");
    expect(cell(positions, "ES", "air")?.stance).toBe("committed");
    expect(cells(extract("Neither Germany nor Italy will send troops, Merz said."))).toEqual([
      "DE troops ruled_out",
      "IT troops ruled_out",
    ]);
  });

  it("reads a limit on the role as no refusal, and lets the headline's person speak for 'we'", () => {
    const body =
      "\u2014 Will France send troops?\n\n\u2014 We are ready to deploy a reassurance force as soon as a ceasefire is signed. We will not send soldiers to the front line.\n";
    const positions = extract(body, { title: "Macron: we are ready to deploy a reassurance force" });
    expect(cell(positions, "FR", "troops")?.stance).toBe("conditional");
    expect(cell(positions, "FR", "troops")?.speaker).toBe("Emmanuel Macron");
  });

  it("keeps a negation across a parenthetical 'however'", () => {
    expect(
      cell(extract("Ottawa will not, however, take part in air policing over Ukraine, McGuinty said."), "CA", "air")
        ?.stance,
    ).toBe("ruled_out");
  });

  it("reads a relative clause as a parenthesis about its subject", () => {
    const positions = extract(
      "Poland, which borders Ukraine, says it will act as a logistics hub but will not deploy soldiers, Tusk said.",
    );
    expect(cells(positions)).toEqual(["PL logistics committed", "PL troops ruled_out"]);
    const list = extract(
      'Meloni said "a meeting, which brought together Ukraine, the United States and Europe, backed guarantees consistent with Article 5."',
    );
    expect(cells(list)).toEqual(["IT article5 supports"]);
  });

  it("reads an elliptical 'but no ground troops' as a refusal, and 'no foreign troops' as opposition", () => {
    const positions = extract(
      "Washington could provide intelligence and air support, but no ground troops, Vance said.",
    );
    expect(cell(positions, "US", "intelligence")?.stance).toBe("considering");
    expect(cell(positions, "US", "troops")?.stance).toBe("ruled_out");
    expect(cell(extract("There will be no foreign troops in Ukraine, Peskov said."), "RU", "troops")?.stance).toBe(
      "opposes",
    );
  });

  it("takes the agent of a passive as the actor", () => {
    expect(cells(extract("Merz said the reassurance force would be led by Britain and France."))).toEqual([
      "FR troops committed",
      "GB troops committed",
    ]);
    expect(
      cell(extract("Troops would be provided by the Netherlands, Schoof said."), "NL", "troops")?.condition,
    ).toBeNull();
  });

  it("does not read talk about a commitment, or an expletive 'it', as a position", () => {
    expect(extract('"We are not going to speculate about troops while there is no ceasefire," Albares said.')).toEqual(
      [],
    );
    expect(extract("Merz spoke on Monday. It is possible that European troops will be deployed to Ukraine.")).toEqual(
      [],
    );
  });
});

describe("commitment types by meaning", () => {
  const cases: [string, string, string][] = [
    ["Britain would put boots on the ground in Ukraine, Starmer said.", "GB", "troops"],
    ["The Netherlands will contribute to a reassurance force, Schoof said.", "NL", "troops"],
    ["France will set up military hubs in western Ukraine, Macron said.", "FR", "logistics"],
    ["Turkey is ready to take part in a sky shield over Ukraine, Erdogan said.", "TR", "air"],
    ["Turkey will help with demining in the Black Sea, Fidan said.", "TR", "maritime"],
    ["Italy supports an Article 5-style guarantee for Ukraine, Tajani said.", "IT", "article5"],
    ["Canada will keep sharing intelligence with Ukraine, Anand said.", "CA", "intelligence"],
    ["Estonia will continue training Ukrainian soldiers, Pevkur said.", "EE", "training"],
    ["Sweden will send more weapons to Ukraine, Kristersson said.", "SE", "arms"],
    ["Norway will provide financial support for Ukraine's army, Store said.", "NO", "funding"],
    ["Washington will provide a backstop for the European force, Rubio said.", "US", "backstop"],
    ["The Czech Republic is prepared to send military instructors to western Ukraine, Fiala said.", "CZ", "training"],
    ["Lavrov dismissed the idea of an air shield over western Ukraine.", "RU", "air"],
    ["Japan is considering dispatching Self-Defense Forces personnel to Ukraine, Ishiba said.", "JP", "troops"],
    ["Estonia is considering sending a company-sized unit to Ukraine, Michal said.", "EE", "troops"],
    ["France will send observers to verify the ceasefire, Barrot said.", "FR", "monitoring"],
    ["Denmark signed a bilateral agreement on training Ukrainian pilots, Frederiksen said.", "DK", "training"],
  ];
  for (const [sentence, country, type] of cases) {
    it(`reads "${sentence}" as ${country} ${type}`, () => {
      expect(cell(extract(sentence), country, type), sentence).toBeDefined();
    });
  }

  it("reads defence industry and money as commitments only when they are for Ukraine", () => {
    expect(
      cell(extract("Germany will invest in Ukraine's defence industry, Pistorius said."), "DE", "arms")?.stance,
    ).toBe("committed");
    expect(extract("Germany will increase its own defence production, Pistorius said.")).toEqual([]);
    expect(extract("Germany will raise its defence budget to 100 billion euros, Merz said.")).toEqual([]);
    expect(extract("Germany will strengthen its own air defence, Pistorius said.")).toEqual([]);
  });

  it("does not read demining on land as maritime, nor a backstop's beneficiary as troops", () => {
    expect(
      cell(extract("Slovakia will help with demining farmland in Ukraine, Fico said."), "SK", "maritime"),
    ).toBeUndefined();
    expect(
      cell(extract("Japan will provide non-military support to Ukraine, Iwaya said."), "JP", "arms"),
    ).toBeUndefined();
    // The backstop is read as what it is, and only that.
    expect(cells(extract("Washington will provide a backstop for the European force, Rubio said."))).toEqual([
      "US backstop committed",
    ]);
  });
});

describe("no invention", () => {
  it("finds nothing in an article without positions", () => {
    const war =
      "Russia launched 300 drones and 40 missiles at Ukraine overnight, officials said.\n\n" +
      "Ukrainian air defence units shot down most of them, the air force said.\n\n" +
      '"Air defence missiles are needed every day," President Volodymyr Zelenskyy said on Telegram.\n';
    expect(extract(war)).toEqual([]);
    // The same article with one position added yields that one: the engine reads such text, and
    // finds nothing in it because there is nothing to find.
    const withPosition = `${war}\nNorway will send troops to Ukraine, Prime Minister Jonas Gahr Store said.\n`;
    expect(cells(extract(withPosition))).toEqual(["NO troops committed"]);
  });

  it("ignores the background section of an article", () => {
    const body =
      "Swedish Prime Minister Ulf Kristersson said sending troops is absolutely a possibility.\n\nBackground:\n\n" +
      "  \u2022 Keir Starmer, the UK Prime Minister, has said he is ready to put British troops in Ukraine.\n";
    expect(cells(extract(body))).toEqual(["SE troops considering"]);
  });

  it("does not read a question, or a meeting about troops, as a position", () => {
    expect(extract("Will Germany send troops to Ukraine?")).toEqual([]);
    expect(extract("Macron will host a meeting on security guarantees, including troops for Ukraine.")).toEqual([]);
    // The statements those two sentences stop short of are read as positions.
    expect(cells(extract("Germany will send troops to Ukraine, Merz said."))).toEqual(["DE troops committed"]);
    expect(
      cells(extract("Macron said France will host a meeting on security guarantees and will send troops to Ukraine.")),
    ).toEqual(["FR troops committed"]);
  });

  it("does not turn a journalist's speculation into a position", () => {
    expect(extract("It is possible that European troops will one day be deployed to Ukraine.")).toEqual([]);
    // The same claim from a leader is a position.
    expect(cells(extract("France will deploy troops to Ukraine, Macron said."))).toEqual(["FR troops committed"]);
  });
});
