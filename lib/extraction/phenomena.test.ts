/**
 * One describe per phenomenon of issue 13, each with sentences written for this project:
 * a case the rule must get right and a case it must not be fooled by. These test the rule
 * stages (their candidates, reduced without the learned decision); decision.test.ts tests
 * what the model makes of them.
 */
import { describe, expect, it } from "vitest";
import { extractCandidates, extractPositions, extractPositionsByRules } from "./engine";
import type { PositionProposal } from "./index";

const extract = (body: string, title: string | null = null): PositionProposal[] =>
  extractPositionsByRules({ body, published: "2026-03-02", title });
const cells = (positions: PositionProposal[]) =>
  positions.map((p) => `${p.country} ${p.commitment} ${p.stance}`).sort();
const cell = (positions: PositionProposal[], country: string, commitment: string) =>
  positions.find((p) => p.country === country && p.commitment === commitment);

describe("a hedge under a condition stays considering (labelling convention)", () => {
  it("reads could/may plus a condition as considering, and will plus a condition as conditional", () => {
    const hedged = cell(
      extract("Finnish troops could join a stabilisation force once a truce holds, Stubb said."),
      "FI",
      "troops",
    );
    expect(hedged?.stance).toBe("considering");
    expect(hedged?.condition).toBeNull();
    const pledged = cell(
      extract("Finnish troops will join a stabilisation force once a truce holds, Stubb said."),
      "FI",
      "troops",
    );
    expect(pledged?.stance).toBe("conditional");
    expect(pledged?.condition).toBe("once a truce holds");
  });

  it("keeps a hedge considering when the condition comes in the next sentence", () => {
    const positions = extract(
      '"Our engineers could help with demining at sea. For this to happen, the shelling of the ports must stop first," said Romanian President Nicusor Dan.',
    );
    expect(cell(positions, "RO", "maritime")?.stance).toBe("considering");
  });
});

describe("'provided' is a condition only when a clause follows", () => {
  it("does not read a gerund or a participle as a condition", () => {
    const gerund = cell(
      extract("Sweden will support Ukraine by providing artillery and shells, Kristersson said."),
      "SE",
      "arms",
    );
    expect(gerund?.stance).toBe("committed");
    expect(gerund?.condition).toBeNull();
    expect(
      cell(extract("Denmark will send troops provided that parliament votes for it, Frederiksen said."), "DK", "troops")
        ?.stance,
    ).toBe("conditional");
  });

  it("reads 'not by sending X but by providing Y' as a refusal of X", () => {
    const positions = extract(
      "Sweden will help Ukraine not by sending soldiers but by providing artillery, Kristersson said.",
    );
    expect(cell(positions, "SE", "troops")?.stance).toBe("ruled_out");
  });
});

describe("money described as military aid is arms, not funding", () => {
  it("proposes arms for an amount of military aid", () => {
    expect(
      cells(extract("Denmark will provide €900 million in military aid to Ukraine next year, Frederiksen said.")),
    ).toEqual(["DK arms committed"]);
  });

  it("keeps an amount for Ukraine's budget as funding", () => {
    expect(
      cells(extract("Denmark will provide €900 million to Ukraine's state budget next year, Frederiksen said.")),
    ).toEqual(["DK funding committed"]);
  });
});

describe("the people trained are not a deployment", () => {
  it("reads 'train military personnel' as training only", () => {
    expect(
      cells(extract("Lithuania will train Ukrainian military personnel on its own ranges, Nauseda said.")),
    ).toEqual(["LT training committed"]);
  });

  it("still reads personnel sent to Ukraine as troops", () => {
    expect(
      cell(extract("Lithuania will send military personnel to western Ukraine, Nauseda said."), "LT", "troops")?.stance,
    ).toBe("committed");
  });
});

describe("negated support and blocking", () => {
  it("reads 'not in favour of sending troops' as ruling out one's own", () => {
    expect(cell(extract('"We are not in favour of sending troops," Meloni said.'), "IT", "troops")?.stance).toBe(
      "ruled_out",
    );
  });

  it("reads refusing to back a common decision, or blocking it, as opposes", () => {
    expect(
      cell(extract("Hungary refused to back the EU decision on military aid for Ukraine, Orban said."), "HU", "arms")
        ?.stance,
    ).toBe("opposes");
    expect(
      cell(extract("Slovakia blocked the new package of military aid for Ukraine, Fico said."), "SK", "arms")?.stance,
    ).toBe("opposes");
  });

  it("still reads plain support as supports", () => {
    expect(
      cell(extract("Spain is in favour of an Article 5-like guarantee, Sanchez said."), "ES", "article5")?.stance,
    ).toBe("supports");
  });
});

describe("'there will be no / will not be' troops", () => {
  it("is ruled_out for one's own troops and opposes for foreign ones", () => {
    expect(
      cell(extract("Vance said there will not be American troops in Ukraine under any guarantee."), "US", "troops")
        ?.stance,
    ).toBe("ruled_out");
    expect(cell(extract("There will be no foreign troops in Ukraine, Lavrov said."), "RU", "troops")?.stance).toBe(
      "opposes",
    );
  });
});

describe("a limit on the role is not a refusal", () => {
  it("skips 'will not send soldiers to the front'", () => {
    expect(
      cell(
        extract("Bulgaria will support Ukraine, but it will not send soldiers to the front, Zhelyazkov said."),
        "BG",
        "troops",
      ),
    ).toBeUndefined();
  });
});

describe("the country that reports is the subject of the reporting verb", () => {
  it("gives 'he' the speaker's country, not a country named earlier in the frame", () => {
    expect(
      cells(
        extract(
          "The remarks from Portugal and Greece came a day after Starmer said that he would be willing to put troops in Ukraine.",
        ),
      ),
    ).toEqual(["GB troops committed"]);
  });

  it("does not take a country inside a subordinate clause of the frame", () => {
    expect(extract("Until Ukraine joins NATO, the retired general argued that it should get more weapons.")).toEqual(
      [],
    );
  });

  it("takes a country that is the subject of the reporting verb", () => {
    expect(cell(extract("Norway indicated that it will send instructors to Ukraine."), "NO", "training")?.stance).toBe(
      "committed",
    );
  });
});

describe("contributions named by their means", () => {
  it("reads aviation and a fleet as air and maritime", () => {
    expect(
      cells(extract("Greece will provide Ukraine with aviation and a fleet after the war ends, Mitsotakis said.")),
    ).toEqual(["GR air conditional", "GR maritime conditional"]);
  });

  it("reads air and naval capabilities, training efforts and financial backing", () => {
    const positions = extract(
      "Greece will offer air and naval capabilities and training efforts, and will extend financial backing to Ukraine, Mitsotakis said.",
    );
    expect(cell(positions, "GR", "air")?.stance).toBe("committed");
    expect(cell(positions, "GR", "maritime")?.stance).toBe("committed");
    expect(cell(positions, "GR", "training")?.stance).toBe("committed");
    expect(cell(positions, "GR", "funding")?.stance).toBe("committed");
  });

  it("reads transporting military supplies as logistics, and not a transport minister", () => {
    expect(
      cell(
        extract("Estonia will keep transporting military supplies to Ukraine by rail, Michal said."),
        "EE",
        "logistics",
      )?.stance,
    ).toBe("committed");
    expect(extract("Estonia's transport minister will visit Kyiv on Friday.")).toEqual([]);
  });
});

describe("donor lists and coordinated actors", () => {
  it("gives the position to each country listed for a group that is the agent", () => {
    expect(
      cells(
        extract(
          "She named several partners that have pledged to send instructors, including Malta, Cyprus and Iceland, as well as non-EU members such as Norway.",
        ),
      ),
    ).toEqual(["CY training committed", "IS training committed", "MT training committed", "NO training committed"]);
    expect(
      cells(
        extract("Several European countries, including Greece and Portugal, are ready to send troops, Costa said."),
      ),
    ).toEqual(["GR troops committed", "PT troops committed"]);
  });

  it("does not give it to countries listed after a preposition", () => {
    expect(
      cells(
        extract("Peacekeepers from countries such as Brazil and India could be deployed, the officials said."),
      ).filter((c) => /^(?:BR|IN) /u.test(c)),
    ).toEqual([]);
  });

  it("does not take the country helped for the one that helps", () => {
    expect(cells(extract("Norway will help Ukraine with air defence over its cities, Store said."))).toEqual([
      "NO air committed",
    ]);
  });
});

describe("former officials speak for no government", () => {
  it("drops what a former or retired official says a country should do", () => {
    expect(extract("A retired general, Mark Hodgson, said that Britain should send more weapons to Ukraine.")).toEqual(
      [],
    );
    expect(extract("The former prime minister said that Britain should send troops to Ukraine.")).toEqual([]);
  });

  it("keeps what a serving official says", () => {
    expect(cells(extract("The prime minister said that Britain will send more weapons to Ukraine."))).toEqual([
      "GB arms committed",
    ]);
  });
});

describe("the means of a pledge in a clause of its own", () => {
  it("gives 'but by providing ...' and the list after it the pledge of the main clause", () => {
    const positions = extract(
      "Canada is going to help Ukraine not by sending soldiers to fight there, but by supplying artillery; expanding intelligence sharing; and training pilots, Carney said.",
    );
    expect(cell(positions, "CA", "troops")?.stance).toBe("ruled_out");
    expect(cell(positions, "CA", "arms")?.stance).toBe("committed");
    expect(cell(positions, "CA", "intelligence")?.stance).toBe("committed");
  });

  it("does not lend a pledge to a gerund clause that is not a means", () => {
    expect(
      cell(
        extract("Canada will send drones; sharing intelligence remains a question for later, Carney said."),
        "CA",
        "intelligence",
      ),
    ).toBeUndefined();
  });
});

describe("capability and hedges", () => {
  it("reads 'will be able to' as considering, and 'will' as committed", () => {
    expect(
      cell(extract("Portugal will be able to join a peacekeeping mission, Montenegro said."), "PT", "troops")?.stance,
    ).toBe("considering");
    expect(cell(extract("Portugal will join a peacekeeping mission, Montenegro said."), "PT", "troops")?.stance).toBe(
      "committed",
    );
  });

  it("does not read 'when it comes to' in the next sentence as a precondition", () => {
    const positions = extract(
      'Greece will keep financing Ukraine\'s army, Mitsotakis said. "When it comes to Greek support, nothing has changed," he added.',
    );
    expect(cell(positions, "GR", "funding")?.stance).toBe("committed");
    const conditioned = extract(
      'Greece will send a frigate to the Black Sea. "Only once the guns fall silent," Mitsotakis added.',
    );
    expect(cell(conditioned, "GR", "maritime")?.stance).toBe("conditional");
  });
});

describe("forces that are not the actor's deployment", () => {
  it("does not read the force a country supports, or wounded soldiers, as its troops", () => {
    expect(
      cell(
        extract("Washington is prepared to offer air defence to support any European-led deployment, Rubio said."),
        "US",
        "troops",
      ),
    ).toBeUndefined();
    expect(
      cell(extract("Japan will keep treating wounded soldiers from Ukraine, Ishiba said."), "JP", "troops"),
    ).toBeUndefined();
  });

  it("still reads a deployment of one's own as troops", () => {
    expect(cell(extract("Washington is prepared to lead the deployment, Rubio said."), "US", "troops")?.stance).toBe(
      "committed",
    );
  });
});

describe("hearsay", () => {
  it("does not read what reports say as a position", () => {
    expect(
      extract(
        "Milanovic spoke out after reports emerged that Spain and Greece were weighing sending troops to Ukraine.",
      ),
    ).toEqual([]);
  });

  it("still reads what a government says", () => {
    expect(cells(extract("Spain is weighing sending troops to Ukraine, Albares said."))).toEqual([
      "ES troops considering",
    ]);
  });
});

describe("battlefield monitoring is intelligence, ceasefire monitoring is monitoring", () => {
  it("tells the two apart", () => {
    expect(cells(extract("Washington will provide aerial battlefield monitoring to Ukraine, Rubio said."))).toEqual([
      "US intelligence committed",
    ]);
    expect(cells(extract("Washington will take part in monitoring the ceasefire, Rubio said."))).toEqual([
      "US monitoring committed",
    ]);
  });
});

describe("same-day news is not background", () => {
  it("does not down-weight 'Earlier in the day' as a flashback", () => {
    const body =
      "Earlier in the day, Danish Prime Minister Mette Frederiksen announced that Denmark would provide $800 million in military aid to Ukraine.\n\n" +
      "Denmark will also keep supporting Ukraine's defence industry, the ministry said.";
    expect(cell(extract(body), "DK", "arms")?.evidence).toMatch(/^Earlier in the day/u);
  });
});

describe("agreement texts with no speaker", () => {
  it("gives what the agreement provides for to its donor, not to Ukraine", () => {
    const positions = extract(
      "Greece and Ukraine signed a ten-year security agreement on Monday.\n\nThe agreement provides for the training of Ukrainian pilots and military aid of 300 million euros a year.",
    );
    expect(cells(positions)).toEqual(["GR arms committed", "GR training committed"]);
    expect(cell(positions, "GR", "training")?.speaker).toBeNull();
  });

  it("reads a hyphenated pair as both parties, and drops Ukraine's side", () => {
    expect(cells(extract("The Greece-Ukraine document commits Athens to supplying ammunition."))).toEqual([
      "GR arms committed",
    ]);
  });

  it("does not read a participle after the agreement as a reporting frame", () => {
    expect(
      cells(
        extract(
          "The agreement, unveiled in Kyiv during the Greek prime minister's first visit, covered naval cooperation across the Black Sea as well as off Odesa.",
        ),
      ),
    ).toEqual(["GR maritime committed"]);
  });

  it("proposes nothing for an agreement that names no donor", () => {
    expect(extract("The agreement provides for the training of Ukrainian pilots.")).toEqual([]);
  });
});

describe("what a document or money pledge names", () => {
  it("reads non-lethal equipment as arms and money to a trust fund as funding", () => {
    expect(
      cells(
        extract(
          "Tokyo will support Kyiv by providing non-lethal equipment and giving money to a NATO trust fund for Ukraine.",
        ),
      ),
    ).toEqual(["JP arms committed", "JP funding committed"]);
  });

  it("does not read a money-laundering case as funding", () => {
    expect(extract("Tokyo will investigate money laundering by Russian banks.")).toEqual([]);
  });
});

describe("concern as opposition", () => {
  it("gives the worried speaker an opposition to others' assets", () => {
    expect(
      cells(
        extract(
          "The Kremlin said that any placement of French warships in Ukrainian ports would be of serious concern to Moscow.",
        ),
      ),
    ).toEqual(["RU maritime opposes"]);
  });
});

describe("permission for others is support, an agreement to act is a pledge", () => {
  it("reads 'agreed to allow others to offer' as supports", () => {
    expect(
      cell(
        extract("Witkoff said Russia agreed to allow European countries to offer Ukraine an Article 5-like guarantee."),
        "RU",
        "article5",
      )?.stance,
    ).toBe("supports");
  });

  it("reads 'agreed to send' as committed", () => {
    expect(
      cell(extract("Greece agreed to send two frigates to the Black Sea, Mitsotakis said."), "GR", "maritime")?.stance,
    ).toBe("committed");
  });
});

describe("a sentence that opens with a condition", () => {
  it("is a pledge of its own when it goes on to name one", () => {
    const positions = extract(
      "Greece will take part in the coalition, Mitsotakis said.\n\nAfter the war in Ukraine ends, Greece will send two frigates to the Black Sea.",
    );
    const p = cell(positions, "GR", "maritime");
    expect(p?.stance).toBe("conditional");
    expect(p?.condition).toBe("After the war in Ukraine ends");
    expect(p?.evidence).toMatch(/^After the war/u);
  });

  it("is only a precondition for the sentence before when it names none", () => {
    const positions = extract(
      '"Greece will send two frigates to the Black Sea. Only after the war is over," Mitsotakis said.',
    );
    expect(cell(positions, "GR", "maritime")?.stance).toBe("conditional");
  });
});

describe("a journalist's question", () => {
  it("states nothing even with the asker named", () => {
    expect(
      cells(extract("When asked by the BBC whether Greece was ready to send frigates, Mitsotakis did not answer.")),
    ).toEqual([]);
  });
});

describe("refusing to talk is not refusing", () => {
  it("does not read 'ruled out any discussion on troops' as ruling troops out", () => {
    expect(
      cell(
        extract("Greece has ruled out any discussion on sending troops for now, Gerapetritis said."),
        "GR",
        "troops",
      ),
    ).toBeUndefined();
    expect(cell(extract("Greece has ruled out sending troops, Gerapetritis said."), "GR", "troops")?.stance).toBe(
      "ruled_out",
    );
  });
});

describe("a speaker's hedge about another country", () => {
  it("is speculation, not that country's position", () => {
    const positions = extract(
      "Portuguese Prime Minister Luis Montenegro said that NATO could deploy forces in Ukraine.",
    );
    expect(cell(positions, "NATO", "troops")).toBeUndefined();
  });

  it("still gives a firm report about another country to that country", () => {
    expect(
      cell(
        extract("Portuguese Prime Minister Luis Montenegro said that Spain will deploy forces in Ukraine."),
        "ES",
        "troops",
      )?.stance,
    ).toBe("committed");
  });
});

describe("names used as modifiers or objects are not actors", () => {
  it("skips 'NATO ambitions' and the country a limit would stop", () => {
    expect(
      extract(
        "“A cap that would stop Ukraine from arming itself with weapons, or a veto on NATO ambitions, must be a red line,” he said.",
      ),
    ).toEqual([]);
  });
});

describe("a country's proposal is its support", () => {
  it("reads a proposal for a guarantee as supports", () => {
    expect(
      cells(extract("Work continues on the Greek proposal for a guarantee modelled on Article 5, Gerapetritis said.")),
    ).toEqual(["GR article5 supports"]);
  });
});

describe("financing is funding unless it is a country's own", () => {
  it("reads a readiness to finance equipment as funding even without Ukraine named", () => {
    expect(
      cell(extract("Iceland is also ready to finance and supply defence equipment."), "IS", "funding")?.stance,
    ).toBe("committed");
  });

  it("does not read a country financing its own rearmament as funding", () => {
    expect(cell(extract("Iceland will finance its own rearmament from next year."), "IS", "funding")).toBeUndefined();
  });
});

describe("an elaboration keeps the condition of the pledge before it", () => {
  it("gives 'Our contribution will focus on ...' the condition of the sentence before", () => {
    const positions = extract(
      '"Greece will do its part once a ceasefire holds. Our contribution will focus on naval capabilities and training efforts," Mitsotakis said.',
    );
    expect(cell(positions, "GR", "maritime")?.stance).toBe("conditional");
    expect(cell(positions, "GR", "maritime")?.condition).toBe("once a ceasefire holds");
    expect(cell(positions, "GR", "training")?.stance).toBe("conditional");
  });

  it("does not carry a condition to a sentence that is not an elaboration", () => {
    const positions = extract(
      '"Greece will do its part once a ceasefire holds. Greece will also send naval capabilities now," Mitsotakis said.',
    );
    expect(cell(positions, "GR", "maritime")?.stance).toBe("committed");
  });
});

describe("'others, such as X' names the countries it stands for", () => {
  it("gives the refusal to each country listed after 'others'", () => {
    expect(
      cells(extract('"Some will send forces. Others, such as Malta and Cyprus, will not send soldiers," Costa said.')),
    ).toEqual(["CY troops ruled_out", "MT troops ruled_out"]);
  });

  it("yields nothing for 'others' with no list", () => {
    expect(extract("Others will not send soldiers, the minister said.")).toEqual([]);
  });
});

describe("the United States behind a European-led force is a backstop", () => {
  it("reads backing a European-led force, or a force backed by or involving the US, as backstop", () => {
    expect(
      cell(extract("Washington will back any European-led force with air cover, a US official said."), "US", "backstop")
        ?.stance,
    ).toBe("committed");
    expect(
      cell(
        extract(
          "Finnish President Alexander Stubb said the European-led force must be backed by strong American support.",
        ),
        "FI",
        "backstop",
      )?.stance,
    ).toBe("supports");
    expect(cell(extract("Berlin said any European deployment must involve the US."), "DE", "backstop")?.stance).toBe(
      "supports",
    );
  });

  it("does not read a contribution to a European deployment as a backstop", () => {
    expect(cells(extract("Spain will send troops to a European deployment in Ukraine, Sanchez said."))).toEqual([
      "ES troops committed",
    ]);
  });
});

describe("a pledge is the verb, not the noun", () => {
  it("reads 'pledged' as committed and a tally 'including future pledges' as no pledge", () => {
    expect(cells(extract("Denmark pledged 8 billion euros to Ukraine, Frederiksen said."))).toEqual([
      "DK funding committed",
    ]);
    expect(
      extract("Denmark's aid, including future pledges, reached 8 billion euros for Ukraine, Frederiksen said."),
    ).toEqual([]);
  });
});

describe("an action under way is committed", () => {
  it("reads 'is already supplying' as committed and 'is considering supplying' as considering", () => {
    expect(cells(extract("France is already supplying Ukraine with air defence systems, Macron said."))).toEqual([
      "FR arms committed",
    ]);
    expect(cells(extract("France is considering supplying Ukraine with air defence systems, Macron said."))).toEqual([
      "FR arms considering",
    ]);
  });
});

describe("support verbs: favouring and proposing", () => {
  it("reads 'favours' and 'is proposing' as support, a will-do as committed", () => {
    expect(cells(extract("Italy favours extending Article 5-style protection to Ukraine, Meloni said."))).toEqual([
      "IT article5 supports",
    ]);
    expect(cells(extract("The Pentagon is proposing a monitoring mission along the front line."))).toEqual([
      "US monitoring supports",
    ]);
    expect(cells(extract("Italy will extend Article 5-style protection to Ukraine, Meloni said."))).toEqual([
      "IT article5 committed",
    ]);
  });
});

describe("an event that will not happen is a refusal", () => {
  it("reads 'will not happen' as ruled_out, 'will happen after a ceasefire' as conditional", () => {
    expect(cells(extract("Tusk said the deployment of Polish soldiers to Ukraine will not happen."))).toEqual([
      "PL troops ruled_out",
    ]);
    expect(cells(extract("Tusk said the deployment of Polish soldiers will happen after a ceasefire."))).toEqual([
      "PL troops conditional",
    ]);
  });
});

describe("a condition of someone else's approval", () => {
  it("reads 'only with the approval of parliament' as a condition, 'with the support of allies' as none", () => {
    const approved = cell(
      extract("Spain will send troops only with the approval of parliament, Sanchez said."),
      "ES",
      "troops",
    );
    expect(approved?.stance).toBe("conditional");
    expect(approved?.condition).toBe("only with the approval of parliament");
    expect(
      cell(extract("Spain will send troops with the support of allies, Sanchez said."), "ES", "troops")?.stance,
    ).toBe("committed");
  });
});

