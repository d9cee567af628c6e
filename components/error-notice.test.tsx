import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import PageError from "@/app/error";
import AdminError from "@/app/admin/error";
import IngestError from "@/app/ingest/error";

const failure = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { digest: "2718281828" });

describe("the error pages of the segments", () => {
  for (const [segment, ErrorPage] of [
    ["public pages", PageError],
    ["ingest", IngestError],
    ["admin", AdminError],
  ] as const) {
    it(`${segment}: apologise, quote the digest, offer a retry, never show the internals`, () => {
      const html = renderToStaticMarkup(<ErrorPage error={failure} reset={() => {}} />);
      expect(html).toContain("could not be loaded");
      expect(html).toContain("Reference: 2718281828");
      expect(html).toContain("Try again");
      expect(html).not.toContain("ECONNREFUSED");
    });
  }
});
