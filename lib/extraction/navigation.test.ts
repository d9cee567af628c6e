import { describe, expect, it } from "vitest";
import { proposeArticleFields } from "./article";

const PROSE =
  "Norway will send two frigates to the Black Sea to help with demining, the defence minister said on Tuesday.";

describe("raw pastes with navigation above the article", () => {
  it("skips a breadcrumb line and takes the headline as the title", () => {
    for (const crumbs of ["Home / World / Europe", "News > Politics", "Start » Ukraine » Security"]) {
      const fields = proposeArticleFields(
        `${crumbs}\nOslo pledges frigates for the Black Sea\n03.02.2026\n\n${PROSE}\n`,
      );
      expect(fields.title).toBe("Oslo pledges frigates for the Black Sea");
      expect(fields.published).toBe("2026-02-03");
    }
  });

  it("keeps a headline that merely contains a slash", () => {
    const fields = proposeArticleFields(`Rome rules out troops, backs monitoring and air/sea patrols\n\n${PROSE}\n`);
    expect(fields.title).toBe("Rome rules out troops, backs monitoring and air/sea patrols");
  });
});