describe("a condition stated later for a country's whole offer", () => {
  it("makes the country's earlier pledges conditional, and leaves a hedge considering", () => {
    const pledged = cell(
      extract(
        "Britain will send troops to Ukraine, Starmer said. The British offer depends on a US backstop being in place.",
      ),
      "GB",
      "troops",
    );
    expect(pledged?.stance).toBe("conditional");
    expect(pledged?.condition).toBe("depends on a US backstop being in place");
    expect(
      cell(
        extract("Britain could send troops to Ukraine, Starmer said. The British offer depends on a US backstop."),
        "GB",
        "troops",
      )?.stance,
    ).toBe("considering");
  });

  it("does not move another country's pledge", () => {
    expect(
      cell(
        extract(
          "Britain will send troops to Ukraine, Starmer said. France's participation depends on a vote in parliament.",
        ),
        "GB",
        "troops",
      )?.stance,
    ).toBe("committed");
  });

  it("reads an offer named by 'that' or 'the' as the one the sentence before made, without the frame", () => {
    const positions = extract(
      "Norway will lend two minehunters to clear the Black Sea. The loan is settled.\n\nGreece will send a frigate to the Black Sea. That mission hinges on a truce, the Greek minister said.",
    );
    expect(cell(positions, "GR", "maritime")?.stance).toBe("conditional");
    expect(cell(positions, "GR", "maritime")?.condition).toBe("hinges on a truce");
    expect(cell(positions, "NO", "maritime")?.stance).toBe("committed");
    const stands = cell(
      extract("Latvia will send a platoon to Ukraine. Riga's offer stands only if a truce holds."),
      "LV",
      "troops",
    );
    expect(stands?.condition).toBe("only if a truce holds");
  });

  it("leaves the pledge before when the sentence names another country, or only a past event", () => {
    expect(
      cell(
        extract("Greece will send a frigate to the Black Sea. For Turkey, the mission depends on a truce."),
        "GR",
        "maritime",
      )?.stance,
    ).toBe("committed");
    expect(
      cell(
        extract("Greece will send a frigate to the Black Sea. The offer was welcomed only after a long debate."),
        "GR",
        "maritime",
      )?.stance,
    ).toBe("committed");
  });
});

describe("endorsing someone's plan is support", () => {
  it("reads the modal inside what is endorsed as part of the endorsement", () => {
    expect(cells(extract("Fiala said the Czech Republic welcomes plans to deploy a multinational force."))).toEqual([
      "CZ troops supports",
    ]);
    expect(
      cell(
        extract(
          "Belgian Prime Minister Bart De Wever called it vital that the force would be backed by American-led monitoring.",
        ),
        "BE",
        "monitoring",
      )?.stance,
    ).toBe("supports");
  });

  it("ends the endorsement at a verb of the country's own", () => {
    expect(cells(extract("The Czech Republic welcomes the talks and will send troops, Fiala said."))).toEqual([
      "CZ troops committed",
    ]);
  });
});

describe("a country's own part outranks its support for the measure", () => {
  it("reads 'backs a force but will not send its own soldiers' as ruled out", () => {
    expect(
      cells(
        extract(
          "Austria supports the deployment of a European reassurance force but will not send its own soldiers, the chancellor said.",
        ),
      ),
    ).toEqual(["AT troops ruled_out"]);
  });
});

describe("Ukraine as the recipient", () => {
  it("gives what Ukraine receives to the countries it receives it from", () => {
    expect(cells(extract("Ukraine will receive F-16 jets from Denmark and Norway."))).toEqual([
      "DK arms committed",
      "NO arms committed",
    ]);
  });

  it("proposes no position of Ukraine's for what it receives, and its support for a force", () => {
    expect(extract("Zelensky said Ukraine received weapons from partners and will ask for more.")).toEqual([]);
    expect(cells(extract("Zelensky said Ukraine will host a reassurance force after the war."))).toEqual([
      "UA troops supports",
    ]);
  });
});

describe("a referential 'it' is the country, an expletive one nobody", () => {
  it("reads 'X has said it is open to' as X considering", () => {
    expect(cells(extract("Australia has said it is open to contributing to a peacekeeping force."))).toEqual([
      "AU troops considering",
    ]);
  });
});

describe("conditions in other words", () => {
  it("reads a mandate of any body as a condition, a bare mandate as none", () => {
    expect(
      cell(
        extract("Germany will only take part in a monitoring mission with a Bundestag mandate, Pistorius said."),
        "DE",
        "monitoring",
      )?.stance,
    ).toBe("conditional");
    expect(
      cell(
        extract("Germany will take part in a monitoring mission with a mandate to observe, Pistorius said."),
        "DE",
        "monitoring",
      )?.stance,
    ).toBe("committed");
  });

  it("reads 'This will happen only after ...' as a precondition for the pledge before", () => {
    const troops = cell(
      extract("The Netherlands will send troops to Ukraine. This will happen only after a ceasefire, Schoof said."),
      "NL",
      "troops",
    );
    expect(troops?.stance).toBe("conditional");
    expect(troops?.condition).toBe("only after a ceasefire");
    expect(
      cell(
        extract("The Netherlands will send troops to Ukraine. This will happen quickly, Schoof said."),
        "NL",
        "troops",
      )?.stance,
    ).toBe("committed");
  });
});

describe("'will not go' is a refusal", () => {
  it("reads soldiers that will not go to Ukraine as ruled out, and the pledge beside it as committed", () => {
    expect(
      cells(
        extract(
          "Poland will provide logistics support for the mission, Tusk said, adding that Polish soldiers will not go to Ukraine.",
        ),
      ),
    ).toEqual(["PL logistics committed", "PL troops ruled_out"]);
  });
});

describe("Ukrainian forces trained by or in a country", () => {
  it("gives the training to the country that hosts it", () => {
    expect(cells(extract("Ukrainian troops will be trained in Poland, Kosiniak-Kamysz said."))).toEqual([
      "PL training committed",
    ]);
  });

  it("reads Ukrainian troops that fight as no one's position", () => {
    expect(extract("Ukrainian troops will attack in Zaporizhzhia, the general staff said.")).toEqual([]);
  });
});

describe("a country's officials speak for its government", () => {
  it("reads 'US officials are proposing' as the United States", () => {
    expect(cells(extract("US officials are proposing a peacekeeping mission along the contact line."))).toEqual([
      "US troops supports",
    ]);
  });

  it("still reads 'NATO and EU member states' as no actor", () => {
    expect(extract("NATO and EU member states could deploy a mission, analysts said.")).toEqual([]);
  });
});

describe("what is only reported as being weighed", () => {
  it("gives no position for a measure 'under consideration' in the speaker's words", () => {
    expect(extract("Kellogg suggested that the deployment of European forces was under consideration.")).toEqual([]);
  });

  it("keeps the speaker's hedge about an organisation as its support", () => {
    expect(
      cells(extract("The OSCE could deploy monitors to Ukraine, Swiss Foreign Minister Ignazio Cassis said.")),
    ).toEqual(["CH monitoring supports"]);
  });
});

describe("drones given or built for Ukraine are arms", () => {
  it("reads the development of drones for Kyiv as arms, drones that attack as nothing", () => {
    expect(
      cell(
        extract("Spain was already contributing to the production of attack drones for Kyiv, Robles said."),
        "ES",
        "arms",
      )?.stance,
    ).toBe("committed");
    expect(extract("Russian drones attacked Kyiv overnight, the Ukrainian air force said.")).toEqual([]);
  });
});

describe("what a signed agreement included", () => {
  it("reads what a signed pact included as the donor's pledge", () => {
    expect(
      cells(
        extract("Bucharest put its name to a ten-year pact that included provisions on training Ukrainian pilots."),
      ),
    ).toEqual(["RO training committed"]);
  });

  it("does not read any 'included' as an agreement's pledge", () => {
    expect(extract("The package included new sanctions on Russian banks.")).toEqual([]);
  });

  it("reads support for Ukraine's defence as arms", () => {
    expect(
      cells(extract("Romania signed a deal with Ukraine, pledging long-term support for Kyiv's defence.")),
    ).toEqual(["RO arms committed"]);
  });
});

describe("more ways to state a condition", () => {
  it("reads 'when the guns fall silent' as a condition of peace", () => {
    expect(
      cell(extract('"We will be there with our soldiers when the guns fall silent," Macron said.'), "FR", "troops")
        ?.stance,
    ).toBe("conditional");
  });

  it("reads 'However, this requires ...' as a precondition for the pledge before, 'This is good news' as none", () => {
    const troops = cell(
      extract(
        "Spain will contribute troops to a peacekeeping mission. However, this requires a UN mandate, Robles said.",
      ),
      "ES",
      "troops",
    );
    expect(troops?.stance).toBe("conditional");
    expect(troops?.condition).toBe("requires a UN mandate");
    expect(
      cell(
        extract("Spain will contribute troops to a peacekeeping mission. This is good news, Robles said."),
        "ES",
        "troops",
      )?.stance,
    ).toBe("committed");
  });
});

describe("more donor lists", () => {
  it("reads 'Ukraine's partners, including X and Y' as X and Y", () => {
    expect(cells(extract("Ukraine's partners, including Canada and Japan, pledged more weapons."))).toEqual([
      "CA arms committed",
      "JP arms committed",
    ]);
  });

  it("reads 'the leaders of X, Y and Z agreed' as X, Y and Z", () => {
    expect(
      cells(extract("The leaders of France, Germany and Italy agreed to fund air defence systems for Ukraine.")),
    ).toEqual(["DE arms committed", "FR arms committed", "IT arms committed"]);
  });
});

describe("a passive refusal", () => {
  it("reads 'soldiers would never be sent' as ruled out", () => {
    expect(cells(extract("Orban said Hungarian soldiers would never be sent to Ukraine."))).toEqual([
      "HU troops ruled_out",
    ]);
  });
});

describe("what Ukraine asks for is no position", () => {
  it("proposes nothing for Ukraine's needs of weapons, and keeps its support for a force", () => {
    expect(extract("Zelensky said Ukraine needs air defence systems from its partners.")).toEqual([]);
    expect(
      cells(extract("Zelensky said Ukraine wants Western troops on its soil as part of security guarantees.")),
    ).toEqual(["UA troops supports"]);
  });
});

describe("conditions that are not, and their scope", () => {
  it("reads 'for as long as it takes' as a pledge of duration, 'as long as the truce holds' as a condition", () => {
    expect(
      cell(extract("Germany will support Ukraine with weapons for as long as it takes, Merz said."), "DE", "arms")
        ?.stance,
    ).toBe("committed");
    expect(
      cell(extract("Germany will send troops as long as the truce holds, Merz said."), "DE", "troops")?.stance,
    ).toBe("conditional");
  });

  it("reads 'should there be a ceasefire' and 'after the war' as conditions, 'after the war began' as none", () => {
    expect(
      cell(extract("Starmer said that should there be a ceasefire, Britain would deploy troops."), "GB", "troops")
        ?.stance,
    ).toBe("conditional");
    expect(
      cell(extract("Belgium said it would deploy troops as part of a reassurance force after the war."), "BE", "troops")
        ?.stance,
    ).toBe("conditional");
    expect(
      cell(extract("After the war began, Belgium said it would send weapons to Ukraine."), "BE", "arms")?.stance,
    ).toBe("committed");
  });

  it("keeps the condition of a second pledge ('and will ... after a ceasefire') to that pledge", () => {
    expect(
      cells(
        extract(
          "Norway will send weapons to Ukraine this year and will join a monitoring mission after a ceasefire, Store said.",
        ),
      ),
    ).toEqual(["NO arms committed", "NO monitoring conditional"]);
  });

  it("lets a condition that opens the sentence govern both pledges", () => {
    expect(
      cells(extract("Once a truce holds, Norway will send troops and will join a monitoring mission, Store said.")),
    ).toEqual(["NO monitoring conditional", "NO troops conditional"]);
  });
});

describe("a fronted phrase that ends with a place", () => {
  it("reads 'After talks in Paris, Britain will ...' as Britain, not as a list with Paris", () => {
    expect(cells(extract("After talks in Paris, Britain will send troops to Ukraine."))).toEqual([
      "GB troops committed",
    ]);
  });

  it("still reads places listed after a preposition as no actors", () => {
    expect(extract("Leaders met in Paris, Berlin and Rome to discuss troops.")).toEqual([]);
  });
});

describe("preconditions in the next sentence, in more words", () => {
  it("reads 'But that will only happen with a ceasefire in place' as a condition for the pledge before", () => {
    expect(
      cell(
        extract(
          "Spain is ready to send troops to Ukraine. But that will only happen with a ceasefire in place, Robles said.",
        ),
        "ES",
        "troops",
      )?.stance,
    ).toBe("conditional");
    expect(
      cell(
        extract("Spain is ready to send troops to Ukraine. That will happen with great speed, Robles said."),
        "ES",
        "troops",
      )?.stance,
    ).toBe("committed");
  });

  it("reads 'To do so, a US backstop is needed first' as a precondition even though it names a backstop", () => {
    const positions = extract(
      "Britain will send troops to Ukraine, Starmer said. However, to do so, a US backstop is needed first.",
    );
    expect(cells(positions)).toEqual(["GB troops conditional"]);
  });
});

describe("a government's approval of a deployment is its pledge", () => {
  it("reads 'has approved sending instructors' as committed", () => {
    expect(
      cells(
        extract(
          "The Czech government has approved sending 50 instructors to Ukraine, Defence Minister Jana Cernochova said.",
        ),
      ),
    ).toEqual(["CZ training committed"]);
  });
});

describe("'the country' in the next sentence", () => {
  it("is the country that opened the sentence before when nobody speaks", () => {
    expect(
      cells(
        extract(
          "Norway has pledged to help. The country will send instructors to train Ukrainian troops, the defence ministry said.",
        ),
      ),
    ).toEqual(["NO training committed"]);
  });

  it("is not a country named after a preposition", () => {
    expect(
      extract(
        "Talks were held in Norway. The country will send instructors to train Ukrainian troops, the ministry said.",
      ),
    ).toEqual([]);
  });
});

describe("an enumerated contribution, item by item", () => {
  it("reads a combat unit, a mine-clearing ship and trainers as troops, maritime and training", () => {
    expect(
      cells(extract("Estonia will contribute an infantry company, a mine-clearing ship and trainers, Michal said.")),
    ).toEqual(["EE maritime committed", "EE training committed", "EE troops committed"]);
  });

  it("reads intelligence as the last item of a list, intelligence officials as nobody's pledge", () => {
    expect(
      cell(
        extract("Norway will provide air policing, demining ships and intelligence, Store said."),
        "NO",
        "intelligence",
      )?.stance,
    ).toBe("committed");
    expect(extract("Military and intelligence officials met in Oslo on Monday.")).toEqual([]);
  });

  it("reads a company that is a firm as no troops", () => {
    expect(extract("A French company will build a drone factory in western Ukraine.")).toEqual([]);
  });
});

describe("'the contribution of X' is X's", () => {
  it("reads the subject 'the contribution of Lithuania' as Lithuania", () => {
    expect(
      cells(extract("The contribution of Lithuania will include troops and medical staff, Kasciunas said.")),
    ).toEqual(["LT troops committed"]);
  });
});

describe("a wire dateline opens the first paragraph", () => {
  it("reads past 'OSLO, Feb 10 (Agency) - ' to the frame and its coordinated subjects", () => {
    expect(
      cells(
        extract(
          "OSLO, Feb 10 (Northern Wire) - Norway and Denmark said on Tuesday they were prepared to send soldiers to Ukraine once a ceasefire is agreed.",
        ),
      ),
    ).toEqual(["DK troops conditional", "NO troops conditional"]);
  });

  it("keeps a sentence that opens with a country in capitals and no dash as it is", () => {
    expect(cells(extract("NATO allies will send troops to Ukraine, Rutte said."))).toEqual([]);
  });
});

describe("what a country has already delivered, and the speaker's government", () => {
  it("reads 'has already delivered jets' as committed arms", () => {
    expect(
      cells(extract('"Denmark has already delivered F-16 jets and will keep helping," Frederiksen said.')),
    ).toEqual(["DK arms committed"]);
  });

  it("reads 'her government would finance' as the speaker's country committing", () => {
    expect(
      cell(
        extract(
          "Danish Prime Minister Mette Frederiksen said her government would finance air defence systems for Ukraine.",
        ),
        "DK",
        "arms",
      )?.stance,
    ).toBe("committed");
  });
});

describe("'its minister' and 'it' after a sentence about another country", () => {
  it("gives 'its defence minister' the country the sentence before was about, not the last speaker's", () => {
    const positions = extract(
      "Starmer said Britain would send troops to Ukraine. Poland has offered to host a logistics hub near the border. Its defence minister said the country would also train Ukrainian pilots.",
    );
    expect(cell(positions, "PL", "training")?.stance).toBe("committed");
    expect(cell(positions, "GB", "training")).toBeUndefined();
    const quoted = extract(
      'Starmer said Britain would send troops to Ukraine. Poland has offered to host a logistics hub near the border. "We will also train Ukrainian pilots," its defence minister said.',
    );
    expect(cell(quoted, "PL", "training")?.stance).toBe("committed");
  });

  it("gives a subject 'it' the country that opened the sentence before, over an earlier speaker", () => {
    const positions = extract(
      "Starmer said Britain would send troops to Ukraine. Poland has offered to host a logistics hub near the border. It will also train Ukrainian pilots.",
    );
    expect(cell(positions, "PL", "training")?.stance).toBe("committed");
    expect(cell(positions, "GB", "training")).toBeUndefined();
  });

  it("gives a trailing 'its minister' the subject of its own sentence, before the sentence before", () => {
    const positions = extract(
      "Norway will send engineers to clear mines, its prime minister said. Finland is considering joining the air patrols, its defence minister said.",
    );
    expect(cell(positions, "FI", "air")?.stance).toBe("considering");
    expect(cell(positions, "FI", "air")?.speaker).toBeNull();
    expect(cell(positions, "NO", "air")).toBeUndefined();
    const paren = extract(
      "Norway will send engineers to clear mines. Finland, its defence minister said, will train pilots.",
    );
    expect(cell(paren, "FI", "training")?.stance).toBe("committed");
  });

  it("keeps the speaker's own country when the other country was only named after a preposition", () => {
    const positions = extract(
      "Starmer said Britain would send troops to the border with Poland. Its defence secretary said the country would also train Ukrainian pilots.",
    );
    expect(cell(positions, "GB", "training")?.stance).toBe("committed");
    expect(cell(positions, "PL", "training")).toBeUndefined();
  });

  it("keeps this sentence's own speaker for 'it'", () => {
    const positions = extract(
      "Macron said France would lead the air mission. Poland has offered to host a logistics hub. It will also send instructors to train Ukrainian troops, Macron said.",
    );
    expect(cell(positions, "FR", "training")?.stance).toBe("committed");
    expect(cell(positions, "PL", "training")).toBeUndefined();
  });
});

describe("'their countries' for a coordinated subject of leaders", () => {
  it("gives each country of 'the leaders of X and Y said their countries would ...' the pledge", () => {
    expect(
      cells(extract("The leaders of Estonia and Latvia said their countries would send instructors to Ukraine.")),
    ).toEqual(["EE training committed", "LV training committed"]);
    expect(
      cells(
        extract(
          "The prime ministers of Lithuania and Finland said on Monday that their governments were ready to provide air policing.",
        ),
      ),
    ).toEqual(["FI air committed", "LT air committed"]);
  });

  it("reads adjectives with an office and named leaders as the coordinated reporters, each their own speaker", () => {
    expect(cells(extract("Estonian and Latvian leaders said their countries would send instructors."))).toEqual([
      "EE training committed",
      "LV training committed",
    ]);
    const named = extract("Kristersson and Store said that both countries could send soldiers to Ukraine.");
    expect(cells(named)).toEqual(["NO troops considering", "SE troops considering"]);
    expect(cell(named, "NO", "troops")?.speaker).toBe("Jonas Gahr Støre");
  });

  it("is not fooled by media of two countries, or by one speaker's 'their countries'", () => {
    expect(extract("Estonian and Latvian media said their countries would send instructors.")).toEqual([]);
    expect(extract("Starmer said in Paris that their countries would send instructors.")).toEqual([]);
  });
});

describe("aircraft deployed or provided are air", () => {
  it("reads 'deploy four aircraft' and 'station fighter aircraft' as air", () => {
    expect(cells(extract("Belgium will deploy four aircraft over western Ukraine, De Croo said."))).toEqual([
      "BE air committed",
    ]);
    expect(cells(extract("Sweden is ready to station fighter aircraft in Romania, Kristersson said."))).toEqual([
      "SE air committed",
    ]);
  });

  it("is not fooled by aircraft carriers, anti-aircraft systems, cargo planes or jets handed over", () => {
    expect(cells(extract("France could send an aircraft carrier to the Black Sea, Macron said."))).toEqual([
      "FR maritime considering",
    ]);
    expect(cells(extract("Germany will send anti-aircraft systems to Kyiv, Merz said."))).toEqual([
      "DE arms committed",
    ]);
    expect(cells(extract("Canada will send cargo aircraft to carry equipment, Carney said."))).toEqual([
      "CA logistics committed",
    ]);
    expect(cells(extract("Denmark will provide F-16 jets to Ukraine, Frederiksen said."))).toEqual([
      "DK arms committed",
    ]);
    expect(extract("Russian planes struck Kharkiv overnight.")).toEqual([]);
  });
});

describe("a nominal pledge with its owner", () => {
  it("reads 'X's offer of', 'its contribution of' and 'the Polish offer of' as the owner's pledge", () => {
    expect(cells(extract("Norway's offer of minehunters for the Black Sea was welcomed in Kyiv."))).toEqual([
      "NO maritime committed",
    ]);
    expect(cells(extract("The Netherlands confirmed its contribution of two frigates to the mission."))).toEqual([
      "NL maritime committed",
    ]);
    expect(cells(extract("Ukraine welcomed the Polish offer of a logistics hub near the border."))).toEqual([
      "PL logistics committed",
    ]);
    expect(
      cell(extract("Britain's offer of troops depends on an American backstop, Starmer said."), "GB", "troops")?.stance,
    ).toBe("conditional");
  });

  it("is not fooled by the noun without an owner, or by an offer someone rejects", () => {
    // Without an owner the welcome is the speaker's support, not a pledge of its own.
    expect(cells(extract("Starmer welcomed the offer of minehunters."))).toEqual(["GB maritime supports"]);
    expect(cells(extract("Starmer welcomed the Dutch offer of minehunters."))).toEqual(["NL maritime committed"]);
    expect(extract("The offer of fighter jets remains under discussion, Rutte said.")).toEqual([]);
    // The offer is still Britain's (the owner of a measure noun); Moscow's rejection opposes it.
    expect(cells(extract("Moscow rejected Britain's offer of troops."))).toEqual([
      "GB troops committed",
      "RU troops opposes",
    ]);
  });
});

