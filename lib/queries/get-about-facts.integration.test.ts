import { beforeEach, describe, expect, it } from "vitest";
import { createIngestDraft, decideDraftPosition, publishDraft, saveDraftPosition } from "@/lib/ingest/drafts";
import {
  createPublishedArticle,
  createTestEditor,
  draftTestArticle,
  positionEditOf,
  uniqueToken,
} from "@/lib/test/factories";
import { resetContent } from "@/lib/test/reset-content";
import { getIngestDraft } from "./get-ingest-draft";
import { readDialect, readRows } from "@/lib/db/read-sql";
import { DECISIONS_SQL, getAboutFacts } from "./get-about-facts";

beforeEach(resetContent);

describe("getAboutFacts", () => {
  it("counts the engine's proposals accepted as proposed, edited and rejected, per type", async () => {
    const editor = await createTestEditor();
    const token = uniqueToken();
    const created = await createIngestDraft(draftTestArticle(token, `Valletta and Reykjavik ${token}`), editor.id);
    if (created.status !== "draft") throw new Error(`expected a draft, got ${created.status}`);
    const { positions } = (await getIngestDraft(created.draftId))!;
    const proposal = (country: string, commitment: string) => {
      const found = positions.find((p) => p.country === country && p.commitment === commitment);
      if (!found) throw new Error(`no ${country} ${commitment} proposal in ${JSON.stringify(positions)}`);
      return found;
    };

    // Saved through the editor without a change: still accepted as proposed.
    await saveDraftPosition(created.draftId, positionEditOf(proposal("PT", "maritime")), "accepted");
    await saveDraftPosition(
      created.draftId,
      positionEditOf(proposal("NO", "monitoring"), { speaker: "Jonas Gahr Store" }),
      "accepted",
    );
    await decideDraftPosition(created.draftId, proposal("NO", "troops").id, "rejected");
    const { version } = (await getIngestDraft(created.draftId))!;
    expect(await publishDraft(created.draftId, { version, confirmContradictions: true }, editor.id)).toMatchObject({
      status: "published",
    });
    // A position published without the engine (no confidence) is no decision on a proposal.
    await createPublishedArticle({
      published: "2026-01-13",
      positions: [
        { country: "IS", commitment: "maritime", stance: "committed", sentence: "Iceland will send a ship." },
      ],
    });

    const decisions = new Map((await getAboutFacts()).decisions.map((row) => [row.type, row]));
    expect(decisions.get("maritime")).toEqual({ type: "maritime", acceptedAsProposed: 1, edited: 0, rejected: 0 });
    expect(decisions.get("monitoring")).toEqual({ type: "monitoring", acceptedAsProposed: 0, edited: 1, rejected: 0 });
    expect(decisions.get("troops")).toEqual({ type: "troops", acceptedAsProposed: 0, edited: 0, rejected: 1 });
  });

  it("counts the decisions from an index alone, not from every commitment's row", async () => {
    if (readDialect() === "sqlite") {
      const plan = (await readRows(`EXPLAIN QUERY PLAN ${DECISIONS_SQL}`)).map((row) => String(row.detail)).join("\n");
      expect(plan).toContain("USING COVERING INDEX Commitment_reviewState_type_proposalEdited_confidence_idx");
      expect(plan).not.toContain("TEMP B-TREE");
    } else {
      const [index] = await readRows(
        `SELECT indexdef FROM pg_indexes WHERE indexname = 'Commitment_reviewState_type_proposalEdited_confidence_idx'`,
      );
      expect(String(index?.indexdef)).toContain(`("reviewState", type, "proposalEdited", confidence)`);
    }
  });
});