describe("the owner of a measure noun", () => {
  it("reads the owner of a plan, offer, initiative or proposal as taking its position", () => {
    // The owner before the noun, by a possessive or an adjective; the supporter's own stance.
    expect(cells(extract("Italy supports Britain's plan to deploy troops."))).toEqual([
      "GB troops committed",
      "IT troops supports",
    ]);
    expect(cells(extract("Spain supports the Dutch plan to send troops."))).toEqual([
      "ES troops supports",
      "NL troops committed",
    ]);
    // The owners after the noun, coordinated, with no cue of the sentence's own.
    expect(cells(extract("Initiatives by France and Germany to deploy troops were discussed."))).toEqual([
      "DE troops committed",
      "FR troops committed",
    ]);
    expect(cells(extract("The plan by Britain to send troops was debated."))).toEqual(["GB troops committed"]);
    // Nationality adjectives on the type noun after "offer of".
    expect(cells(extract("Kyiv welcomed the offer of British and French troops."))).toEqual([
      "FR troops committed",
      "GB troops committed",
      "UA troops supports",
    ]);
    // A proposal or idea is the owner's support; a condition of the clause is the owner's too.
    expect(cells(extract("Denmark welcomed Norway's proposal to deploy minehunters."))).toEqual([
      "DK maritime supports",
      "NO maritime supports",
    ]);
    const conditional = cell(
      extract("Poland welcomed Sweden's plan to deploy troops once a truce holds."),
      "SE",
      "troops",
    );
    expect(conditional?.stance).toBe("conditional");
    expect(conditional?.condition).toBe("once a truce holds");
  });

  it("gives the others only what they say of the measure", () => {
    // Critics name no country: the plan is still Britain's, nobody else's support.
    expect(cells(extract("Critics of Britain's plan to send troops spoke out."))).toEqual(["GB troops committed"]);
    // Rejecting another's offer opposes it (Russia's view of a foreign force counts as opposition).
    expect(cells(extract("Russia rejected France's offer to send troops."))).toEqual([
      "FR troops committed",
      "RU troops opposes",
    ]);
    // A modal before the endorsing verb is the endorsement's; before a verb of joining, a pledge.
    expect(cells(extract("Italy will support Britain's plan to send troops."))).toEqual([
      "GB troops committed",
      "IT troops supports",
    ]);
    expect(cells(extract("Italy will join Britain's initiative to send troops."))).toEqual([
      "GB troops committed",
      "IT troops committed",
    ]);
    // A verb that is no cue gives the other nothing, not the owner's pledge.
    expect(cells(extract("Hungary criticised the pledge by Finland and Sweden to train Ukrainian soldiers."))).toEqual([
      "FI training committed",
      "SE training committed",
    ]);
    // No owner: the subject's own reading stays, and an idea "of" French troops is nobody's idea.
    expect(cells(extract("Italy's ministers plan to deploy troops."))).toEqual(["IT troops committed"]);
    expect(cells(extract("Rome rejected the idea of French troops in Ukraine."))).toEqual(["IT troops opposes"]);
    // A measure that does not reach the commitment ("plan for the budget") owns nothing.
    expect(cells(extract("Belgium's plan for the budget was debated, and Austria will send troops."))).toEqual([
      "AT troops committed",
    ]);
  });
});

describe("the United States behind a European force, in other words", () => {
  it("reads the US standing behind, or a force needing the backing of, the US as backstop", () => {
    expect(cells(extract("The US would stand behind any European-led mission, Vance said."))).toEqual([
      "US backstop committed",
    ]);
    expect(
      cell(extract("Starmer said any European mission would need the backing of the United States."), "GB", "backstop")
        ?.stance,
    ).toBe("supports");
    expect(
      cell(extract("Starmer said the European force must be backed by a US security guarantee."), "GB", "backstop")
        ?.stance,
    ).toBe("supports");
  });

  it("is not fooled by another country backing a European force, or a ceasefire the US backs", () => {
    expect(cell(extract("Italy will support a European-led force, Meloni said."), "IT", "backstop")).toBeUndefined();
    expect(extract("Macron said a ceasefire backed by the United States was within reach.")).toEqual([]);
  });
});

describe("support for Ukraine's defence, in other words, is arms", () => {
  it("reads 'support for the defence of Ukraine' and 'help Ukraine defend itself' as arms", () => {
    expect(cells(extract("Germany will continue its support for the defence of Ukraine, Merz said."))).toEqual([
      "DE arms committed",
    ]);
    expect(cells(extract("Germany will help Ukraine defend itself, Merz said."))).toEqual(["DE arms committed"]);
  });

  it("is not fooled by support for Ukraine's reconstruction or a country's own defence", () => {
    expect(extract("Germany will support Ukraine's reconstruction, Merz said.")).toEqual([]);
    expect(extract("Germany will strengthen its own defence, Merz said.")).toEqual([]);
  });
});

describe("drones bought, funded or built for Ukraine are arms", () => {
  it("reads drones bought for the Ukrainian army and drone production for Ukraine as arms", () => {
    expect(
      cells(extract("The Netherlands will buy interceptor drones for the Ukrainian army, Brekelmans said.")),
    ).toEqual(["NL arms committed"]);
    expect(cells(extract("The Netherlands will fund drone production for Ukraine, Brekelmans said."))).toEqual([
      "NL arms committed",
    ]);
  });

  it("is not fooled by drones for a country's own army, or drones that attack", () => {
    expect(extract("The Netherlands will build drones for its own army, Brekelmans said.")).toEqual([]);
    expect(extract("Russian drones struck Kyiv overnight, the mayor said.")).toEqual([]);
  });
});

describe("'not only ... but also' adds, it does not negate", () => {
  it("reads both halves of 'will not only send X but also provide Y' as pledges", () => {
    expect(
      cells(extract("Sweden will not only send instructors but also provide air policing, Kristersson said.")),
    ).toEqual(["SE air committed", "SE training committed"]);
  });

  it("still reads 'will not send' as a refusal", () => {
    expect(cells(extract("Sweden will not send soldiers, Kristersson said."))).toEqual(["SE troops ruled_out"]);
  });
});

describe("taking part in a force named by its article alone is troops", () => {
  it("reads 'take part in a future force' and 'contribute to a force' as troops", () => {
    expect(cells(extract("The Netherlands will take part in a future force in Ukraine, Schoof said."))).toEqual([
      "NL troops committed",
    ]);
    expect(
      cell(
        extract(
          "Chancellor Friedrich Merz said Germany may contribute to a force in Ukraine once a ceasefire is reached.",
        ),
        "DE",
        "troops",
      )?.stance,
    ).toBe("considering");
  });

  it("is not fooled by an air force, joined forces, or air support given to a European force", () => {
    expect(extract("Germany will contribute to the air force of Ukraine, Merz said.")).toEqual([]);
    expect(extract("Both firms will join forces with industry on drones, the ministry said.")).toEqual([]);
    expect(
      cell(extract("Trump said the United States could provide air support to a European force."), "US", "troops"),
    ).toBeUndefined();
  });
});

describe("a decision still open is considering", () => {
  it("reads 'has yet to decide whether to send troops' and 'has not yet decided' as considering", () => {
    expect(cells(extract("Sweden has yet to decide whether to send troops, Kristersson said."))).toEqual([
      "SE troops considering",
    ]);
    expect(cells(extract("Norway has not yet decided whether to contribute soldiers, Store said."))).toEqual([
      "NO troops considering",
    ]);
  });

  it("is not fooled by a decision taken", () => {
    expect(cells(extract("Sweden has decided to send troops, Kristersson said."))).toEqual(["SE troops committed"]);
  });
});

describe("a group that is the object of a first verb is not the agent of a second", () => {
  it("reads 'will lead the coalition and deploy troops' as the subject's own pledge", () => {
    expect(
      cells(
        extract(
          "The UK and France will lead the coalition of the willing and deploy troops after a ceasefire, Starmer said.",
        ),
      ),
    ).toEqual(["FR troops conditional", "GB troops conditional"]);
  });

  it("still leaves to the others what is left to them", () => {
    expect(extract("Slovakia would leave it to countries and partners willing to send troops, Fico said.")).toEqual([]);
    expect(extract("Britain will leave it to the allies and then see who sends troops, Starmer said.")).toEqual([]);
  });
});

describe("money set aside or made available is a pledge", () => {
  it("reads 'set aside €3.5 billion for Ukraine' and 'has made available' as committed funding", () => {
    expect(cells(extract("The Dutch cabinet set aside €3.5 billion for Ukraine next year."))).toEqual([
      "NL funding committed",
    ]);
    expect(
      cells(
        extract("Germany has made available €7 billion for Ukraine in its 2026 budget, the finance ministry said."),
      ),
    ).toEqual(["DE funding committed"]);
  });

  it("is not fooled by differences set aside", () => {
    expect(extract("Britain and France set aside their differences on troops, officials said.")).toEqual([]);
  });
});

describe("calling on others is support", () => {
  it("reads Ukraine calling on partners to close the sky as its support for air defence", () => {
    expect(cells(extract("Zelensky called on partners to help close the sky over Ukraine."))).toEqual([
      "UA air supports",
    ]);
  });

  it("does not give the position to the country called on", () => {
    expect(cell(extract("Zelensky called on Germany to send troops to Ukraine."), "DE", "troops")).toBeUndefined();
  });
});

describe("a NATO or Western presence is troops", () => {
  it("reads refusing any NATO presence in Ukraine as opposing troops", () => {
    expect(cells(extract("The Kremlin said it would not tolerate any NATO presence in Ukraine."))).toEqual([
      "RU troops opposes",
    ]);
  });

  it("is not fooled by a NATO summit", () => {
    expect(extract("The Kremlin said it would not attend a NATO summit in Ukraine.")).toEqual([]);
  });
});

describe("plans for a force are the force, not its beneficiary", () => {
  it("reads supporting the plans for a reassurance force as support for troops", () => {
    expect(
      cells(
        extract(
          "NATO Secretary General Mark Rutte said the alliance supports the coalition's plans for a reassurance force.",
        ),
      ),
    ).toEqual(["NATO troops supports"]);
  });

  it("still reads a backstop for the force as no troop pledge", () => {
    expect(cells(extract("Washington will provide a backstop for the European force, Rubio said."))).toEqual([
      "US backstop committed",
    ]);
  });
});

describe("a possessive is not the head of the subject", () => {
  it("reads 'the coalition's mission should be ...' as the speaker's view, not a generic subject", () => {
    expect(
      cell(extract("Starmer said the coalition's mission should be underpinned by American support."), "GB", "backstop")
        ?.stance,
    ).toBe("supports");
  });

  it("still reads the coalition's members as nobody in particular", () => {
    expect(extract("The coalition's members will send troops, Starmer said.")).toEqual([]);
  });
});

describe("a force or mission named by its lead is troops", () => {
  it("reads taking part in a UN-led mission after a ceasefire as a conditional troop pledge", () => {
    expect(cells(extract("Italy would take part in a UN-led mission after a ceasefire, Tajani said."))).toEqual([
      "IT troops conditional",
    ]);
  });

  it("is not fooled by a UN-led inquiry", () => {
    expect(extract("Italy would take part in a UN-led inquiry after a ceasefire, Tajani said.")).toEqual([]);
  });
});

describe("'That is not on the agenda' answers for the measure named before", () => {
  it("reads a sentence that opens with 'That is not on the agenda' as a refusal of the last commitment", () => {
    expect(cells(extract('Merz was asked about German troops. "That is not on the agenda," he said.'))).toEqual([
      "DE troops ruled_out",
    ]);
    expect(
      cells(extract('Frederiksen was asked about Danish soldiers in Ukraine. "It is out of the question," she said.')),
    ).toEqual(["DK troops ruled_out"]);
  });

  it("is not fooled when no commitment was named before, or when 'that' does not open the sentence", () => {
    expect(extract('Merz spoke about the economy. "That is not on the agenda," he said.')).toEqual([]);
    expect(extract("Merz spoke about troops and said that is not on the agenda.")).toEqual([]);
  });
});

describe("a fronted adverbial before the country the sentence is about", () => {
  it("gives 'its defence minister' the country after 'On Tuesday,'", () => {
    const positions = extract(
      "Starmer said Britain would send troops to Ukraine. On Tuesday, Poland offered to host a logistics hub. Its defence minister said the country would also train Ukrainian pilots.",
    );
    expect(cell(positions, "PL", "training")?.stance).toBe("committed");
  });

  it("does not take a country inside a fronted phrase for the subject", () => {
    const positions = extract(
      "Starmer said Britain would send troops to Ukraine. After talks with Poland, the summit ended. Its defence secretary said the country would also train Ukrainian pilots.",
    );
    expect(cell(positions, "PL", "training")).toBeUndefined();
  });
});

describe("a fronted 'after' phrase is a precondition only when it is a condition", () => {
  it("leaves the pledge before 'After talks with Poland, the summit ended.' committed", () => {
    expect(
      cell(
        extract("Starmer said Britain would send troops to Ukraine. After talks with Poland, the summit ended."),
        "GB",
        "troops",
      )?.stance,
    ).toBe("committed");
  });

  it("still reads 'But only after a ceasefire is signed, he added.' as the pledge's precondition", () => {
    expect(
      cell(
        extract("Starmer said Britain would send troops to Ukraine. But only after a ceasefire is signed, he added."),
        "GB",
        "troops",
      )?.stance,
    ).toBe("conditional");
  });
});

describe("a hedge after the modal is the stance", () => {
  it("reads 'would be willing to consider sending' and 'would possibly send' as considering", () => {
    expect(cells(extract("Germany would be willing to consider sending troops, Merz said."))).toEqual([
      "DE troops considering",
    ]);
    expect(cells(extract("Germany would possibly send troops, Merz said."))).toEqual(["DE troops considering"]);
  });

  it("is not fooled by a purpose that names talks, or readiness without a hedge", () => {
    expect(cells(extract("Germany will send troops to discuss security, Merz said."))).toEqual(["DE troops committed"]);
    expect(cells(extract("Germany will be ready to send troops, Merz said."))).toEqual(["DE troops committed"]);
  });
});

describe("a parliament's vote to send is a pledge", () => {
  it("reads 'The Swedish parliament voted to send soldiers' as committed troops", () => {
    expect(cells(extract("The Swedish parliament voted to send soldiers to a peacekeeping force in Ukraine."))).toEqual(
      ["SE troops committed"],
    );
  });

  it("is not fooled by a vote against", () => {
    expect(
      cells(extract("The Swedish parliament voted against sending soldiers to a peacekeeping force in Ukraine.")),
    ).not.toContain("SE troops committed");
  });
});

describe("what is supplied to Ukraine 'with' is named after the recipient", () => {
  it("reads 'provide Ukraine with intelligence' and 'supply Ukraine with more howitzers'", () => {
    expect(cells(extract("Britain will provide Ukraine with intelligence, Healey said."))).toEqual([
      "GB intelligence committed",
    ]);
    expect(cells(extract("France will supply Ukraine with more Caesar howitzers, Lecornu said."))).toEqual([
      "FR arms committed",
    ]);
  });

  it("is not fooled by missiles that strike, or intelligence services", () => {
    expect(extract("Russian missiles struck Odesa overnight, the governor said.")).toEqual([]);
    expect(extract("British intelligence services said Russia was regrouping.")).toEqual([]);
  });
});

describe("joining a mission named by its article alone is troops", () => {
  it("reads 'exploring joining a future mission' as considering troops", () => {
    expect(
      cells(extract("Latvia is exploring the possibility of joining a future mission, the defence ministry said.")),
    ).toEqual(["LV troops considering"]);
  });

  it("is not fooled by a trade mission", () => {
    expect(extract("Latvia will take part in a trade mission to Kyiv, the economy ministry said.")).toEqual([]);
  });
});

describe("analysts, think tanks and the opposition speak for no government", () => {
  it("reads nothing from what analysts say or the opposition urges", () => {
    expect(extract("Analysts say Britain will struggle to send more than a few thousand troops.")).toEqual([]);
    expect(extract("The think tank argued that France should send troops to Ukraine.")).toEqual([]);
    expect(extract("Opposition leader Kemi Badenoch said Britain should not send troops without US backing.")).toEqual(
      [],
    );
  });

  it("still reads a minister who cites experts", () => {
    expect(cells(extract("Britain will send troops to Ukraine, Healey said, citing experts on the mission."))).toEqual([
      "GB troops committed",
    ]);
  });
});

describe("hearsay without 'that' is nobody's position", () => {
  it("reads nothing from 'Media reports suggested Spain would send troops'", () => {
    expect(extract("Media reports suggested Spain would send troops, but Madrid denied it.")).toEqual([]);
  });

  it("still reads a government that reports its own pledge", () => {
    expect(cells(extract("Spain will send troops to Ukraine, Albares said."))).toEqual(["ES troops committed"]);
  });
});

describe("Russia's own troops are the war, not a guarantee", () => {
  it("reads no pledge from Russian deployments", () => {
    expect(extract("Russia has deployed troops along the border with Finland.")).toEqual([]);
  });

  it("still reads Russia opposing foreign troops", () => {
    expect(cells(extract("Russia will never accept NATO troops in Ukraine, Lavrov said."))).toEqual([
      "RU troops opposes",
    ]);
  });
});

describe("forces stationed outside Ukraine are not troops", () => {
  it("reads nothing from troops in Poland or soldiers sent to Estonia", () => {
    expect(extract("The Pentagon said US troops in Poland will stay.")).toEqual([]);
    expect(extract("Britain will deploy soldiers to Estonia, Healey said.")).toEqual([]);
  });

  it("keeps troops sent to Ukraine, even with another country named after it", () => {
    expect(cells(extract("Britain will send troops to Ukraine and Estonia, Starmer said."))).toEqual([
      "GB troops committed",
    ]);
  });
});

describe("'they' for the coordinated subject of the sentence before", () => {
  it("gives each country of 'Norway and Denmark signed ...' what 'they' will do next", () => {
    expect(
      cells(
        extract(
          "Norway and Denmark signed a defence declaration on Monday. They will send instructors to train Ukrainian troops.",
        ),
      ),
    ).toEqual(["DK training committed", "NO training committed"]);
  });

  it("is not fooled by a single country before 'they'", () => {
    expect(
      extract("Norway signed a defence declaration on Monday. They will send instructors to train Ukrainian troops."),
    ).toEqual([]);
  });
});

describe("'no role for' is a refusal", () => {
  it("reads 'sees no role for its troops' as ruled out and 'no place for foreign troops' as opposed", () => {
    expect(cells(extract("Spain sees no role for its troops in Ukraine at this stage, Albares said."))).toEqual([
      "ES troops ruled_out",
    ]);
    expect(cells(extract("Moscow sees no place for foreign troops in Ukraine, Peskov said."))).toEqual([
      "RU troops opposes",
    ]);
  });

  it("is not fooled by 'no role in the talks'", () => {
    expect(extract("Spain has no role in the talks, Albares said.")).toEqual([]);
  });
});

describe("warships by their class are maritime", () => {
  it("reads corvettes and patrol vessels as maritime", () => {
    expect(cells(extract("Turkey will contribute two corvettes to the mission, Erdogan said."))).toEqual([
      "TR maritime committed",
    ]);
    expect(cells(extract("Britain will send patrol vessels to Odesa, Healey said."))).toEqual([
      "GB maritime committed",
    ]);
  });

  it("is not fooled by border patrols", () => {
    expect(extract("Poland will strengthen its border patrols, Tusk said.")).toEqual([]);
  });
});

describe("'its' and 'the alliance' after a sentence about an organisation", () => {
  it("gives 'Its foreign policy chief said the bloc would ...' to the EU named before", () => {
    expect(
      cells(
        extract(
          "The EU has agreed a new aid package. Its foreign policy chief said the bloc would also train Ukrainian soldiers.",
        ),
      ),
    ).toEqual(["EU training committed"]);
    expect(
      cells(extract("NATO has approved new plans. The alliance will also send instructors to train Ukrainian troops.")),
    ).toEqual(["NATO training committed"]);
  });

  it("is not fooled by an organisation that only names its members", () => {
    expect(extract("NATO allies met in Brussels. It will also train Ukrainian soldiers.")).toEqual([]);
  });
});

describe("a clause before a trailing frame continued by 'adding', and a coordinated predicate before 'said'", () => {
  it("reads the clause before ', X said, adding that ...' as reported, and what is added too", () => {
    const positions = extract(
      "Latvia ruled out sending combat troops to Ukraine, Prime Minister Evika Silina said, adding that Riga would fund drone production for Ukraine.",
    );
    expect(cell(positions, "LV", "troops")?.stance).toBe("ruled_out");
    expect(cell(positions, "LV", "arms")?.stance).toBe("committed");
    const addsNothing = extract(
      "Latvia ruled out sending combat troops to Ukraine, its ministry said, adding that talks went on.",
    );
    expect(cell(addsNothing, "LV", "troops")?.stance).toBe("ruled_out");
  });

  it("keeps a lead frame whose 'that' follows the reporting verb, appositions included", () => {
    const positions = extract(
      "Ulf Kristersson, the Swedish prime minister, said that Sweden would send surveillance aircraft to monitor a ceasefire.",
    );
    expect(cell(positions, "SE", "monitoring")?.speaker).toBe("Ulf Kristersson");
  });

  it("reads 'X ruled out A but said it would B' as two positions of X", () => {
    const positions = extract(
      "Hungary ruled out sending weapons to Ukraine but said it would help clear mines after the war.",
    );
    expect(cell(positions, "HU", "arms")?.stance).toBe("ruled_out");
    // "Hungary's envoy said it would ..." is still a frame: the subject reports.
    const framed = extract("Hungary's envoy said it would help clear mines after the war.");
    expect(framed.every((position) => position.country === "HU")).toBe(true);
  });
});

describe("a second predicate of the same subject ('X will A and is considering B')", () => {
  it("gives the second predicate its own stance word and the first clause's subject", () => {
    const positions = extract("Chile will fund demining in Ukraine and is considering sending troops.");
    expect(cell(positions, "CL", "troops")?.stance).toBe("considering");
    const refusal = extract("Chile has trained Ukrainian medics and is not planning to send troops.");
    expect(cell(refusal, "CL", "troops")?.stance).toBe("ruled_out");
    // The subject is the clause's, not an adjective in its object.
    expect(cell(refusal, "UA", "troops")).toBeUndefined();
  });

  it("keeps troops that are trained as trainees, but not troops sent by a predicate of its own", () => {
    expect(cell(extract("Chile will train and equip Ukrainian troops."), "CL", "troops")).toBeUndefined();
    expect(cell(extract("Chile will train pilots and could send troops."), "CL", "troops")?.stance).toBe("considering");
  });

  it("does not split a coordinated subject or an object list", () => {
    const positions = extract("Chile and Peru are ready to send troops and equipment to Ukraine.");
    expect(cell(positions, "CL", "troops")?.stance).toBe("committed");
    expect(cell(positions, "PE", "troops")?.stance).toBe("committed");
  });
});

describe("rejecting a sending with no other agent", () => {
  it("is the subject's refusal of its own part", () => {
    expect(cell(extract("Bulgaria rejected calls to send soldiers to Ukraine."), "BG", "troops")?.stance).toBe(
      "ruled_out",
    );
    expect(cell(extract("Bulgaria voted against deploying combat troops."), "BG", "troops")?.stance).toBe("ruled_out");
  });

  it("stays opposition to the measure for any troops, foreign troops, other countries' and Russia's", () => {
    expect(cell(extract("Bulgaria rejects sending any troops to Ukraine."), "BG", "troops")?.stance).toBe("opposes");
    expect(cell(extract("Bulgaria rejects sending foreign troops to Ukraine."), "BG", "troops")?.stance).toBe(
      "opposes",
    );
    expect(cell(extract("Bulgaria opposes plans for European countries to send troops."), "BG", "troops")?.stance).toBe(
      "opposes",
    );
    expect(cell(extract("Russia rejected sending troops to Ukraine."), "RU", "troops")?.stance).toBe("opposes");
  });
});

describe("a pledge being prepared", () => {
  it("is committed, as 'prepared to' is; preparing for something is none", () => {
    expect(cell(extract("Bulgaria is preparing to send minehunters to the Black Sea."), "BG", "maritime")?.stance).toBe(
      "committed",
    );
    // A commitment is named, but what is prepared is the talks about it.
    expect(cell(extract("Bulgaria is preparing for talks on sending troops."), "BG", "troops")).toBeUndefined();
  });
});

describe("a list of names as one subject", () => {
  it("keeps every name of a list with a serial comma ('X, Y, and Z are ready')", () => {
    expect(
      cells(extract("Chile, Peru, and Austria have refused to take part in a new EU loan scheme for Kyiv.")),
    ).toEqual(["AT funding ruled_out", "CL funding ruled_out", "PE funding ruled_out"]);
    // Two clauses joined by ", and": each keeps its own subject.
    expect(cells(extract("Spain will send troops, and Italy will send weapons to Ukraine."))).toEqual([
      "ES troops committed",
      "IT arms committed",
    ]);
  });

  it("goes on past an item that names no country ('the Western Balkans')", () => {
    expect(
      cells(extract("Spain, Italy, the Western Balkans and Austria are ready to deploy troops to Ukraine.")),
    ).toEqual(["AT troops committed", "ES troops committed", "IT troops committed"]);
  });

  it("reads 'the Baltic states' as a noun, not as a reporting verb", () => {
    expect(
      cells(extract("Spain, Italy, the Baltic states, Greece, and Austria stand ready to send soldiers to Ukraine.")),
    ).toEqual([
      "AT troops committed",
      "EE troops committed",
      "ES troops committed",
      "GR troops committed",
      "IT troops committed",
      "LT troops committed",
      "LV troops committed",
    ]);
    // The verb still frames: "Austria will ..., Minister Karl Huber states."
    expect(cells(extract("Austria will send troops to Ukraine, Defence Minister Karl Huber states."))).toEqual([
      "AT troops committed",
    ]);
  });
});

describe("officials listed by nationality are their countries", () => {
  it("reads every official of 'Greek Prime Minister A, Spanish President B and ...' as an actor", () => {
    const expected = ["ES troops committed", "GR troops committed", "PT troops committed"];
    expect(
      cells(
        extract(
          "Greek Prime Minister Nikos Pappas, Spanish President Ana Lopez, and Portuguese Prime Minister Rui Costa agreed to send troops to Ukraine.",
        ),
      ),
    ).toEqual(expected);
    expect(
      cells(
        extract(
          "Greek Prime Minister Nikos Pappas, Spanish President Ana Lopez and Portuguese Prime Minister Rui Costa agreed to send troops to Ukraine.",
        ),
      ),
    ).toEqual(expected);
    // One official meeting another is no list.
    expect(
      cells(
        extract(
          "Greek Prime Minister Nikos Pappas met Spanish President Ana Lopez, who said Spain will send troops to Ukraine.",
        ),
      ),
    ).toEqual(["ES troops committed"]);
  });
});

describe("more ways to pledge", () => {
  it("reads 'offering to' and 'the first country to' as a pledge", () => {
    expect(cells(extract("Belgium is offering to fund weapons for Ukraine."))).toEqual(["BE arms committed"]);
    expect(cells(extract("Belgium has become the first country to buy American weapons for Ukraine."))).toEqual([
      "BE arms committed",
    ]);
  });

  it("reads 'the first country to' by the verb that follows it", () => {
    expect(cells(extract("Italy became the first country to refuse taking part in the weapons programme."))).toEqual([
      "IT arms ruled_out",
    ]);
  });

  it("reads a country's own forces put at the mission's disposal as troops", () => {
    expect(cells(extract("Spain and Portugal stand ready to provide their forces for the mission."))).toEqual([
      "ES troops committed",
      "PT troops committed",
    ]);
    expect(extract("Spain will provide their forces with ammunition.").map((p) => p.commitment)).not.toContain(
      "troops",
    );
  });

  it("reads 'military and intelligence support' as both kinds", () => {
    expect(cells(extract("Spain will provide military and intelligence support for Ukraine."))).toEqual([
      "ES arms committed",
      "ES intelligence committed",
    ]);
  });
});

describe("a group name stands for its member countries", () => {
  it("reads 'the Baltic states' as Estonia, Latvia and Lithuania, and not where they are a place", () => {
    expect(cells(extract("The Baltic states are ready to deploy troops to Ukraine."))).toEqual([
      "EE troops committed",
      "LT troops committed",
      "LV troops committed",
    ]);
    expect(extract("Spanish troops are stationed in the Baltic states.")).toEqual([]);
  });
});

describe("more hedges and calls", () => {
  it("reads 'cannot be ruled out' and 'on the table' as considering", () => {
    expect(
      cell(
        extract("Sending Austrian troops to Ukraine cannot be ruled out, Chancellor Karl Huber said."),
        "AT",
        "troops",
      )?.stance,
    ).toBe("considering");
    expect(
      cell(extract("Deploying Austrian soldiers in Ukraine remains on the table, the chancellor said."), "AT", "troops")
        ?.stance,
    ).toBe("considering");
    // "cannot be sent" stays a refusal.
    expect(
      cell(extract("Austrian troops cannot be sent to Ukraine, Chancellor Karl Huber said."), "AT", "troops")?.stance,
    ).toBe("ruled_out");
  });

  it("reads 'will not make any decision on' as a decision still open", () => {
    expect(
      cells(extract("Madrid says it will not make any decision about troops for Ukraine before a truce.")),
    ).toEqual(["ES troops considering"]);
  });

  it("reads suggesting a force as support for it, the coalition's name pledging nothing", () => {
    expect(
      cells(extract("Madrid suggested forming a European coalition of the willing for a troop mission in Ukraine.")),
    ).toEqual(["ES troops supports"]);
    // Reports that suggest something are hearsay, no cue.
    expect(extract("Media reports suggested Spain would send troops to Ukraine.")).toEqual([]);
  });

  it("reads what a country 'is expected to' provide as considering", () => {
    expect(cells(extract("Spain is expected to provide air defence for Ukraine."))).toEqual(["ES air considering"]);
  });

  it("reads 'push for a force' as support for the force, not as a backstop for it", () => {
    expect(cells(extract("Spain and Italy keep pushing for a multinational force in Ukraine."))).toEqual([
      "ES troops supports",
      "IT troops supports",
    ]);
  });
});

describe("openness, open doors and the idea", () => {
  it("reads 'voiced openness to' and 'leaves the door open for' as considering", () => {
    expect(cells(extract("Spain and Italy voiced openness to a troop deployment in Ukraine."))).toEqual([
      "ES troops considering",
      "IT troops considering",
    ]);
    expect(cells(extract("Austria leaves the door open to a troop mission in Ukraine."))).toEqual([
      "AT troops considering",
    ]);
  });

  it("reads 'the idea' as the measure named just before", () => {
    expect(
      cells(
        extract(
          "Spain will send troops to Ukraine, the prime minister said. Austria and Malta each said they could weigh the idea.",
        ),
      ),
    ).toEqual(["AT troops considering", "ES troops committed", "MT troops considering"]);
    // "the idea of X" names its own content, it refers to nothing before.
    expect(
      extract("Spain will send troops to Ukraine. Austria has long opposed the idea of Ukraine joining NATO."),
    ).toHaveLength(1);
    // With no measure named before, the idea is nobody's commitment.
    expect(extract("Austria and Malta each said they could weigh the idea.")).toEqual([]);
  });

  it("reads peacekeeping activities and arrangements as troops", () => {
    expect(cells(extract("Austria does not exclude joining peacekeeping activities later on."))).toEqual([
      "AT troops considering",
    ]);
    expect(cells(extract("Austria is open to a role in peacekeeping arrangements after the war."))).toEqual([
      "AT troops considering",
    ]);
  });
});

describe("a pledge only within a framework is conditional", () => {
  it("reads 'only as part of a UN mission' as the condition", () => {
    const p = cell(
      extract("Austria would put its troops in Ukraine only as part of a UN-led operation."),
      "AT",
      "troops",
    );
    expect(p?.stance).toBe("conditional");
    expect(p?.condition).toBe("only as part of a UN-led operation");
    expect(
      cell(extract("Austria will send its soldiers to Ukraine as part of a UN mission."), "AT", "troops")?.stance,
    ).toBe("committed");
  });

  it("reads approving the provision of something as a pledge of it", () => {
    expect(cells(extract("Spain has approved providing Kyiv with intelligence on drone launches."))).toEqual([
      "ES intelligence committed",
    ]);
  });
});

describe("officials listed by their office", () => {
  it("reads 'President of Spain A, President of Portugal B, and Prime Minister of Greece C' as the three countries", () => {
    expect(
      cells(
        extract(
          "President of Spain Ana Lopez, President of Portugal Rui Costa, and Prime Minister of Greece Nikos Pappas agreed to send troops to Ukraine.",
        ),
      ),
    ).toEqual(["ES troops committed", "GR troops committed", "PT troops committed"]);
  });
});

describe("more ways to name what is given", () => {
  it("reads training as the last item of a list of things given", () => {
    expect(
      cells(extract("Spain will give the Ukrainian army new weapons, ammunition, and training this year.")),
    ).toEqual(["ES arms committed", "ES training committed"]);
  });

  it("reads an amount with a currency code as money", () => {
    expect(cells(extract("Spain has set aside EUR 2.5 billion for a support package for Ukraine."))).toEqual([
      "ES funding committed",
    ]);
  });
});

describe("the public and associations speak for no government", () => {
  it("proposes nothing from a poll's finding", () => {
    expect(extract("In the poll, 61% of respondents backed sending Spanish troops to Ukraine.")).toEqual([]);
    expect(extract("A survey found most Spaniards back sending troops to Ukraine.")).toEqual([]);
    // A share that is no poll's leaves the pledge alone.
    expect(cells(extract("Spain will send 500 soldiers, 5% of its army, to Ukraine."))).toEqual([
      "ES troops committed",
    ]);
  });

  it("proposes nothing from what an association's chairman says", () => {
    expect(
      extract("The chairman of the Spanish veterans' association said Spain should send peacekeepers to Ukraine."),
    ).toEqual([]);
  });

  it("keeps money described as military aid as arms, whatever writes the currency", () => {
    expect(cells(extract("Portugal will send EUR 300 million of military aid to Kyiv next spring."))).toEqual([
      "PT arms committed",
    ]);
  });
});

describe("a list of officials after a fronted adverb", () => {
  it("reads 'Meanwhile, A, B, and C signed' as all three countries", () => {
    expect(
      cells(
        extract(
          "Meanwhile, Spanish President Ana Lopez, Greek Prime Minister Nikos Pappas, and Portuguese Prime Minister Rui Costa signed a declaration on sending troops to Ukraine.",
        ),
      ),
    ).toEqual(["ES troops committed", "GR troops committed", "PT troops committed"]);
  });
});

describe("the subject of a gerund clause acts", () => {
  it("reads 'led to Spain resuming military support' as Spain's pledge", () => {
    expect(
      cells(extract("The deal paved the way for Spain resuming military and intelligence support to Kyiv.")),
    ).toEqual(["ES arms committed", "ES intelligence committed"]);
    // A country after a preposition with no gerund of its own stays an object.
    expect(extract("The deal paved the way for new pressure on Spain over military support to Kyiv.")).toEqual([]);
  });

  it("gives the gerund clause's subjects the commitment an abstract subject names ('this would include X and Y setting up hubs')", () => {
    expect(
      cells(
        extract("Costa said the arrangement would include Sweden and Finland setting up logistics hubs in Ukraine."),
      ),
    ).toEqual(["FI logistics committed", "SE logistics committed"]);
    // Without a gerund clause of their own the countries are objects: the speaker's view stands.
    expect(
      cells(
        extract("Costa said the arrangement would include talks with Sweden and Finland on logistics hubs in Ukraine."),
      ),
    ).not.toContain("SE logistics committed");
  });
});

describe("more conditions", () => {
  it("reads 'only on the basis of a mandate', 'contingent upon' and 'in a post-ceasefire Ukraine' as conditions", () => {
    const mandate = cell(
      extract("Spain would send soldiers to Ukraine only on the basis of a Security Council resolution."),
      "ES",
      "troops",
    );
    expect(mandate?.stance).toBe("conditional");
    expect(mandate?.condition).toBe("only on the basis of a Security Council resolution");
    expect(
      cell(extract("Spain will send minehunters to Ukraine, contingent upon a ceasefire at sea."), "ES", "maritime")
        ?.stance,
    ).toBe("conditional");
    expect(
      cell(extract("Spain will deploy troops in a post-ceasefire Ukraine, the prime minister said."), "ES", "troops")
        ?.stance,
    ).toBe("conditional");
    // A contingent of soldiers is no condition.
    expect(cell(extract("Spain will send a contingent of 200 soldiers to Ukraine."), "ES", "troops")?.stance).toBe(
      "committed",
    );
  });
});

describe("halting supplies is a refusal of them", () => {
  it("reads pausing, suspending and prohibiting supplies as ruled out", () => {
    expect(cells(extract("Spain suspended arms deliveries to Ukraine."))).toEqual(["ES arms ruled_out"]);
    expect(cells(extract("Switzerland prohibits the export of weapons to Ukraine."))).toEqual(["CH arms ruled_out"]);
    // A halt told as the background of a later step is not the stance.
    expect(extract("Relations soured in March, after which the US paused intelligence sharing with Kyiv.")).toEqual([]);
    // Weapons sent to stop something are still sent.
    expect(cells(extract("Spain will send weapons to Ukraine to stop the attacks."))).toEqual(["ES arms committed"]);
  });

  it("reads supplies ordered halted, named before the verb, as ruled out by whoever orders it", () => {
    expect(
      cells(extract("Prime Minister Pedro Sanchez is ordering arms deliveries to Ukraine to be suspended.")),
    ).toEqual(["ES arms ruled_out"]);
    expect(cells(extract("Spain ordered that weapons shipments to Kyiv be halted."))).toEqual(["ES arms ruled_out"]);
    // An order to send is no refusal.
    expect(
      cells(extract("Spain ordered more weapons to be sent to Ukraine.")).filter((c) => c.endsWith("ruled_out")),
    ).toEqual([]);
  });
});

describe("declining and advising", () => {
  it("reads 'stopped short of committing' as declining the pledge", () => {
    expect(
      cells(
        extract(
          "Greece welcomed the talks but stopped short of committing new weapons, the Greek prime minister said.",
        ),
      ),
    ).toEqual(["GR arms ruled_out"]);
  });

  it("proposes nothing from a body that advises a government", () => {
    expect(
      extract(
        "The body that advises the Spanish government on foreign policy says Spain should send troops to Ukraine.",
      ),
    ).toEqual([]);
  });
});

describe("a contracted negation before readiness", () => {
  it("reads 'won't be ready to send' as a refusal, as 'will not be ready' is", () => {
    expect(cells(extract("Spain won't be ready to send troops to Ukraine."))).toEqual(["ES troops ruled_out"]);
    expect(cells(extract("Spain will be ready to send troops to Ukraine."))).toEqual(["ES troops committed"]);
  });
});

describe("an official introduced by nationality and office, named later by surname", () => {
  const introduced =
    "Slovenian Defence Minister Mara Kolar met her counterparts in Ljubljana on Monday. " +
    "Kolar said her country would send instructors to train Ukrainian soldiers.";
  it("gives the surname the country of the introduction", () => {
    expect(cell(extract(introduced), "SI", "training")?.stance).toBe("committed");
    expect(cell(extract(introduced), "SI", "training")?.speaker).toBe("Mara Kolar");
  });

  it("knows no surname that was never introduced, nor one introduced in another article", () => {
    const alone = "Kolar said her country would send instructors to train Ukrainian soldiers.";
    expect(cell(extract(alone), "SI", "training")).toBeUndefined();
    extract(introduced);
    expect(cell(extract(alone), "SI", "training")).toBeUndefined();
  });

  it("gives the same surname, introduced in the next article for another country, that country", () => {
    // The same frame text after as many introductions: a reading kept from the article before
    // would give the surname its old country.
    const article = (nationality: string) =>
      `${nationality} Defence Minister Ana Kovac spoke on Monday.\n\nKovac said they would send troops to Ukraine.`;
    expect(cells(extract(article("Croatian")))).toEqual(["HR troops committed"]);
    expect(cells(extract(article("Slovenian")))).toEqual(["SI troops committed"]);
    expect(cells(extract(article("Croatian")))).toEqual(["HR troops committed"]);
  });

  it("also by the country's possessive, or by office and country before the name", () => {
    const possessive =
      "Norway's Foreign Ministry spokesman Eirik Holm spoke in Oslo on Friday. Later, Holm said his country would send two frigates to the Black Sea.";
    expect(cell(extract(possessive), "NO", "maritime")?.stance).toBe("committed");
    const afterCountry =
      "The interview was given by the Minister of Defence of Portugal, Rita Lobo, on Sunday. Lobo said her country was ready to send instructors to train Ukrainian soldiers.";
    expect(cell(extract(afterCountry), "PT", "training")).toBeDefined();
  });

  it("introduces nobody by a nationality without an office ('Slovenian voters')", () => {
    const voters =
      "Slovenian voters Mara Kolar and others met on Monday. Kolar said her country would send instructors to train Ukrainian soldiers.";
    expect(cell(extract(voters), "SI", "training")).toBeUndefined();
  });
});

describe("officials of several countries for 'the two leaders' and 'each country' (issue 17)", () => {
  it("gives a plural anaphor the countries of officials coordinated as the sentence before's subject", () => {
    const leaders = extract(
      "Macron and Starmer met in Paris on Monday. The two leaders said their countries would deploy troops after a ceasefire.",
    );
    expect(cell(leaders, "FR", "troops")?.stance).toBe("conditional");
    expect(cell(leaders, "GB", "troops")?.stance).toBe("conditional");
    const titled = extract(
      "Danish Prime Minister Mette Frederiksen and Dutch Prime Minister Dick Schoof met in Copenhagen. Both leaders pledged to deploy troops after a ceasefire.",
    );
    expect(cell(titled, "NL", "troops")?.stance).toBe("conditional");
  });

  it("reads 'each country' as every country of the coordinated subject before", () => {
    expect(
      cells(extract("Norway and Denmark signed the agreement. Each country will send a frigate to the Black Sea.")),
    ).toEqual(["DK maritime committed", "NO maritime committed"]);
  });

  it("gives one official met by another only his own country", () => {
    const met = extract("Macron met Starmer in Paris on Monday. He said France would deploy troops after a ceasefire.");
    expect(cell(met, "GB", "troops")).toBeUndefined();
  });
});

describe("a trailing frame whose reporters are a list of nationalities (issue 17)", () => {
  it("gives every nationality of the list, the first ones before the frame's last comma too", () => {
    expect(
      cells(
        extract(
          "The three countries will send instructors to train Ukrainian troops, the Estonian, Latvian and Lithuanian defence ministers said.",
        ),
      ),
    ).toEqual(["EE training committed", "LT training committed", "LV training committed"]);
  });

  it("leaves a content clause that ends in a nationality before the frame alone", () => {
    expect(cells(extract("Poland will send troops to Ukraine, Polish officials said."))).toEqual([
      "PL troops committed",
    ]);
  });
});

describe("a country excepted from the subject: 'but not Germany' (issue 17)", () => {
  it("gives the position to the subject, not to the country excepted", () => {
    expect(cells(extract("Britain and France, but not Germany, are ready to send troops to Ukraine."))).toEqual([
      "FR troops committed",
      "GB troops committed",
    ]);
    expect(cells(extract("Several countries, though not Italy, are ready to send troops to Ukraine."))).toEqual([]);
  });

  it("still starts a clause at 'but not' before anything else than a name", () => {
    const withTroops = extract("Italy will help Ukraine, but not with troops, Meloni said.");
    expect(cell(withTroops, "IT", "troops")?.stance).not.toBe("committed");
  });
});

describe("a reporter's question names what the answer after it refuses (issue 17)", () => {
  it("reads 'That is not on the agenda' after 'was asked whether ... would send troops'", () => {
    expect(
      cells(extract('Merz was asked whether Germany would send troops. "That is not on the agenda," he said.')),
    ).toEqual(["DE troops ruled_out"]);
  });

  it("reads nothing from the question itself, nor from an answer that takes no stance", () => {
    expect(extract("Merz was asked whether Germany would send troops. He did not answer.")).toEqual([]);
  });
});

describe("a with-clause of a country and a gerund: 'with Berlin providing air defence' (issue 17)", () => {
  it("gives the gerund's commitment to the country of the with-clause, with the pledge of the clause before", () => {
    expect(
      cells(extract("Britain will deploy troops, with Norway contributing frigates to the Black Sea mission.")),
    ).toEqual(["GB troops committed", "NO maritime committed"]);
    expect(cells(extract("London and Paris will lead the force, with Berlin providing air defence."))).toEqual([
      "DE air committed",
    ]);
  });

  it("lends no refusal, and leaves 'with US backing' to the pledge it conditions", () => {
    expect(cells(extract("Britain will not send troops, with Germany providing air defence instead."))).toEqual([
      "GB troops ruled_out",
    ]);
    expect(cell(extract("Britain will send troops, with US backing."), "US", "backstop")).toBeUndefined();
  });
});

describe("a surname that is also another country's name (issue 17)", () => {
  const named =
    "Portuguese Prime Minister Luis Montenegro met Ukrainian officials in Lisbon. " +
    "Montenegro said his government was prepared to send soldiers to Ukraine once a ceasefire holds.";
  it("reads the surname as the official named in full before, not as the country", () => {
    expect(cell(extract(named), "PT", "troops")?.stance).toBe("conditional");
    expect(cell(extract(named), "ME", "troops")).toBeUndefined();
  });

  it("leaves the country its name where no official of that name was introduced", () => {
    const alone = "Montenegro said it was prepared to send soldiers to Ukraine once a ceasefire holds.";
    expect(cell(extract(alone), "ME", "troops")?.stance).toBe("conditional");
    extract(named);
    expect(cell(extract(alone), "ME", "troops")?.stance).toBe("conditional");
  });
});

describe("adjectives news copy uses beside the ISO demonym", () => {
  it("reads 'Slovenian' and 'Icelandic' as their countries before an office", () => {
    const positions = extract(
      "The Slovenian government will send two officers to monitor the ceasefire. The Icelandic government will fund the purchase of drones for Ukraine.",
    );
    expect(cell(positions, "SI", "monitoring")?.stance).toBe("committed");
    expect(cell(positions, "IS", "arms") ?? cell(positions, "IS", "funding")).toBeDefined();
  });
});

describe("armed forces sent to Ukraine are troops", () => {
  it("reads a country's armed forces deployed to Ukraine as troops", () => {
    expect(cells(extract("Slovakia will send its armed forces to Ukraine, the minister said."))).toContain(
      "SK troops committed",
    );
    expect(
      cells(extract('"We will not send the Czech Armed Forces to Ukraine," Czech Prime Minister Petr Novak said.')),
    ).toContain("CZ troops ruled_out");
  });

  it("leaves out armed forces at home, Ukraine's own and the institution", () => {
    expect(
      cell(extract("Hungary will deploy its armed forces along its own border, the minister said."), "HU", "troops"),
    ).toBeUndefined();
    expect(
      cell(extract("Slovakia will help rebuild Ukraine's armed forces, the minister said."), "SK", "troops"),
    ).toBeUndefined();
    expect(
      cell(extract("The chief of the Estonian armed forces said the talks in Geneva went well."), "EE", "troops"),
    ).toBeUndefined();
  });
});

describe("one condition every contributor named before sets (issue 17)", () => {
  const article =
    'Britain, France and Norway are ready to deploy troops to Ukraine. Turkey will ensure maritime security. "The troop numbers on offer are firm, yet all of them insist it hinges on a truce," a diplomat said.';

  it("makes the earlier troop pledges conditional, and leaves a pledge of another type as it was", () => {
    const positions = extract(article);
    for (const country of ["GB", "FR", "NO"]) {
      expect(cell(positions, country, "troops")?.stance).toBe("conditional");
      expect(cell(positions, country, "troops")?.condition).toBe("hinges on a truce");
    }
    expect(cell(positions, "TR", "maritime")?.stance).toBe("committed");
  });

  it("needs a universal subject: one country's own condition is that country's alone", () => {
    const positions = extract(
      'Britain and Norway stand ready to send soldiers to Ukraine. "The troop numbers on offer are firm, yet Oslo insists it hinges on a vote," a diplomat said.',
    );
    expect(cell(positions, "GB", "troops")?.stance).toBe("committed");
  });
});

describe("conditions left unnamed (issue 17)", () => {
  it("reads 'once certain conditions have been met' as the pledge's condition", () => {
    const pledged = cell(
      extract("Denmark is prepared to send troops to Ukraine once certain conditions have been met."),
      "DK",
      "troops",
    );
    expect(pledged?.stance).toBe("conditional");
    expect(pledged?.condition).toBe("once certain conditions have been met");
  });

  it("does not read conditions that only describe the weather or the front", () => {
    expect(
      cell(extract("Denmark will send troops to Ukraine, although conditions at the front are harsh."), "DK", "troops")
        ?.stance,
    ).toBe("committed");
  });
});

describe("the air domain named beside the sea (issue 17)", () => {
  it("gives an air position for a contribution in the air and at sea", () => {
    const positions = extract("Sweden will contribute in the air and at sea after a ceasefire.");
    expect(cell(positions, "SE", "air")?.stance).toBe("conditional");
    expect(cell(extract("Sweden will help Ukraine with air and naval defence."), "SE", "air")?.stance).toBe(
      "committed",
    );
  });

  it("does not read the idiom 'in the air' or air transport as an air pledge", () => {
    expect(cell(extract("Change is in the air, Sweden will send funding to Ukraine."), "SE", "air")).toBeUndefined();
    expect(
      cell(extract("Sweden will help Ukraine with air and maritime transport of supplies."), "SE", "air"),
    ).toBeUndefined();
  });
});

describe("a group counted, not named, is nobody's position (issue 17)", () => {
  it("does not give the speaker's country what a count of allies committed to", () => {
    expect(
      cells(extract("The French president said 24 of the partners had pledged to send soldiers to Ukraine.")),
    ).toEqual([]);
    expect(cells(extract("Macron said most of the allies have committed to send troops to Ukraine."))).toEqual([]);
  });

  it("still reads a country named in a reported clause without 'that'", () => {
    expect(cells(extract("Macron said Britain will send troops to Ukraine."))).toEqual(["GB troops committed"]);
  });
});

describe("an organisation that classifies a country is no actor (issue 17)", () => {
  it("gives the position to the country, not to the EU or NATO that classifies it", () => {
    expect(cells(extract("Portugal is the only EU country that has halted arms supplies to Ukraine."))).toEqual([
      "PT arms ruled_out",
    ]);
    expect(
      cells(
        extract(
          "Slovakia, unlike the rest of the European Union or NATO members, has refused to send weapons to Ukraine.",
        ),
      ),
    ).toEqual(["SK arms ruled_out"]);
  });

  it("still reads the organisation as the actor when it acts", () => {
    expect(cells(extract("The EU will fund weapons for Ukraine."))).toContain("EU arms committed");
  });
});

describe("a non-government body as the subject (issue 17)", () => {
  it("gives no position to the country an association's chair is named with", () => {
    expect(
      cells(
        extract(
          "Anna Berg, the chair of the Swedish Reservists' Association, does not rule out sending Swedish troops to Ukraine.",
        ),
      ),
    ).toEqual([]);
  });

  it("still reads the government's own subject", () => {
    expect(cells(extract("Sweden does not rule out sending troops to Ukraine."))).toEqual(["SE troops considering"]);
  });
});

describe("troops serving at a base outside Ukraine (issue 17)", () => {
  it("reads no troop pledge for forces serving at a base in another country", () => {
    expect(
      cell(
        extract("Canada will keep its troops serving with the allied battlegroup at an Estonian base until 2030."),
        "CA",
        "troops",
      ),
    ).toBeUndefined();
  });

  it("still reads troops serving in Ukraine", () => {
    expect(
      cell(extract("Canada will deploy troops serving with the coalition in Ukraine."), "CA", "troops")?.stance,
    ).toBe("committed");
  });
});

describe("a country named beside a group it does not modify (issue 17)", () => {
  it("reads Britain in 'Britain and European allies' as an actor", () => {
    expect(cells(extract("Britain and European allies would deploy soldiers in Ukraine once a truce holds."))).toEqual([
      "GB troops conditional",
    ]);
  });

  it("still reads 'NATO and EU member states' as the members, not the organisations", () => {
    expect(cells(extract("NATO and EU member states will send weapons to Ukraine."))).toEqual([]);
  });
});

describe("a country described, not named (issue 17)", () => {
  it("reads 'the Nordic country' as the country named before, like 'the country'", () => {
    expect(
      cells(
        extract(
          "Norway will train Ukrainian pilots. The Scandinavian country is also ready to send soldiers to Ukraine.",
        ),
      ),
    ).toContain("NO troops committed");
    expect(
      cells(
        extract(
          "The Latvian president said on Friday that the Baltic nation stands ready to send its soldiers to Ukraine.",
        ),
      ),
    ).toEqual(["LV troops committed"]);
  });

  it("does not read 'the other country' as the country named before", () => {
    expect(
      cells(
        extract("Norway will train Ukrainian pilots. The other country is also ready to send soldiers to Ukraine."),
      ),
    ).toEqual(["NO training committed"]);
  });
});

describe("a country named as a supplier, donor or buyer of what Ukraine gets (issue 17)", () => {
  it("reads the predicate noun of giving as the subject's committed part, for each country of the subject", () => {
    expect(cells(extract("Austria is the third-largest supplier of ammunition to Ukraine."))).toEqual([
      "AT arms committed",
    ]);
    expect(cells(extract("Estonia and Latvia are among the biggest donors of weapons to Ukraine."))).toEqual([
      "EE arms committed",
      "LV arms committed",
    ]);
  });

  it("does not read a supplier of something else, or a supplier named without a copula", () => {
    expect(cells(extract("Norway is the largest supplier of gas to Poland."))).toEqual([]);
  });
});

describe("demanding an end to others' help (issue 17)", () => {
  it("reads a demand to stop the help as opposition to it", () => {
    expect(
      cells(extract("Moscow would accept talks but demanded a halt to Western arms deliveries to Ukraine.")),
    ).toEqual(["RU arms opposes"]);
  });

  it("does not read a demand to end the war as opposition to the help named after it", () => {
    expect(cells(extract("Norway demanded an end to the war and will send more weapons to Ukraine."))).toEqual([
      "NO arms committed",
    ]);
  });
});

describe("taking part in 'it', the measure named before (issue 17)", () => {
  it("reads a refusal to take part in it as a refusal of the measure named in the sentence before", () => {
    expect(
      cells(
        extract(
          "Austria welcomes the planned peacekeeping mission in Ukraine. Vienna will not take part in it, the chancellor said.",
        ),
      ),
    ).toContain("AT troops ruled_out");
  });

  it("does not read 'it' without a measure named before", () => {
    expect(cells(extract("Vienna will not take part in it, the chancellor said."))).toEqual([]);
  });
});

describe("more reporting verbs (issue 17)", () => {
  it("reads 'highlighted that' as a frame, so a listed subject keeps every name", () => {
    expect(
      cells(
        extract("The envoy highlighted that Belgium, the Czech Republic, and Denmark will send weapons to Ukraine."),
      ),
    ).toEqual(["BE arms committed", "CZ arms committed", "DK arms committed"]);
  });
});

describe("a country inside a compound modifier (issue 17)", () => {
  it("reads no position for the country in 'Russia-friendly' or 'US-made'", () => {
    expect(
      cells(
        extract(
          "Slovakia, under the most Moscow-friendly cabinet in the region, has rejected weapons deliveries to Ukraine.",
        ),
      ),
    ).toEqual(["SK arms opposes"]);
    expect(cells(extract("Germany will buy US-made missiles for Ukraine."))).toEqual(["DE arms committed"]);
  });

  it("keeps the leader of a force named by '-led'", () => {
    expect(cells(extract("A UK-led force will deploy to Ukraine."))).toEqual(["GB troops committed"]);
  });
});

describe("demanding that someone stop the help (issue 17)", () => {
  it("reads the demand that another halt its help as opposition to the help", () => {
    expect(cells(extract("Moscow demanded that the allies halt arms deliveries to Ukraine."))).toEqual([
      "RU arms opposes",
    ]);
  });

  it("does not read a demand to send as opposition", () => {
    expect(cells(extract("Kyiv demanded that the allies send more weapons."))).not.toContain("UA arms opposes");
  });
});

describe("the forces of Russia's allies in the war (issue 17)", () => {
  it("reads no troop position in a condemnation of North Korea's troops", () => {
    expect(cells(extract("Poland condemned North Korea's troop dispatch to Russia, Duda said."))).toEqual([]);
  });
});

describe("the one spoken to (issue 17)", () => {
  it("does not give the position to the organisation a leader told", () => {
    const positions = extractPositions({
      body: "Prime Minister Ann Byrne told EU leaders on Monday that Irish soldiers would join a mission only with a UN mandate.",
      published: "2026-03-02",
      title: null,
    });
    expect(positions.map((p) => p.country)).not.toContain("EU");
    expect(cell(positions, "IE", "troops")?.stance).toBe("conditional");
  });
});

describe("a country's forces and 'the republic' as its anaphors (issue 17)", () => {
  it("reads 'the forces' after a country's pledge of troops as that country", () => {
    expect(
      cells(
        extract("Latvia pledged soldiers for the mission in Ukraine. The troops will train Ukrainian cadets as well."),
      ),
    ).toContain("LV training committed");
  });

  it("reads 'the republic' in a reported clause as the reporting country", () => {
    expect(
      cells(extract("Seoul's leader Lee told reporters that the republic could send weapons to Ukraine.")),
    ).toEqual(["KR arms considering"]);
  });

  it("does not read 'the forces of' another country as the country named before", () => {
    expect(
      cells(
        extract(
          "Latvia pledged soldiers for the mission in Ukraine. The forces of Russia would also attack Ukrainian cities.",
        ),
      ),
    ).toEqual(["LV troops committed"]);
  });
});

describe("a part carried on (issue 17)", () => {
  it("reads an extended deployment to train Ukrainians as committed training, and no troops stationed abroad", () => {
    expect(
      cells(extract("Ireland has extended its deployment of army instructors in Britain to train Ukrainian recruits.")),
    ).toEqual(["IE training committed"]);
  });

  it("does not read extended talks as a pledge", () => {
    expect(cells(extract("Ireland extended talks with Ukraine about training."))).toEqual([]);
  });
});

describe("a delivery under way, told from what is delivered (issue 17)", () => {
  it("gives what is on its way to Ukraine to the one who speaks of it, as committed", () => {
    const positions = extract(
      "Radars, trucks and more shells are headed to Ukraine as part of a new military aid package, Chile's defence minister said on Monday.",
    );
    expect(cell(positions, "CL", "arms")?.stance).toBe("committed");
  });

  it("does not read a delegation that someone headed as a delivery", () => {
    const positions = extract("Chile's defence minister headed the delegation to the arms talks in Kyiv.");
    expect(cell(positions, "CL", "arms")).toBeUndefined();
  });
});

describe("a new clause after ', and there' (issue 17)", () => {
  it("keeps a pledge whose sentence goes on with ', and there will be no ...'", () => {
    const positions = extract(
      "Chile will finance the production of Ukrainian drones, and there will be no limits on where they fly.",
    );
    expect(cell(positions, "CL", "funding")?.stance).toBe("committed");
    expect(cell(positions, "CL", "arms")?.stance).toBe("committed");
  });

  it("still reads a refusal stated in the clause after ', and there'", () => {
    const positions = extract(
      "Chile backs the talks, and there will be no Chilean troops in Ukraine, its minister said.",
    );
    expect(cell(positions, "CL", "troops")?.stance).toBe("ruled_out");
  });
});

describe("more money sent, and air security provided (issue 17)", () => {
  it("reads 'sending more money' as funding and 'provide air security' as air", () => {
    expect(
      cell(extract("Chile has long opposed sending more money to Kyiv, its minister said."), "CL", "funding")?.stance,
    ).toBe("opposes");
    expect(cell(extract("Chile is expected to provide air security over western Ukraine."), "CL", "air")?.stance).toBe(
      "considering",
    );
  });

  it("does not read airport security or more troops as these types", () => {
    expect(cell(extract("Chile will pay for airport security in Lima."), "CL", "air")).toBeUndefined();
    expect(cell(extract("Chile opposed sending more troops to Ukraine."), "CL", "funding")).toBeUndefined();
  });
});

describe("the subject of an 'after' clause, right before its verb (issue 17)", () => {
  it("gives the pledge to the countries that signed, not to the one who spoke after it", () => {
    const positions = extract(
      "The Chilean minister spoke to reporters after Peru and Ecuador pledged to station soldiers in Ukraine once a truce holds.",
    );
    expect(cell(positions, "PE", "troops")?.stance).toBe("conditional");
    expect(cell(positions, "EC", "troops")?.stance).toBe("conditional");
    expect(cell(positions, "CL", "troops")).toBeUndefined();
  });

  it("keeps a country after 'after' an object when more than its name stands before the verb", () => {
    const positions = extract("Chile will send instructors to Ukraine after talks with Peru, its minister said.");
    expect(cell(positions, "PE", "training")).toBeUndefined();
    expect(cell(positions, "CL", "training")?.stance).toBe("committed");
  });
});

describe("an agreement of several donors, spoken of by one of them (issue 17)", () => {
  it("gives what one signatory says the agreement involves to every donor that signed it", () => {
    const positions = extract(
      "The declaration was signed in Lima by Chilean President Gabriel Boric and Peruvian President Dina Boluarte. Boric said the agreement would involve a lasting military presence in Ukraine after any ceasefire.",
    );
    expect(cell(positions, "CL", "troops")?.stance).toBe("conditional");
    expect(cell(positions, "PE", "troops")?.stance).toBe("conditional");
  });

  it("keeps a country named in the sentence as the agreement's only donor", () => {
    const positions = extract(
      "The declaration was signed in Lima by Chilean President Gabriel Boric and Peruvian President Dina Boluarte. The agreement with Chile would involve a lasting military presence in Ukraine after any ceasefire.",
    );
    expect(cell(positions, "PE", "troops")).toBeUndefined();
  });
});

describe("an air force or an aviation coalition is no air or troop pledge (issue 17)", () => {
  it("does not read equipment for Ukraine's air force as troops, nor an aviation coalition as air", () => {
    const positions = extract(
      "The pact also covers spare parts for the Ukrainian air force. Chile will also back the aviation coalition: providing radars and fuel.",
    );
    expect(cell(positions, "CL", "air")).toBeUndefined();
    expect(
      extractPositions({ body: "The pact covers spare parts for the Ukrainian air force, Chile said." }),
    ).not.toContainEqual(expect.objectContaining({ country: "CL", commitment: "troops" }));
  });

  it("still reads aviation sent to Ukraine as air", () => {
    expect(
      cell(extract("Chile will contribute military aviation to protect Ukraine's skies."), "CL", "air")?.stance,
    ).toBe("committed");
  });
});

describe("transit of equipment and help with military means (issue 17)", () => {
  it("reads letting military equipment pass through one's territory as logistics, and help with military means as arms", () => {
    expect(
      cell(
        extract("Chile will speed up the transit of military equipment for Ukraine across its ports."),
        "CL",
        "logistics",
      )?.stance,
    ).toBe("committed");
    expect(
      cell(extract("Chile will keep helping Ukraine not just with military means but with money too."), "CL", "arms")
        ?.stance,
    ).toBe("committed");
  });

  it("does not read the transit of gas or a remark on military means as these types", () => {
    expect(cell(extract("Chile will end the transit of gas to Ukraine."), "CL", "logistics")).toBeUndefined();
    expect(cell(extract("Chile said the war cannot be ended by military means alone."), "CL", "arms")).toBeUndefined();
  });
});

describe("capacity is not a pledge; open debates are no position (issue 17)", () => {
  it("reads 'would have the capacity to deploy' as considering", () => {
    expect(
      cells(extract("Canada's army would have the means to station soldiers in Ukraine, the minister said.")),
    ).toEqual(["CA troops considering"]);
  });

  it("reads nothing from a debate about whether to deploy", () => {
    expect(
      cells(
        extract("There is no point in debating whether Dutch soldiers ought to go to Ukraine today, the premier said."),
      ),
    ).toEqual([]);
  });
});

describe("'such assurances' for the guarantee named before (issue 17)", () => {
  it("reads readiness to provide such assurances as the guarantee named in the sentence before", () => {
    expect(
      cells(
        extract(
          "Kyiv wants a mutual defence clause modelled on Article 5. The White House has shown it is ready to give such assurances.",
        ),
      ),
    ).toContain("US article5 committed");
  });

  it("does not read 'such assurances' with no guarantee named before", () => {
    expect(cells(extract("The White House has shown it is ready to give such assurances."))).toEqual([]);
  });
});

describe("thanks for help given (issue 17)", () => {
  it("gives the help to the ones thanked, not to the one who thanks", () => {
    expect(cells(extract("Zelensky thanked Norway and Sweden for their continued military aid."))).toEqual([
      "NO arms committed",
      "SE arms committed",
    ]);
  });

  it("does not read 'thanks to' as thanks", () => {
    expect(cells(extract("Thanks to the truce, Norway will send soldiers to Ukraine."))).toEqual([
      "NO troops committed",
    ]);
  });
});

describe("a country after 'following' and the EU's training mission (issue 17)", () => {
  it("reads no position for the country in a 'following' phrase", () => {
    expect(
      cells(extract("Set up in 2022 following Russia's invasion, the EU mission trains Ukrainian soldiers.")),
    ).not.toContain("RU training committed");
  });

  it("reads EUMAM as the EU, and troops it will train as trainees", () => {
    expect(
      cells(extract("EUMAM has trained Ukrainian soldiers since 2022 and plans to train a further 12,000 troops.")),
    ).toEqual(["EU training committed"]);
  });
});

describe("a country's military sent to Ukraine (issue 17)", () => {
  it("reads 'send its military to Ukraine' as troops", () => {
    expect(cells(extract("Austria does not intend to send its military to Ukraine, the chancellor said."))).toEqual([
      "AT troops ruled_out",
    ]);
  });

  it("does not read military aid sent to Ukraine as troops", () => {
    expect(cells(extract("Austria will send its military aid to Ukraine."))).not.toContain("AT troops committed");
  });
});

describe("an official named in the lede and introduced after it (issue 17, evidence)", () => {
  const article =
    "Mara Kolar insists that Slovenian soldiers will not serve in any mission in Ukraine. " +
    "Slovenian Defence Minister Mara Kolar spoke to reporters on a visit to Graz.";
  it("names the speaker of the lede by the introduction that follows it", () => {
    const troops = cell(extract(article), "SI", "troops");
    expect(troops?.speaker).toBe("Mara Kolar");
    expect(troops?.explanation).toContain("named speaker +0.10");
  });

  it("still knows nobody the article never introduces", () => {
    const alone = "Mara Kolar insists that her country will not serve in any mission in Ukraine.";
    expect(cell(extract(alone), "SI", "troops")).toBeUndefined();
  });
});

describe("a country outside the group of the willing (issue 17)", () => {
  it("reads 'not among the countries ready to send troops' as a refusal of its own troops", () => {
    expect(
      cells(extract("Portugal is not among the nations prepared to deploy soldiers to Ukraine, its premier said.")),
    ).toEqual(["PT troops ruled_out"]);
  });

  it("still reads a country among the willing as committed", () => {
    expect(
      cells(extract("Portugal is among the nations prepared to deploy soldiers to Ukraine, its premier said.")),
    ).toEqual(["PT troops committed"]);
  });
});

describe("the verb for arms and an aircraft model that names a programme (issue 17)", () => {
  it("reads arming Ukraine as arms", () => {
    expect(
      cells(extract("Cyprus will not join efforts to arm or train Ukraine, the Cypriot president said.")),
    ).toContain("CY arms ruled_out");
  });

  it("does not read a country arming itself as arms for Ukraine", () => {
    expect(cells(extract("Cyprus has decided to arm itself faster, the Cypriot president said."))).toEqual([]);
  });

  it("reads an F-16 training centre as training, not jets given", () => {
    const positions = extract("Romania will host an F-16 training centre to train Ukrainian pilots.");
    expect(cells(positions)).toContain("RO training committed");
    expect(cells(positions)).not.toContain("RO arms committed");
  });
});

describe("a pronoun reporter after a fronted adverbial (issue 17)", () => {
  it("gives the frame the last speaker, so the sentence is attributed", () => {
    const positions = extract(
      "Danish Prime Minister Mette Frederiksen spoke in Aarhus on Monday. In her speech, she said that Denmark will not send troops to Ukraine.",
    );
    const troops = cell(positions, "DK", "troops");
    expect(troops?.stance).toBe("ruled_out");
    expect(troops?.explanation.join(" ")).not.toMatch(/nobody quoted/u);
  });
});

describe("the opposition as the subject proposes nothing for its country (issue 17)", () => {
  it("gives no candidate to the country the opposition's words name", () => {
    const candidates = extractCandidates({
      body: "Meanwhile, the opposition parties fiercely opposed the idea of sending Dutch troops abroad.",
      published: "2026-03-02",
      title: null,
    });
    expect(candidates.filter((c) => c.country === "NL")).toEqual([]);
  });

  it("still proposes the government's own words", () => {
    const candidates = extractCandidates({
      body: "Meanwhile, the Dutch government fiercely opposed the idea of sending Dutch troops abroad.",
      published: "2026-03-02",
      title: null,
    });
    expect(candidates.some((c) => c.country === "NL" && c.commitment === "troops")).toBe(true);
  });
});

describe("a donor list with amounts in brackets (issue 17)", () => {
  it("keeps every donor of a list whose items carry a bracketed amount", () => {
    const positions = extract(
      "Portugal (€12 million), Chile (€3 million) and Ireland will pay for the new field hospitals in Ukraine.",
    );
    expect(cells(positions).filter((c) => c.endsWith("funding committed"))).toEqual([
      "CL funding committed",
      "IE funding committed",
      "PT funding committed",
    ]);
  });

  it("does not take a country named inside the brackets as a donor", () => {
    const positions = extract(
      "Partners such as Portugal (€12 million through a fund run with Spain) and Ireland will finance field hospitals for Ukraine.",
    );
    expect(cell(positions, "PT", "funding")?.stance).toBe("committed");
    expect(cell(positions, "IE", "funding")?.stance).toBe("committed");
    expect(cell(positions, "ES", "funding")).toBeUndefined();
  });
});

describe("what donors have given, told from the gift (issue 17)", () => {
  it("gives a gift told in the passive to the donors after 'by' or 'from'", () => {
    const positions = extract(
      "The money for Ukraine's new mine-clearing vessels has been raised from several partners, including Portugal, Chile and Ireland.",
    );
    expect(cells(positions).filter((c) => c.includes("maritime"))).toEqual([
      "CL maritime committed",
      "IE maritime committed",
      "PT maritime committed",
    ]);
    expect(
      cell(extract("The air defence systems for Ukraine were paid for by Portugal, its minister said."), "PT", "arms")
        ?.stance,
    ).toBe("committed");
  });

  it("does not read what Ukraine received from someone, or a gift still to come, as this pattern", () => {
    const received = extract("The shells were received from Portugal last week, a Ukrainian officer said.");
    expect(cell(received, "PT", "arms")).toBeUndefined();
  });
});

describe("the list of means after a colon (issue 17)", () => {
  it("gives the items after the colon the pledge of the clause before, also past a coalition named there", () => {
    const positions = extract(
      "Portugal will stand by the pilots' programme through the jet coalition: sending simulators, training, spare parts and fuel.",
    );
    expect(cell(positions, "PT", "training")?.stance).toBe("committed");
  });

  it("does not lend the pledge to a list after a colon that is not a gerund clause", () => {
    const positions = extract("Portugal will host the summit: the coalition's members discussed training.");
    expect(cell(positions, "PT", "training")).toBeUndefined();
  });
});

describe("training as one item of a list of things given (issue 17)", () => {
  it("reads training between other items given, and the verb 'train' with crews or specialists", () => {
    expect(
      cell(extract("Chile will supply radars, training, repairs and fuel to Ukraine."), "CL", "training")?.stance,
    ).toBe("committed");
    expect(cell(extract("Chile will also train specialists and tank crews."), "CL", "training")?.stance).toBe(
      "committed",
    );
  });

  it("does not read training exercises in a list as training given", () => {
    expect(
      cell(extract("Chile will hold radars, training exercises and drills at home."), "CL", "training"),
    ).toBeUndefined();
  });
});

describe("'it' after a fronted phrase with partners (issue 17)", () => {
  it("takes the country after 'Together with its allies,' as the antecedent of 'it' in the next sentence", () => {
    const positions = extract(
      "Ukrainian President Volodymyr Zelensky spoke to reporters in Kyiv on Monday. Together with its partners, Portugal will help Ukraine rebuild its navy. In addition, it will pay for new patrol boats in the Black Sea and train specialists.",
    );
    expect(cell(positions, "PT", "maritime")?.stance).toBe("committed");
    expect(cell(positions, "PT", "training")?.stance).toBe("committed");
    expect(cell(positions, "UA", "maritime")).toBeUndefined();
  });

  it("keeps a partner named in the fronted phrase out of the subject", () => {
    const positions = extract("Together with Chile, Portugal will pay for new patrol boats in the Black Sea.");
    expect(cell(positions, "CL", "maritime")).toBeUndefined();
  });
});

describe("what a foreign speaker says Ukraine needs (issue 17)", () => {
  it("gives the need to the speaker's country as its support, not to Ukraine", () => {
    const positions = cells(
      extract("Ukraine needs a sizeable reassurance force on its soil, the Portuguese prime minister told reporters."),
    );
    expect(positions).toContain("PT troops supports");
    expect(positions).not.toContain("UA troops supports");
  });

  it("keeps the need Ukraine's own when its own official states it", () => {
    expect(
      cells(extract("Ukraine needs a sizeable reassurance force on its soil, the Ukrainian foreign minister said.")),
    ).toContain("UA troops supports");
  });

  it("reads a frame followed by a second act of the reporter as the frame", () => {
    const positions = cells(
      extract(
        'Estonian Prime Minister Kristen Michal spoke in Tallinn. Ukraine "needs a reassurance force," he said and urged allies to act quickly.',
      ),
    );
    expect(positions).toContain("EE troops supports");
    expect(positions).not.toContain("UA troops supports");
  });
});

describe("joining the coalition of the willing (issue 17)", () => {
  it("reads a pledge to contribute to the coalition, with its condition, as troops", () => {
    const latvia = cell(
      extract("Latvia has promised to contribute to the coalition if a truce is signed, the premier said."),
      "LV",
      "troops",
    );
    expect(latvia?.stance).toBe("conditional");
  });

  it("reads joining the coalition of the willing as troops only once the fighting stops, and a capability coalition as none", () => {
    // Joining names no type of its own: the coalition also plans, funds and trains.
    expect(cells(extract("Portugal will join the coalition of the willing, its foreign minister said."))).toEqual([]);
    expect(
      cells(
        extract("Portugal will join the coalition of the willing once a ceasefire holds, its foreign minister said."),
      ),
    ).toEqual(["PT troops conditional"]);
    expect(cells(extract("Portugal will join the drone coalition, its foreign minister said."))).not.toContain(
      "PT troops committed",
    );
  });
});

describe("a measure that is itself a hedge (issue 17)", () => {
  it("reads an owner's commitment to consider contributing as considering", () => {
    expect(
      cell(
        extract('Britain welcomed a commitment from Iceland to "consider sending a field hospital unit to Ukraine".'),
        "IS",
        "troops",
      )?.stance,
    ).toBe("considering");
    expect(
      cell(
        extract("Britain welcomed a commitment from Iceland to send a field hospital unit to Ukraine."),
        "IS",
        "troops",
      )?.stance,
    ).toBe("committed");
  });
});

describe("money as the subject (issue 17)", () => {
  it("reads what the speaker's money will do as its committed part, not its view", () => {
    const positions = extract(
      "The Chilean government said that 2 billion euros of the fund will pay for Ukraine's budget, and 3 billion euros will go to arms purchases for Ukraine.",
    );
    expect(cell(positions, "CL", "funding")?.stance).toBe("committed");
    expect(cell(positions, "CL", "arms")?.stance).toBe("committed");
  });

  it("keeps an abstract subject that is no money the speaker's view", () => {
    const positions = extract(
      "The Chilean government said that the guarantees will include air policing over Ukraine.",
    );
    expect(cell(positions, "CL", "air")?.stance).toBe("supports");
  });
});

describe("what an agreement covers, and condemnations beside it (issue 17)", () => {
  it("reads a list the agreement covers without Ukraine named in the sentence, past a condemnation of the war", () => {
    const positions = extract(
      "Chile and Ukraine signed a ten-year security pact on Friday. The pact covered cooperation between defence industries, as well as a firm condemnation of Russia's war.",
    );
    expect(cell(positions, "CL", "arms")?.stance).toBe("committed");
  });

  it("still reads a condemnation of the deployment as opposition", () => {
    const positions = extract("Moscow condemned the deployment of British troops to Ukraine.");
    expect(cell(positions, "RU", "troops")?.stance).toBe("opposes");
  });
});

describe("an opposition stated beside another's measure (issue 17, great powers)", () => {
  it("reads a concessive clause with its own subject: ', though X rejected the idea'", () => {
    const positions = cells(
      extract(
        "Trump said on Monday that Putin could accept European peacekeepers in Ukraine, though Russian Foreign Minister Sergey Lavrov has rejected the idea.",
      ),
    );
    expect(positions).toContain("RU troops opposes");
    expect(positions).not.toContain("US troops opposes");
  });

  it("reads an aside that sums up the clause before: '– a proposal that X opposed'", () => {
    const positions = cells(
      extract(
        "Paris and London have offered to station troops in Ukraine once a truce holds – a proposal that Moscow has firmly opposed.",
      ),
    );
    expect(positions).toEqual(["FR troops conditional", "GB troops conditional", "RU troops opposes"]);
  });

  it("keeps the condition to the words before the aside", () => {
    const troops = cell(
      extract("Paris will station troops in Ukraine once a truce holds – a proposal that Moscow has firmly opposed."),
      "FR",
      "troops",
    );
    expect(troops?.condition).toBe("once a truce holds");
  });

  it("reads viewing a measure as a threat as opposing it, and a foreign military intervention as troops", () => {
    expect(
      cells(extract("Moscow would regard any Western military presence in Ukraine as a direct threat, Peskov said.")),
    ).toEqual(["RU troops opposes"]);
    expect(
      cells(extract("Lavrov said a foreign military intervention on Ukrainian soil would be unacceptable to Russia.")),
    ).toEqual(["RU troops opposes"]);
  });

  it("is not fooled by seeing a force as a guarantee, or an aside with no stance of its own", () => {
    expect(cells(extract("Kyiv sees a European force as a real guarantee of its security."))).not.toContain(
      "UA troops opposes",
    );
    expect(
      cells(extract("Italy will send two minehunters to the Black Sea, a plan which was presented on Monday.")),
    ).toEqual(["IT maritime committed"]);
  });
});

describe("refusals by exclusion from a group, and seeing no point (issue 17)", () => {
  it("reads 'is not among the countries ready to send' as a refusal", () => {
    expect(
      cells(extract("Malta is not among the nations prepared to send soldiers to Ukraine, its premier said.")),
    ).toEqual(["MT troops ruled_out"]);
  });

  it("reads 'sees no point in sending' as a refusal, and 'at some point' as no refusal", () => {
    expect(cells(extract("Norway sees no point in sending soldiers to Ukraine this year."))).toEqual([
      "NO troops ruled_out",
    ]);
    expect(cells(extract("Norway will at some point in the future send soldiers to Ukraine."))).toEqual([
      "NO troops committed",
    ]);
  });

  it("does not read a decision taken after careful consideration as a hedge", () => {
    expect(
      cells(extract("After careful consideration, Norway will send soldiers to Ukraine, its defence minister said.")),
    ).toEqual(["NO troops committed"]);
  });
});

describe("the pledge itself as 'this', and what a hub stores (issue 17)", () => {
  it("keeps the condition of the pledge before for 'this would include ...'", () => {
    const positions = extract(
      "Belgium and the Netherlands would send minehunters to the Black Sea if a truce held. The Belgian premier said this would include Belgium and the Netherlands establishing a logistics hub in Odesa.",
    );
    expect(cell(positions, "BE", "logistics")?.stance).toBe("conditional");
    expect(cell(positions, "NL", "logistics")?.stance).toBe("conditional");
  });

  it("does not read weapons a hub could store as arms given", () => {
    expect(
      cells(extract("Norway will set up a logistics hub in Lviv, which could also store shells and spare parts.")),
    ).toEqual(["NO logistics committed"]);
  });
});

describe("Russia's threat to treat foreign troops as parties to the war (issue 17)", () => {
  it("reads it as opposing foreign troops", () => {
    expect(
      cells(
        extract("Moscow warned that it would treat any Western soldiers in Ukraine as participants in the conflict."),
      ),
    ).toEqual(["RU troops opposes"]);
  });
});

describe("a veto someone else holds, and a frame after a fronted phrase (issue 17)", () => {
  it("does not read another body's veto over where troops go as a refusal", () => {
    expect(
      cells(
        extract(
          "The Irish minister said a permanent member of the council should not hold a veto over the dispatch of Irish troops abroad.",
        ),
      ),
    ).not.toContain("IE troops ruled_out");
    expect(cells(extract("Hungary vetoed the plan to send EU instructors to Ukraine."))).toContain(
      "HU training opposes",
    );
  });

  it("reads the frame after a fronted phrase, so a counted group is nobody's pledge", () => {
    expect(
      cells(
        extract("After the summit in Rome, Macron said twenty of the allies had pledged to send soldiers to Ukraine."),
      ),
    ).toEqual([]);
  });
});

describe("assistance deployed, an ally's own collective defence, and a proverb (issue 17)", () => {
  it("reads military assistance deployed in Ukraine as troops, not arms", () => {
    expect(
      cells(extract("Iceland is willing to deploy flexible military assistance in Ukraine once a truce holds.")),
    ).toEqual(["IS troops conditional"]);
  });

  it("does not read an ally strengthening 'our collective defence' at home as a guarantee for Ukraine", () => {
    expect(
      cells(extract("We will also strengthen our collective defence in Estonia, the Danish premier said in Tallinn.")),
    ).not.toContain("DK article5 committed");
  });

  it("does not read 'trust but verify' as ceasefire monitoring", () => {
    expect(cells(extract("We must trust but verify when dealing with Moscow, the Danish premier said."))).toEqual([]);
  });
});

describe("acts under way: selling on to Ukraine, and trainees counted (issue 17)", () => {
  it("reads a country selling weapons so they reach Ukraine as its arms, under way", () => {
    expect(
      cells(extract("Norway is selling artillery shells to its neighbours so that they can pass them on to Kyiv.")),
    ).toContain("NO arms committed");
  });

  it("reads training with the trainees counted in figures", () => {
    expect(cells(extract("Since 2023, Poland has trained 21,400 Ukrainian soldiers on its own ranges."))).toEqual([
      "PL training committed",
    ]);
  });

  it("is not fooled by a sale of something that is no commitment", () => {
    expect(cells(extract("Norway is selling more gas to its neighbours this winter."))).toEqual([]);
  });
});

describe("plain type words listed with a commitment the lexicon reads (issue 17)", () => {
  it("reads every item of the list as a contribution of its own", () => {
    expect(
      cells(
        extract("Norway's further help might come as logistics, intelligence or equipment, its foreign minister said."),
      ),
    ).toEqual(["NO arms considering", "NO intelligence considering", "NO logistics considering"]);
  });

  it("does not join a plain type word across a sentence of its own", () => {
    expect(
      cells(
        extract("Norway's further help might come as logistics, its foreign minister said. Equipment prices rose."),
      ),
    ).toEqual(["NO logistics considering"]);
  });
});

describe("the lede's pledge and the body's condition (issue 17)", () => {
  it("reads a pledge stated plainly first and with its condition later as conditional", () => {
    const positions = extract(
      "Hungary will provide logistical help for the guarantees. Its role would be to offer its rail network to the guarantor states, subject to a signed peace deal.",
    );
    expect(cell(positions, "HU", "logistics")?.stance).toBe("conditional");
  });

  it("keeps a plain pledge committed when no condition is stated for it", () => {
    expect(cell(extract("Hungary will provide logistical help for the guarantees."), "HU", "logistics")?.stance).toBe(
      "committed",
    );
  });
});

describe("media reports in the present tense are hearsay (issue 17)", () => {
  it("reads nothing from what media reports indicate", () => {
    expect(
      cells(
        extract(
          "Norway will send two frigates to the Black Sea, its defence minister said. Media reports indicate that Denmark has prepared a plan to send soldiers to Ukraine.",
        ),
      ),
    ).toEqual(["NO maritime committed"]);
  });
});

describe("envoys and their afterthoughts (issue 17, great powers)", () => {
  it("reads a request for missiles under consideration as arms", () => {
    expect(
      cells(
        extract("Trump is also considering Kyiv's request for more cruise missiles, the vice president confirmed."),
      ),
    ).toContain("US arms considering");
  });

  it("takes a frame whose subject has an appositive ('A B, the envoy to Kyiv, suggested ...')", () => {
    expect(
      cells(
        extract(
          "Jane Roe, the American special envoy to Kyiv, suggested Dutch and Belgian troops could guard the river.",
        ),
      ),
    ).not.toContain("US troops considering");
  });

  it("reads a clarification after the trailing frame as the reporter's own statement", () => {
    const positions = extract(
      'Donald Trump spoke to reporters on Monday. "We could split it into sectors, as in Vienna long ago," he said, later clarifying in a post that Washington would not be sending any soldiers.',
    );
    expect(cell(positions, "US", "troops")?.stance).toBe("ruled_out");
  });
});

describe("a known official by surname alone, and the concessive 'even if' (issue 17)", () => {
  it("gives 'said Michal' to the official named in full before", () => {
    const positions = extract(
      'Estonian Prime Minister Kristen Michal spoke on Monday. "We back a force in Ukraine," said Michal. "Even if talks drag on, the guarantees must come close to Article 5," he added.',
    );
    expect(cell(positions, "EE", "article5")?.stance).toBe("supports");
  });

  it("does not read 'even if' as a condition, while 'if' stays one", () => {
    expect(
      cell(extract("Even if talks drag on, Latvia will send soldiers to Ukraine, its premier said."), "LV", "troops")
        ?.stance,
    ).toBe("committed");
    expect(
      cell(extract("If talks succeed, Latvia will send soldiers to Ukraine, its premier said."), "LV", "troops")
        ?.stance,
    ).toBe("conditional");
  });
});

describe("the United States' part called decisive (issue 17)", () => {
  it("reads the speaker's support for a US backstop, not a US pledge", () => {
    const positions = cells(
      extract("American involvement will be crucial for any coalition force, the Norwegian foreign minister said."),
    );
    expect(positions).toContain("NO backstop supports");
    expect(positions.filter((p) => p.startsWith("US "))).toEqual([]);
  });

  it("does not read US participation in talks as a backstop", () => {
    expect(
      cells(extract("The participation of the United States in the talks was crucial, the Norwegian minister said.")),
    ).toEqual([]);
  });
});

describe("an appositive saying who backs or rejects the measure just named (issue 17)", () => {
  it("gives the countries of the appositive their support or opposition", () => {
    expect(
      cells(
        extract(
          "Lisbon is still weighing the dispatch of soldiers to Ukraine, a step that Norway and Denmark have backed.",
        ),
      ),
    ).toEqual(expect.arrayContaining(["NO troops supports", "DK troops supports"]));
    expect(
      cells(extract("Oslo discussed the dispatch of soldiers to Ukraine, an idea which Moscow has rejected.")),
    ).toContain("RU troops opposes");
  });

  it("reads nothing from an appositive with no verb of backing or rejecting", () => {
    expect(
      cells(extract("Oslo discussed the dispatch of soldiers to Ukraine, a step that surprised Denmark.")),
    ).not.toContain("DK troops supports");
  });
});

describe("a pronoun subject before a country object, and officials as the reporter (issue 17)", () => {
  it("reads 'they presented Ukraine with ...' as the reporters' act, so the clause after it is theirs", () => {
    expect(
      cells(
        extract(
          "Canadian officials said they handed Ukraine a draft of guarantees but stopped short of any pledge to send Canadian soldiers.",
        ),
      ),
    ).toEqual(["CA troops ruled_out"]);
  });

  it("still reads a country named as the subject after a fronted phrase", () => {
    expect(cells(extract("In Ottawa, Canada said it will send instructors to train Ukrainian soldiers."))).toEqual([
      "CA training committed",
    ]);
  });
});

describe("a capability coalition is arms, not a presence (issue 17)", () => {
  it("reads joining a naval or drone coalition as arms for Ukraine's forces", () => {
    expect(
      cells(extract("Latvia will join the naval coalition that develops Ukraine's fleet, its defence ministry said.")),
    ).toEqual(["LV arms committed"]);
    expect(cells(extract("Estonia will join the drone coalition for Ukraine, the government said."))).toEqual([
      "EE arms committed",
    ]);
  });

  it("does not read the coalition of the willing as a capability coalition", () => {
    expect(cells(extract("Latvia will join the coalition of the willing, its defence ministry said."))).toEqual([]);
    expect(
      cells(extract("Latvia will join the coalition of the willing after a peace deal, its defence ministry said.")),
    ).toEqual(["LV troops conditional"]);
  });
});

describe("what a country negotiates or lobbies for, and a fronted 'Blocked from' (issue 17)", () => {
  it("reads negotiating or lobbying for a measure as support for it", () => {
    expect(
      cells(
        extract(
          "Kept out of the alliance, Ukraine has been negotiating with its allies for a pact close to Article 5.",
        ),
      ),
    ).toEqual(["UA article5 supports"]);
  });

  it("does not read a fronted 'Blocked from' as an opposition", () => {
    expect(
      cells(extract("Blocked from joining the alliance, Ukraine has lobbied for a guarantee close to Article 5.")),
    ).toEqual(["UA article5 supports"]);
    expect(cells(extract("Hungary blocked the plan for a guarantee close to Article 5."))).toEqual([
      "HU article5 opposes",
    ]);
  });
});

describe("a pledge whose object is named in its own condition (issue 17)", () => {
  it("reads 'if a truce requires a European presence, X is ready to take part' as conditional troops", () => {
    const positions = extract(
      "Iceland will keep its aid going. If a truce ends up requiring a European presence, Iceland is ready to take part, its premier said.",
    );
    expect(cell(positions, "IS", "troops")?.stance).toBe("conditional");
  });

  it("reads no type when neither the pledge nor its condition names one", () => {
    expect(cells(extract("If a truce holds, Iceland is ready to take part, its premier said."))).toEqual([]);
  });
});

describe("the leader as the subject, supporting others' initiatives (issue 17, great powers)", () => {
  it("reads 'the leader supports initiatives by X and Y to deploy' as the leader's support and their pledge", () => {
    const positions = cells(
      extract(
        "Donald Trump said on Monday that talks with Kyiv had gone well. In addition, the leader supports initiatives by Spain and Italy to station their soldiers in Ukraine.",
      ),
    );
    expect(positions).toContain("US troops supports");
    expect(positions).toContain("ES troops committed");
    expect(positions).toContain("IT troops committed");
  });

  it("gives a head of government with no country named nothing when nobody spoke before", () => {
    expect(cells(extract("The prime minister will station soldiers in Ukraine."))).toEqual([]);
  });
});

describe("no plan yet is a decision still open (issue 17)", () => {
  it("reads 'for now there is no plan' and 'no plans as yet' as considering", () => {
    expect(
      cell(
        extract(
          "The Portuguese minister said that, at the moment, there is no plan for deploying Portuguese troops in Ukraine.",
        ),
        "PT",
        "troops",
      )?.stance,
    ).toBe("considering");
    expect(
      cell(extract("Portugal has no plans yet for sending soldiers to Ukraine, the minister said."), "PT", "troops")
        ?.stance,
    ).toBe("considering");
  });

  it("keeps 'there are no plans' without a time limit a refusal", () => {
    expect(
      cell(
        extract("The Portuguese minister said that there is no plan for deploying Portuguese troops to Ukraine."),
        "PT",
        "troops",
      )?.stance,
    ).toBe("ruled_out");
  });
});

describe("a pronoun that only opens a frame before a quotation (issue 17)", () => {
  it("reads the quotation's subject, not the reporter's pronoun, as the subject", () => {
    expect(
      cells(
        extract(
          'The Irish minister spoke in Dublin. She added: "Ireland will consider joining a peacekeeping mission.',
        ),
      ),
    ).toContain("IE troops considering");
  });
});

describe("a type phrase inside the capitalised name of a body (issue 17, evidence)", () => {
  it("reads no commitment from the name of another body's mission", () => {
    expect(
      cells(extract("The EU mission will liaise with the NATO Air Defence and Training Command in Wiesbaden.")),
    ).toEqual([]);
  });

  it("so the sentence that states the training is the evidence", () => {
    const training = cell(
      extract(
        "EUMAM has trained 9,000 Ukrainian soldiers this year. EUMAM will also liaise with the NATO Assistance and Training Command in Wiesbaden.",
      ),
      "EU",
      "training",
    );
    expect(training?.evidence).toMatch(/^EUMAM has trained/u);
  });

  it("still reads the same words in lower case", () => {
    expect(cells(extract("The EU will expand its air defence and training support for Ukraine."))).toContain(
      "EU training committed",
    );
  });
});

describe("wanting to know how many troops is a question, not a stance (issue 17)", () => {
  it("reads nothing from 'it is vital to know how many troops ...'", () => {
    expect(
      cells(
        extract(
          "It is vital to know how many troops Kyiv wants on its soil from the coalition, the Estonian minister said.",
        ),
      ),
    ).toEqual([]);
  });

  it("still reads a stance on troops beside it", () => {
    expect(cells(extract("Estonia will send troops to Ukraine, the Estonian minister said."))).toEqual([
      "EE troops committed",
    ]);
  });
});

describe("a second-person subject in a taunt (issue 17, great powers)", () => {
  it("reads no position from 'you want to give ...' addressed to someone", () => {
    expect(
      cells(
        extract(
          'French President Emmanuel Macron met allies on Monday. "You want to give weapons to the regime in Kyiv," the former Russian official wrote.',
        ),
      ),
    ).toEqual([]);
  });

  it("still reads the speaker's own 'we'", () => {
    expect(cells(extract('"We will give weapons to Kyiv," the French president said.'))).toEqual(["FR arms committed"]);
  });
});

describe("list items read with the lead-in they go on from (news copy)", () => {
  it("reads each fragment item with its lead-in, the item alone as the evidence", () => {
    const positions = extract(
      "Britain and France set out their offer on Thursday. The two countries will:\n• deploy troops to Ukraine after a ceasefire;\n• set up military hubs across Ukraine.",
    );
    expect(cells(positions)).toEqual([
      "FR logistics committed",
      "FR troops conditional",
      "GB logistics committed",
      "GB troops conditional",
    ]);
    expect(cell(positions, "GB", "logistics")?.evidence).toBe("set up military hubs across Ukraine.");
    expect(cell(positions, "GB", "troops")?.condition).toBe("after a ceasefire");
  });

  it("reads no question item and no item of a sentence that is its own", () => {
    expect(
      cells(extract("Several questions remain open:\n• whether Germany will send troops;\n• who will pay.")),
    ).toEqual([]);
    expect(cells(extract("What the allies offered:\n- Finland will train Ukrainian soldiers in Finland."))).toEqual([
      "FI training committed",
    ]);
  });
});

describe("a country named as the label of a line, before what it gives (roundups)", () => {
  it("reads the label as the subject of a verbless fragment, a bullet's or a run of labelled lines'", () => {
    const positions = extract(
      "What each capital has put forward:\n- Norway: 150 soldiers for the reassurance force, once a peace deal is signed\n- Finland — no ground troops; ready to share satellite intelligence with Kyiv\n- Estonia: considering sending a company of soldiers to Ukraine",
    );
    expect(cells(positions)).toEqual([
      "EE troops considering",
      "FI intelligence committed",
      "FI troops ruled_out",
      "NO troops conditional",
    ]);
    expect(cell(positions, "NO", "troops")?.condition).toBe("once a peace deal is signed");
    expect(cell(positions, "NO", "troops")?.evidence).toBe(
      "Norway: 150 soldiers for the reassurance force, once a peace deal is signed",
    );
    // No bullets: two labelled lines in a row; a fragment with its own verb keeps it.
    expect(
      cells(
        extract(
          "Czechia: three air defence batteries for Kyiv by June\n\nHungary: opposes any foreign troops in Ukraine",
        ),
      ),
    ).toEqual(["CZ arms committed", "HU troops opposes"]);
  });

  it("reads no lone labelled heading, no label that is no country and no question", () => {
    expect(cells(extract("Poland: troops on the border\n\nThe government in Warsaw met on Monday."))).toEqual([]);
    expect(cells(extract("- Key figures: 200 soldiers and two frigates\n- Timeline: a vote in May"))).toEqual([]);
    expect(
      cells(extract("- Germany: whether it will send troops is unclear\n- Italy: who pays for the force")),
    ).toEqual([]);
    // A labelled line that is a sentence of its own is read as written.
    expect(cells(extract("- Spain: The government will train Ukrainian pilots in Spain."))).toEqual([
      "ES training committed",
    ]);
  });
});

describe("a country heading is the actor of the lines under it (roundups)", () => {
  it("gives 'the government', 'the country', 'the principality' and 'it' under the heading to its country", () => {
    expect(
      cells(
        extract(
          "Latvia\n\nThe government is ready to send a company of soldiers to Ukraine.\n\nMalta\n\nThe country has pledged 5 million euros for Ukraine's armed forces.\n\nLiechtenstein\n\nThe principality has ruled out any military role.\n\nMonaco\n\nIt will not send troops to Ukraine.",
        ),
      ),
    ).toEqual(["LV troops committed", "MC troops ruled_out", "MT funding committed"]);
  });

  it("lets a line that names its own country or speaker keep it, and a heading that is more than a name give nothing", () => {
    expect(
      cells(
        extract(
          "Cyprus\n\nGreek Prime Minister Kyriakos Mitsotakis said Greece would send a frigate to the Black Sea.",
        ),
      ),
    ).toEqual(["GR maritime committed"]);
    expect(cells(extract("Latvia's neighbours\n\nThe government will send soldiers to Ukraine."))).toEqual([]);
    expect(cells(extract("Key facts\n\nThe government will send soldiers to Ukraine."))).toEqual([]);
  });
});

describe("the outlet's own analysis is no government's position (roundups)", () => {
  it("reads nothing from a paragraph under a label of the outlet's analysis", () => {
    expect(
      cells(extract("Our Berlin correspondent notes: Germany could be expected to send soldiers to Ukraine.")),
    ).toEqual([]);
    expect(cells(extract("What it means: Spain will probably have to send ships to the Black Sea."))).toEqual([]);
    expect(cells(extract("3. Analysis: why Germany could be expected to send soldiers to Ukraine"))).toEqual([]);
  });

  it("keeps the same words without the label, and a finding that is no label", () => {
    expect(cells(extract("Germany could be expected to send soldiers to Ukraine."))).toEqual(["DE troops considering"]);
    expect(
      cells(extract("The analysis from the ministry found that Spain will send two frigates to the Black Sea.")),
    ).toEqual(["ES maritime committed"]);
  });
});

describe("a live page's timestamp is furniture before its entry (roundups)", () => {
  it("reads the entry after the time as a sentence of its own: its subject, its label, its evidence", () => {
    const positions = extract(
      "11.15am: Denmark has offered two frigates for the Black Sea. It will also train Ukrainian sailors.",
    );
    expect(cells(positions)).toEqual(["DK maritime committed", "DK training committed"]);
    expect(cell(positions, "DK", "maritime")?.evidence).toBe("Denmark has offered two frigates for the Black Sea.");
    expect(
      cells(
        extract(
          "09:40 CET – Estonia's prime minister spoke in Tallinn.\n\n09:55 CET – The government will send a company of soldiers to Ukraine.",
        ),
      ),
    ).toEqual(["EE troops committed"]);
    expect(cells(extract("[16:02] Analysis: Estonia could be expected to send soldiers to Ukraine."))).toEqual([]);
  });

  it("takes no figure at the start of a sentence for a time", () => {
    const positions = extract(
      "12 Danish instructors will train Ukrainian pilots in Denmark, the defence minister said.",
    );
    expect(cells(positions)).toEqual(["DK training committed"]);
    expect(cell(positions, "DK", "training")?.evidence.startsWith("12 Danish")).toBe(true);
  });
});

describe("jets by model over Ukraine or in its skies are air, refused or pledged (roundups)", () => {
  it("reads jets that will not fly, will patrol the skies or are put in the skies over Ukraine as air", () => {
    expect(
      cells(
        extract("Dutch F-35s would patrol the skies over eastern Ukraine once a truce holds, the Dutch premier said."),
      ),
    ).toEqual(["NL air conditional"]);
    expect(cells(extract("Spain will put Eurofighter jets in the skies over Kyiv, Sanchez said."))).toEqual([
      "ES air committed",
    ]);
    expect(cells(extract("Hungarian Gripens will never fly over Ukraine, Orban said."))).toEqual(["HU air ruled_out"]);
  });

  it("keeps jets handed over as arms and jets over another country out of the air type", () => {
    expect(cells(extract("Norway has delivered more F-16s to Ukraine."))).toEqual(["NO arms committed"]);
    expect(
      cells(extract("Portugal will keep F-16s in the skies over Lithuania, its defence minister said.")),
    ).not.toContain("PT air committed");
  });
});

describe("military specialists sent are troops (roundups)", () => {
  it("reads military engineers, army doctors and sappers sent as the country's troops", () => {
    expect(cells(extract("Austria will deploy army doctors to a hospital in Lviv, the chancellor said."))).toEqual([
      "AT troops committed",
    ]);
    expect(
      cells(
        extract(
          "Malta is ready to send combat medics and sappers to Ukraine once a truce is signed, its premier said.",
        ),
      ),
    ).toEqual(["MT troops conditional"]);
  });

  it("keeps trainees and civilian specialists out", () => {
    expect(cells(extract("Slovakia will train Ukrainian military engineers at home."))).toEqual([
      "SK training committed",
    ]);
    expect(cells(extract("Slovakia will send engineers to repair Ukraine's power grid."))).toEqual([]);
  });
});

describe("refusing transit across a territory named by the country's own adjective is its own part (roundups)", () => {
  it("reads 'across Hungarian territory' refused by Hungary as ruled_out, another's territory as opposes", () => {
    expect(
      cells(extract("Slovakia will not allow the transit of arms for Kyiv through Slovak airspace, Fico said.")),
    ).toEqual(["SK logistics ruled_out"]);
    expect(
      cells(extract("Hungary opposes the transit of weapons for Ukraine through Polish territory, Orban said.")),
    ).toEqual(["HU logistics opposes"]);
  });
});

describe("a pledge 'but not with' or 'but without' soldiers refuses the troops (roundups)", () => {
  it("reads the excepted troops as the country's refusal beside its pledge", () => {
    expect(
      cells(extract("Ireland will help demine the Black Sea, but without soldiers of its own on Ukrainian soil.")),
    ).toEqual(["IE maritime committed", "IE troops ruled_out"]);
    expect(
      cells(extract("Portugal will join the monitoring of the truce, though not with ground troops, Montenegro said.")),
    ).toEqual(["PT monitoring committed", "PT troops ruled_out"]);
  });

  it("reads no refusal from an exception that names no troops or from troops that are a condition", () => {
    expect(cells(extract("Greece will send a frigate, but not with Russia's blessing."))).toEqual([
      "GR maritime committed",
    ]);
    expect(cells(extract("Greece says the force will fail without troops from the big countries."))).not.toContain(
      "GR troops ruled_out",
    );
  });
});

describe("money in other currencies and money confirmed as new are pledges (roundups)", () => {
  it("reads yen, krónur and forints as amounts, and an extra amount confirmed as a pledge", () => {
    expect(cells(extract("Iceland will give 300 million krónur to Ukraine's defence ministry."))).toEqual([
      "IS funding committed",
    ]);
    expect(cells(extract("Canada confirmed a further $200 million for Ukraine's armed forces, Carney said."))).toEqual([
      "CA funding committed",
    ]);
    expect(cells(extract("Hungary will put 20 billion forints into the fund for Ukraine's army, Orban said."))).toEqual(
      ["HU funding committed"],
    );
  });

  it("reads no amount of something else and no date confirmed", () => {
    expect(cells(extract("Norway confirmed a new date for talks with Ukraine."))).toEqual([]);
    expect(cells(extract("Japan says 50 billion years of history bind it to Ukraine."))).toEqual([]);
  });
});

describe("an interview printed as questions and answers (news copy)", () => {
  it("reads no question line and answers for what the question named", () => {
    expect(
      cells(
        extract(
          "Q: Some in Berlin argue that Germany should send troops to Ukraine.\nA: That is not on the agenda, Pistorius said.",
        ),
      ),
    ).toEqual(["DE troops ruled_out"]);
    expect(cells(extract("Q: Britain has said it will send troops.\nA: We welcome that."))).toEqual([]);
  });
});

describe("a clause that opens on a time long past is background (stance idioms)", () => {
  it("lets the position of the day in a later clause outrank a refusal years ago", () => {
    const positions = extract(
      "Two years ago Spain ruled out sending troops; the defence minister now says Spanish soldiers will deploy to Ukraine after a ceasefire.",
    );
    expect(cell(positions, "ES", "troops")?.stance).toBe("conditional");
  });

  it("counts a year as past only when it is before the article's own year", () => {
    const flashback = (body: string) =>
      extractCandidates({ body, published: "2026-03-02", title: null })[0]!.explanation.some((e) =>
        e.startsWith("background"),
      );
    expect(flashback("In 2023, Spain ruled out sending troops to Ukraine.")).toBe(true);
    expect(flashback("In 2026, Spain will send troops to Ukraine.")).toBe(false);
    expect(flashback("Spain ruled out sending troops to Ukraine three years ago.")).toBe(false);
  });
});

describe("a rejection of a country's own means is its refusal (stance idioms)", () => {
  it("reads a government shooting down its own jets or ships as ruled_out, another's as opposes", () => {
    expect(
      cells(extract("Washington shot down suggestions that US warplanes would patrol the skies over Ukraine.")),
    ).toEqual(["US air ruled_out"]);
    expect(cells(extract("Greece rebuffed a request to send a frigate to a Black Sea mission."))).toEqual([
      "GR maritime ruled_out",
    ]);
    expect(
      cells(extract("The Kremlin shot down suggestions that British warships would patrol the Black Sea.")),
    ).toEqual(["RU maritime opposes"]);
  });
});

describe("support for Ukraine's forces as the purpose of an amount of money (stance idioms)", () => {
  it("reads the money as funding, and money described as military aid as arms", () => {
    expect(
      cells(extract("Norway has set aside 5 billion kroner in its budget to support Ukraine's armed forces.")),
    ).toEqual(["NO funding committed"]);
    expect(
      cells(extract("Norway will send 5 billion kroner in military aid to support Ukraine's armed forces.")),
    ).toEqual(["NO arms committed"]);
  });
});

describe("Ukraine's own positions and the phrasing around them", () => {
  it("reads counting on, wanting another to act and the only real guarantee as the speaker's support", () => {
    expect(cells(extract("Kyiv is counting on an American backstop, a Ukrainian official said."))).toEqual([
      "UA backstop supports",
    ]);
    expect(cells(extract("Budanov said Kyiv wanted Washington to commit to a clear backstop."))).toEqual([
      "UA backstop supports",
    ]);
    expect(
      cells(
        extract(
          "Zelensky said foreign troops on the ground were the only real guarantee that Russia would not attack.",
        ),
      ),
    ).toEqual(["UA troops supports"]);
  });

  it("is not fooled by wanting to know, or by what Ukraine asks to receive", () => {
    expect(extract("Zelensky wanted to know whether Italy would send troops.")).toEqual([]);
    expect(extract("Zelensky urged Germany to deliver Taurus cruise missiles.")).toEqual([]);
  });

  it("keeps the welcome of a plan two countries own, and reads a list after what Kyiv wants", () => {
    expect(cells(extract("Zelensky welcomed the British and French plan to deploy troops to Ukraine."))).toEqual([
      "FR troops committed",
      "GB troops committed",
      "UA troops supports",
    ]);
    expect(
      cells(extract("Zelensky listed what Kyiv wants from the coalition: troops on the ground and air policing.")),
    ).toEqual(["UA air supports", "UA troops supports"]);
    // The endorsement still ends at a conjunction before another subject.
    expect(cells(extract("Italy welcomed the talks and Britain will send troops."))).toEqual(["GB troops committed"]);
  });

  it("reads Ukraine's own army counted in soldiers as no force, and jets in its skies as air", () => {
    expect(extract("Zelensky said Ukraine's army of 880,000 soldiers would remain the first line of defence.")).toEqual(
      [],
    );
    expect(cells(extract("Britain will send a force of 5,000 soldiers to Ukraine."))).toEqual(["GB troops committed"]);
    expect(cells(extract('"We want European jets in our skies," Zelensky said.'))).toEqual(["UA air supports"]);
    expect(extract("Polish jets patrolled Polish skies overnight.")).toEqual([]);
  });

  it("ends a trailing frame before another subject's clause, and joins 'take part' to the mission before", () => {
    expect(cells(extract("Britain will send troops, Starmer said, while Poland ruled out sending soldiers."))).toEqual([
      "GB troops committed",
      "PL troops ruled_out",
    ]);
    expect(cells(extract("Britain will send troops, Starmer said, as he arrived in Kyiv."))).toEqual([
      "GB troops committed",
    ]);
    expect(
      cells(
        extract("Sybiha called for a mission to monitor the ceasefire, while Turkey said it was ready to take part."),
      ),
    ).toEqual(["TR monitoring committed", "UA monitoring supports"]);
    // Weapons are handed over, not taken part in.
    expect(cells(extract("Germany will deliver weapons, and Austria said it would take part."))).toEqual([
      "DE arms committed",
    ]);
  });

  it("reads refusing to sign as a refusal, and a promise in the perfect as a pledge", () => {
    expect(cells(extract("The Netherlands said it would never sign any Article 5-style guarantee."))).toEqual([
      "NL article5 ruled_out",
    ]);
    expect(cells(extract("Denmark has so far promised only two frigates for the Black Sea."))).toEqual([
      "DK maritime committed",
    ]);
    expect(extract("Norway promised more weapons.")).toEqual([]);
  });
});

describe("refusals, hedges and preparations in the news register's idioms (stance idioms)", () => {
  it("reads off the agenda and not in the cards as refusals, non-committal as considering, gearing up as a pledge", () => {
    expect(cells(extract("Sending Spanish troops to Ukraine is off the agenda, Albares said."))).toEqual([
      "ES troops ruled_out",
    ]);
    expect(cells(extract("Portugal said a deployment of its troops was not in the cards."))).toEqual([
      "PT troops ruled_out",
    ]);
    expect(cells(extract("Austria remained non-committal on sending observers to Ukraine, Stocker said."))).toEqual([
      "AT monitoring considering",
    ]);
    expect(cells(extract("Britain is gearing up to send troops to Ukraine, Healey said."))).toEqual([
      "GB troops committed",
    ]);
  });
});

describe("Ukraine's hopes, aims and thanks", () => {
  it("reads hoping another will act, seeking, the importance of and a priority as support", () => {
    expect(cells(extract("Zelensky hopes the United States will provide a backstop."))).toEqual([
      "UA backstop supports",
    ]);
    expect(cells(extract("Kyiv has long sought Western troops on its territory."))).toEqual(["UA troops supports"]);
    expect(cells(extract("Zelensky stressed the importance of air defence over western Ukraine."))).toEqual([
      "UA air supports",
    ]);
    expect(cells(extract("Zelensky called the deployment of a multinational force a priority."))).toEqual([
      "UA troops supports",
    ]);
  });

  it("is not fooled by hoping to, or by a country one is grateful to", () => {
    expect(extract("Britain hopes to send troops.")).toEqual([]);
    expect(
      cells(extract("Zelensky said he was grateful to Britain and France for their readiness to deploy troops.")),
    ).toEqual(["FR troops committed", "GB troops committed"]);
  });
});

describe("whole articles: what the articles' own sentences showed (issue 17)", () => {
  it("gives Ukraine, welcoming another's offer of troops, its support for the force", () => {
    expect(cells(extract("Kyiv welcomed the Dutch offer of troops for the reassurance force."))).toEqual([
      "NL troops committed",
      "UA troops supports",
    ]);
  });

  it("is not fooled by Ukraine welcoming what it receives, nor gives another welcomer a position", () => {
    expect(cells(extract("Italy welcomed the Estonian offer of troops."))).toEqual(["EE troops committed"]);
    expect(cells(extract("Zelensky welcomed Norway's offer of funding for Ukraine's army."))).toEqual([
      "NO funding committed",
    ]);
  });

  it("reads a party named after a country as no actor, and a party as nobody's government", () => {
    expect(extract("Reform UK's leader said he would oppose any deployment of British troops.")).toEqual([]);
    expect(extract("The Conservatives have demanded a vote before British soldiers are deployed to Ukraine.")).toEqual(
      [],
    );
  });

  it("reads the subject before its copula, not the country in the predicate", () => {
    expect(
      cells(extract("Germany is Ukraine's largest donor and has pledged 9 billion euros in military aid.")),
    ).toEqual(["DE arms committed"]);
  });
});

describe("Ukraine's own troops named by a pronoun", () => {
  it("reads Ukraine deploying its own troops as no position", () => {
    expect(extract("Ukraine will deploy its own troops along the border, Zelensky said.")).toEqual([]);
  });

  it("is not fooled by the pronoun of another country Ukraine urges, or by another country's own troops", () => {
    expect(cells(extract("Zelensky urged Britain to send its own troops."))).toEqual(["UA troops supports"]);
    expect(cells(extract("Britain will deploy its own troops, Starmer said."))).toEqual(["GB troops committed"]);
  });
});

describe("a nominal pledge whose owner opened the sentence before", () => {
  it("gives 'This package includes' and 'The offer covers' to the country the sentence before opened with", () => {
    expect(
      cells(
        extract("Austria unveiled a package for Kyiv. This package includes artillery shells and armoured vehicles."),
      ),
    ).toEqual(["AT arms committed"]);
    expect(
      cells(extract("Portugal made an offer on Monday. The offer covers two minehunters for the Black Sea.")),
    ).toEqual(["PT maritime committed"]);
  });

  it("gives nothing when no country opened the sentence before, or the owner is named with the noun", () => {
    expect(cells(extract("Analysts expect a package soon. This package includes artillery shells."))).toEqual([]);
    // The sentence before must have named the measure the noun refers to.
    expect(cells(extract("Austria hosted talks on Monday. This package includes artillery shells."))).toEqual([]);
    expect(
      cells(
        extract(
          "Austria unveiled a package for Kyiv. Talks went on late into the night. This package includes artillery shells.",
        ),
      ),
    ).toEqual([]);
  });
});

describe("a condition stated first for the pledges after it", () => {
  it("makes the next sentence's plain pledges of the same country conditional", () => {
    const positions = extract(
      "Greece said its contribution would only start once a truce holds. It will send a frigate and open a port as a logistics hub.",
    );
    expect(cell(positions, "GR", "maritime")?.condition).toBe("once a truce holds");
    expect(cell(positions, "GR", "logistics")?.condition).toBe("once a truce holds");
  });

  it("leaves another country's pledge, a hedge, and a pledge two sentences on", () => {
    expect(
      cells(extract("Greece said its contribution would only start once a truce holds. Cyprus will send a frigate.")),
    ).toEqual(["CY maritime committed"]);
    expect(
      cells(extract("Greece said its contribution would only start once a truce holds. It could send a frigate.")),
    ).toEqual(["GR maritime considering"]);
    expect(
      cells(
        extract(
          "Greece said its contribution would only start once a truce holds. Talks resumed in Geneva. Greece will send a frigate.",
        ),
      ),
    ).toEqual(["GR maritime committed"]);
  });
});

describe("a precondition in the next sentence naming the pledge by its noun or 'do it'", () => {
  it("reads 'the frigates would only be sent if ...' and 'We will only do it with ...' as conditions", () => {
    const sent = cell(
      extract(
        "Greece will provide two frigates for the Black Sea. But the frigates would only be sent if a truce holds.",
      ),
      "GR",
      "maritime",
    );
    expect(sent?.condition).toBe("if a truce holds");
    const done = cell(
      extract('Ireland will send troops to Ukraine, Martin said. "We will only do it with a UN mandate," he added.'),
      "IE",
      "troops",
    );
    expect(done?.condition).toBe("with a UN mandate");
  });

  it("leaves a next sentence whose noun subject does not go anywhere", () => {
    expect(
      cell(
        extract("Greece will provide two frigates for the Black Sea. The summit would only resume after the holidays."),
        "GR",
        "maritime",
      )?.stance,
    ).toBe("committed");
  });
});

describe("'the kingdom' for the country named before", () => {
  it("reads 'the kingdom' as the country that opened the sentence before", () => {
    expect(
      cells(extract("Norway hosted the talks on Monday. The kingdom will fund artillery shells for Ukraine.")),
    ).toEqual(["NO arms committed"]);
  });

  it("does not read 'the kingdom of ...' as an anaphor", () => {
    const positions = extract(
      "Norway hosted the talks on Monday. The kingdom of Sweden will fund artillery shells for Ukraine.",
    );
    expect(cell(positions, "NO", "arms")).toBeUndefined();
  });
});

describe("a second predicate after a subject named by an anaphor", () => {
  it("gives the second predicate the country the anaphor stands for", () => {
    expect(
      cells(
        extract(
          "Greece has been wary of a foreign force. The government in Athens ruled out sending Greek soldiers but offered to train Ukrainian crews.",
        ),
      ),
    ).toEqual(["GR training committed", "GR troops ruled_out"]);
  });

  it("keeps a named subject for both predicates", () => {
    expect(
      cells(
        extract(
          "Greece has been wary of a foreign force. Cyprus ruled out sending soldiers but offered to train Ukrainian crews.",
        ),
      ),
    ).toEqual(["CY training committed", "CY troops ruled_out"]);
  });
});

describe("the antecedent over one sentence about something else", () => {
  it("reads 'the country' as the country two sentences back when the sentence between names no other", () => {
    expect(
      cells(
        extract(
          "Denmark has pledged two frigates for the Black Sea. Winter has slowed the fighting in Ukraine. The country will also train Ukrainian pilots.",
        ),
      ),
    ).toEqual(["DK maritime committed", "DK training committed"]);
  });

  it("does not reach over a sentence that names another country, nor over two sentences", () => {
    expect(
      cells(
        extract(
          "Denmark has pledged two frigates for the Black Sea. Talks with Russia stalled. The country will also train Ukrainian pilots.",
        ),
      ),
    ).toEqual(["DK maritime committed"]);
    expect(
      cells(
        extract(
          "Denmark has pledged two frigates for the Black Sea. Winter has slowed the fighting. Snow fell overnight. The country will also train Ukrainian pilots.",
        ),
      ),
    ).toEqual(["DK maritime committed"]);
  });
});

describe("the two leaders of a meeting", () => {
  it("reads 'the two leaders' as the host and the guest the sentence before opened with", () => {
    expect(
      cells(
        extract(
          "Polish Prime Minister Donald Tusk hosted Swedish Prime Minister Ulf Kristersson in Warsaw. The two leaders agreed to send instructors to train Ukrainian pilots.",
        ),
      ),
    ).toEqual(["PL training committed", "SE training committed"]);
  });

  it("does not join an official another verb names: 'they' stays with nobody", () => {
    expect(
      cells(
        extract(
          "Polish Prime Minister Donald Tusk criticised Swedish Prime Minister Ulf Kristersson on Monday. They will send instructors to train Ukrainian pilots.",
        ),
      ),
    ).not.toContain("SE training committed");
  });
});

describe("'not a single soldier'", () => {
  it("reads the singular of the refusal idiom as troops, after a quote from another country's leader", () => {
    expect(
      cells(
        extract(
          '"Norway will send soldiers," Store said.\n\n"We will not send a single soldier," said Austrian Chancellor Christian Stocker.',
        ),
      ),
    ).toEqual(["AT troops ruled_out", "NO troops committed"]);
  });

  it("does not read a soldier named in passing as a troop pledge", () => {
    expect(cells(extract("Austria said a soldier was wounded near the border."))).toEqual([]);
  });
});

describe("a precondition in another official's reported words", () => {
  it("makes the pledge before conditional when an official of the same country adds the condition", () => {
    const air = cell(
      extract(
        "Norway will deploy F-35s to patrol Ukrainian skies, Store said. His defence minister added that the jets would fly only after a truce.",
      ),
      "NO",
      "air",
    );
    expect(air?.stance).toBe("conditional");
    expect(air?.condition).toBe("only after a truce");
  });

  it("leaves the pledge when another country's official states the condition, or the clause is no precondition", () => {
    expect(
      cell(
        extract(
          "Norway will deploy F-35s to patrol Ukrainian skies, Store said. Swedish Prime Minister Ulf Kristersson said that the jets would fly only after a truce.",
        ),
        "NO",
        "air",
      )?.stance,
    ).toBe("committed");
    expect(
      cell(
        extract(
          "Norway will deploy F-35s to patrol Ukrainian skies, Store said. His defence minister added that the jets were ready.",
        ),
        "NO",
        "air",
      )?.stance,
    ).toBe("committed");
  });
});

describe("support by arguing, lobbying, advocacy nouns and needs", () => {
  it("reads arguing for, lobbying someone for, a proponent of, indispensable, ought to and a measure needed as supports", () => {
    expect(cells(extract("The Czech foreign minister argued on Monday for a ceasefire monitoring mission."))).toEqual([
      "CZ monitoring supports",
    ]);
    expect(cells(extract("Latvia has been lobbying its allies for an air shield over Ukraine."))).toEqual([
      "LV air supports",
    ]);
    expect(
      cells(extract("The Belgian prime minister is a proponent of a European reassurance force in Ukraine.")),
    ).toEqual(["BE troops supports"]);
    expect(cells(extract("Croatia called guarantees modelled on Article 5 indispensable for Ukraine."))).toEqual([
      "HR article5 supports",
    ]);
    expect(
      cells(
        extract("European warships ought to escort grain convoys in the Black Sea, Greece's foreign minister said."),
      ),
    ).toEqual(["GR maritime supports"]);
    expect(cells(extract("A monitoring mission is urgently needed, the Austrian chancellor said."))).toEqual([
      "AT monitoring supports",
    ]);
  });

  it("does not read arguing against, the need for an approval, or one's own pledge as supports", () => {
    expect(cells(extract("The Czech foreign minister argued against a ceasefire monitoring mission."))).not.toContain(
      "CZ monitoring supports",
    );
    expect(
      cells(
        extract("Latvia will send a company of soldiers to Ukraine, and lobbied its allies for help with transport."),
      ),
    ).toContain("LV troops committed");
    expect(cells(extract("Latvia will send a company of soldiers to Ukraine, the prime minister said."))).not.toContain(
      "LV troops supports",
    );
  });
});

describe("a subject introduced as a former official acts for no government", () => {
  it("drops what a former minister or a retired general calls for", () => {
    expect(extract("Former Dutch foreign minister Hans Visser called for a ceasefire monitoring mission.")).toEqual([]);
    expect(extract("A retired Polish general urged allies to send troops to Ukraine.")).toEqual([]);
  });

  it("keeps a serving minister, and a country once part of something", () => {
    expect(cells(extract("The Dutch foreign minister called for a ceasefire monitoring mission."))).toEqual([
      "NL monitoring supports",
    ]);
    expect(cells(extract("Moldova, a former Soviet republic, called for a naval mission in the Black Sea."))).toEqual([
      "MD maritime supports",
    ]);
  });
});

describe("an 'American' backstop under words of support is the speaker's country's view", () => {
  it("gives the support to the speaker's country, not to the United States", () => {
    expect(cells(extract('"A US security backstop is indispensable," the Belgian prime minister said.'))).toEqual([
      "BE backstop supports",
    ]);
    expect(cells(extract("Spain argues that an American backstop is crucial, its foreign minister said."))).toEqual([
      "ES backstop supports",
    ]);
  });

  it("keeps a pledge of the backstop the United States'", () => {
    expect(cells(extract("An American backstop will be provided, the Belgian prime minister said."))).toEqual([
      "US backstop committed",
    ]);
  });
});

describe("support under a modal is no pledge", () => {
  it("reads would welcome, would like to see, would be in favour of and would back a measure as supports", () => {
    expect(cells(extract("Croatia would welcome a US backstop, its prime minister said."))).toEqual([
      "HR backstop supports",
    ]);
    expect(cells(extract("Slovenia would like to see a ceasefire monitoring mission."))).toEqual([
      "SI monitoring supports",
    ]);
    expect(cells(extract("The Czech government would be in favour of an air shield over Ukraine."))).toEqual([
      "CZ air supports",
    ]);
    expect(cells(extract("Greece would back a naval mission in the Black Sea, its foreign minister said."))).toEqual([
      "GR maritime supports",
    ]);
  });

  it("keeps backing with named means, and sending, a pledge", () => {
    expect(
      cells(extract("Canada would back the coalition's force with surveillance aircraft, its defence minister said.")),
    ).not.toContain("CA troops supports");
    expect(cells(extract("Croatia would send observers to a monitoring mission, its prime minister said."))).toEqual([
      "HR monitoring committed",
    ]);
  });
});

describe("idioms of advocacy are support", () => {
  it("reads made the case for, a plea for, its blessing to, keen on, a believer in, stands behind, pushing hard for", () => {
    const read = (body: string) => cells(extract(body));
    expect(read("Norway made the case for a ceasefire monitoring mission, its foreign minister said.")).toEqual([
      "NO monitoring supports",
    ]);
    expect(read("The Latvian prime minister made a plea for an air shield over Ukraine.")).toEqual(["LV air supports"]);
    expect(read("The Belgian government gave its blessing to the plan for a reassurance force.")).toEqual([
      "BE troops supports",
    ]);
    expect(read("Croatia is keen on a naval mission in the Black Sea.")).toEqual(["HR maritime supports"]);
    expect(read("Denmark is a firm believer in Article 5-style guarantees for Ukraine.")).toEqual([
      "DK article5 supports",
    ]);
    expect(read("Ireland stands behind the idea of a ceasefire monitoring mission.")).toEqual([
      "IE monitoring supports",
    ]);
    expect(read("Bulgaria is pushing hard for a naval presence in the Black Sea.")).toEqual(["BG maritime supports"]);
  });

  it("does not read standing behind one's own pledge as support", () => {
    expect(
      cells(
        extract(
          "Britain stands firmly behind Ukraine and will send troops after a ceasefire, the prime minister said.",
        ),
      ),
    ).not.toContain("GB troops supports");
  });
});

describe("a call on a group of countries is the speaker's view", () => {
  it("gives what Europe or the allies should do to the named speaker's country", () => {
    expect(
      cells(extract("European countries should monitor any ceasefire line, the Finnish foreign minister said.")),
    ).toEqual(["FI monitoring supports"]);
    expect(cells(extract("The allies must not send troops to Ukraine, the Russian foreign minister said."))).toEqual([
      "RU troops opposes",
    ]);
  });

  it("needs a named speaker and a call, not a pledge", () => {
    expect(extract("European countries should monitor any ceasefire line.")).toEqual([]);
    expect(
      cells(extract("European countries will monitor any ceasefire line, the Finnish foreign minister said.")),
    ).not.toContain("FI monitoring supports");
  });
});

describe("a plan under an idiom of support is what is endorsed", () => {
  it("reads 'thrown its weight behind a plan to monitor' as support, as 'backs a plan to monitor' is", () => {
    expect(cells(extract("Austria has thrown its weight behind a plan to monitor the ceasefire line."))).toEqual([
      "AT monitoring supports",
    ]);
    expect(cells(extract("Ireland has advocated a plan to deploy a reassurance force in Ukraine."))).toEqual([
      "IE troops supports",
    ]);
  });

  it("keeps a plan of one's own a pledge", () => {
    expect(cells(extract("Austria plans to monitor the ceasefire line."))).toEqual(["AT monitoring committed"]);
  });
});

describe("a poll the speaker sets aside, and a concession fronted before the subject", () => {
  it("reads the government's pledge despite the poll or the critics it names", () => {
    expect(
      cells(
        extract(
          "Despite polls showing most Dutch voters against it, the Netherlands will send two minehunters to the Black Sea, Defence Minister Ruben Brekelmans said.",
        ),
      ),
    ).toEqual(["NL maritime committed"]);
    expect(
      cells(
        extract(
          "Prime Minister Luc Frieden said the new survey would not change Luxembourg's decision to fund drones for Ukraine.",
        ),
      ),
    ).toEqual(["LU arms committed"]);
    expect(cells(extract("Regardless of what the opposition says, Latvia will send troops to Ukraine."))).toEqual([
      "LV troops committed",
    ]);
    expect(
      cells(extract("In spite of warnings from analysts, Lithuania will send instructors to train Ukrainian troops.")),
    ).toEqual(["LT training committed"]);
  });

  it("still reads a poll's finding, the opposition as subject, and a concession after it as nobody's", () => {
    expect(
      extract(
        "Despite the government's pledge, a poll found 60 percent of Belgians oppose sending soldiers to Ukraine.",
      ),
    ).toEqual([]);
    expect(extract("A survey found most Swedes support sending troops to Ukraine, regardless of the cost.")).toEqual(
      [],
    );
    expect(
      extract("Despite the government's pledge, the opposition leader said Latvia should not send troops to Ukraine."),
    ).toEqual([]);
  });
});

describe("forces, jets and weapons placed in another country are not for Ukraine", () => {
  it("sets aside a unit grown where it is stationed, a sky that is an ally's, weapons stationed in an ally", () => {
    expect(extract("Canada will double its presence in Latvia to 2,200 soldiers by 2026.")).toEqual([]);
    expect(extract("About 400 Italian soldiers serve with the NATO mission in Kosovo, the ministry said.")).toEqual([]);
    expect(extract("Spain will keep 600 troops in the UN mission in southern Lebanon next year.")).toEqual([]);
    expect(extract("Dutch F-35s will police the airspace of Poland and the Baltic states this year.")).toEqual([]);
    expect(extract("Germany will deploy two more Patriot systems in Lithuania, the defence ministry said.")).toEqual(
      [],
    );
  });

  it("keeps troops, skies and weapons for Ukraine, and a refusal beside a unit abroad", () => {
    expect(cells(extract("Sweden will increase its contingent to 800 troops once a ceasefire is agreed."))).toEqual([
      "SE troops conditional",
    ]);
    expect(cells(extract("Germany, which has a brigade in Lithuania, will not send troops to Ukraine."))).toEqual([
      "DE troops ruled_out",
    ]);
    expect(cells(extract("Sweden is ready to help patrol the skies over western Ukraine."))).toEqual([
      "SE air committed",
    ]);
    expect(
      cells(extract("Germany will deliver two more Patriot systems to Ukraine, the defence ministry said.")),
    ).toEqual(["DE arms committed"]);
    expect(cells(extract("Spain will send Hawk missiles to Ukraine in March."))).toEqual(["ES arms committed"]);
  });
});

describe("countries told of a position by tellers the text does not name", () => {
  it("gives the position to none of the countries told", () => {
    expect(
      extract("Five countries have told Britain and France that they are ready to send troops to Ukraine."),
    ).toEqual([]);
    expect(
      extract(
        "Several allies have assured Poland and the Baltic states that they would send jets to patrol Ukrainian airspace.",
      ),
    ).toEqual([]);
  });

  it("keeps a named teller, and coordinated reporters who tell reporters", () => {
    expect(cells(extract("Macron told Starmer and Merz that France was ready to send troops to Ukraine."))).toEqual([
      "FR troops committed",
    ]);
    expect(cells(extract("Britain and France told reporters that they are ready to send troops to Ukraine."))).toEqual([
      "FR troops committed",
      "GB troops committed",
    ]);
  });
});

describe("Russian state media's claims about another country's plans", () => {
  it("reads no position of the country the claim is about", () => {
    expect(extract("RIA Novosti reported that Poland was preparing to send troops into western Ukraine.")).toEqual([]);
    expect(
      extract("Russian state television claimed that Britain was preparing to deploy jets over western Ukraine."),
    ).toEqual([]);
  });

  it("still reads what the claim says of Russia, an official who tells a Russian paper, and other outlets", () => {
    expect(
      cells(
        extract(
          "Citing the SVR, TASS reported that Russia would regard any Western troops in Ukraine as legitimate targets.",
        ),
      ),
    ).toEqual(["RU troops opposes"]);
    expect(
      cells(
        extract(
          "Russian Deputy Foreign Minister Alexander Grushko told Izvestia that NATO troops in Ukraine would be legitimate targets.",
        ),
      ),
    ).toEqual(["RU troops opposes"]);
  });
});

describe("a mandate for a force names the force", () => {
  it("reads a veto or block of the mandate as opposing the force, backing it as support", () => {
    expect(cells(extract("China said it would block a UN mandate for a European force in Ukraine."))).toEqual([
      "CN troops opposes",
    ]);
    expect(cells(extract("Italy would back a UN mandate for a European force in Ukraine, Meloni said."))).toEqual([
      "IT troops supports",
    ]);
  });

  it("keeps a backstop for a force its beneficiary", () => {
    expect(
      cells(extract("The United States will provide a backstop for the European force, the envoy said.")),
    ).not.toContain("US troops committed");
  });
});

describe("jets named by model as the ones that fly the air mission", () => {
  it("reads the jets' mission as air, not arms", () => {
    expect(cells(extract("Danish F-16s will help patrol Ukrainian airspace after a ceasefire."))).toEqual([
      "DK air conditional",
    ]);
    expect(
      cells(extract("Belgium's F-16 fighters could be used to police Ukraine's skies, the defence minister said.")),
    ).toEqual(["BE air considering"]);
  });

  it("keeps jets delivered beside an air mission of one's own as arms", () => {
    expect(
      cells(
        extract("The Netherlands will deliver more F-16s and will help patrol Ukrainian airspace after a ceasefire."),
      ),
    ).toEqual(["NL air conditional", "NL arms committed"]);
  });
});

describe("a refusal and a second predicate of wanting, support or pledge after 'and'", () => {
  it("reads the second predicate in a clause of its own", () => {
    expect(
      cells(
        extract("Sybiha said Ukraine would not accept empty promises and wanted guarantees modelled on Article 5."),
      ),
    ).toEqual(["UA article5 supports"]);
    expect(cells(extract("Poland will not send troops and pledged to serve as a logistics hub, Tusk said."))).toEqual([
      "PL logistics committed",
      "PL troops ruled_out",
    ]);
  });

  it("keeps the refusal where no second predicate names a type, and coordinated subjects together", () => {
    expect(cells(extract("Hungary will not send weapons and supports an immediate ceasefire, Orban said."))).toEqual([
      "HU arms ruled_out",
    ]);
    expect(cells(extract("Britain and France wanted guarantees modelled on Article 5, their leaders said."))).toEqual([
      "FR article5 supports",
      "GB article5 supports",
    ]);
  });
});
