import { describe, expect, it } from "vitest";
import { findCountry } from "@/lib/reference/countries";
import { parsePinnedInstant } from "@/lib/view-state/pinned";
import { isPinnedUrl, sharedViewKey } from "./shared-view-cache.mjs";
import {
  notReadyAnswer,
  READINESS_PATH,
  WARM_UP_COUNTRY,
  WARM_UP_READY_AFTER_MS,
  warmUp,
  warmUpPaths,
  warmUpSummary,
} from "./warm-up.mjs";

const STARTED_AT = Date.UTC(2026, 11, 7, 6, 30, 15, 250);

describe("warmUpPaths", () => {
  const paths = warmUpPaths(STARTED_AT);

  it("renders the matrix and a country page live and cited, and the cited API answers of both", () => {
    expect(paths).toEqual([
      "/",
      "/?v=2026-12-07T06%3A30%3A15.250Z",
      "/countries/fr",
      "/countries/fr?v=2026-12-07T06%3A30%3A15.250Z",
      "/api/v1/matrix?v=2026-12-07T06%3A30%3A15.250Z",
      "/api/v1/countries/fr?v=2026-12-07T06%3A30%3A15.250Z",
    ]);
  });

  it("cites the instant the server started, which the views take as a pinned instant once it is past", () => {
    for (const path of paths.filter((candidate) => candidate.includes("v="))) {
      const value = new URL(path, "http://localhost").searchParams.get("v");
      expect(parsePinnedInstant(value, new Date(STARTED_AT + 1))?.getTime(), path).toBe(STARTED_AT);
      expect(isPinnedUrl(path, STARTED_AT + 1), path).toBe(true);
    }
  });

  it("asks for a country the reference data has, on paths the route cache takes as shared views", () => {
    expect(findCountry(WARM_UP_COUNTRY)).toBeDefined();
    for (const path of paths) {
      const key = sharedViewKey({ method: "GET", url: path, headers: {}, protocol: "http", today: "2026-12-07" });
      expect(key, path).not.toBeNull();
    }
  });
});

describe("warmUp", () => {
  it("renders the paths one after the other, each once the one before has answered", async () => {
    const events: string[] = [];
    const results = await warmUp(["/a", "/b", "/c"], async (path) => {
      events.push(`start ${path}`);
      await new Promise((resolve) => setTimeout(resolve, 1));
      events.push(`end ${path}`);
      return { status: 200 };
    });
    expect(events).toEqual(["start /a", "end /a", "start /b", "end /b", "start /c", "end /c"]);
    expect(results.map((result) => [result.path, result.status])).toEqual([
      ["/a", 200],
      ["/b", 200],
      ["/c", 200],
    ]);
  });

  it("goes on after a render that fails or answers an error, and never rejects", async () => {
    let clock = 0;
    const results = await warmUp(
      ["/fails", "/missing", "/fine"],
      async (path) => {
        clock += 10;
        if (path === "/fails") throw new Error("connection refused");
        return { status: path === "/missing" ? 404 : 200 };
      },
      () => clock,
    );
    expect(results).toEqual([
      { path: "/fails", status: 0, ms: 10 },
      { path: "/missing", status: 404, ms: 10 },
      { path: "/fine", status: 200, ms: 10 },
    ]);
    expect(warmUpSummary(results)).toBe(
      "warmed up: 1 of 3 views rendered in 30 ms (not rendered: /fails 0, /missing 404)",
    );
  });
});

describe("notReadyAnswer", () => {
  it("answers a readiness check 503, never cached, while the warm-up runs", () => {
    for (const [method, url] of [
      ["GET", READINESS_PATH],
      ["HEAD", READINESS_PATH],
      ["GET", `${READINESS_PATH}?probe=1`],
    ] as const) {
      const answer = notReadyAnswer(method, url, false);
      expect(answer?.status, `${method} ${url}`).toBe(503);
      expect(answer?.headers["cache-control"]).toBe("no-store");
      expect(JSON.parse(answer!.body)).toEqual({ status: "warming-up" });
    }
  });

  it("keeps a starting instance out of rotation for half a minute at most, well beyond a warm-up's seconds", () => {
    expect(WARM_UP_READY_AFTER_MS).toBeGreaterThanOrEqual(15_000);
    expect(WARM_UP_READY_AFTER_MS).toBeLessThanOrEqual(30_000);
  });

  it("leaves the readiness check to the app once the warm-up is done", () => {
    expect(notReadyAnswer("GET", READINESS_PATH, true)).toBeNull();
  });

  it("leaves every other request alone, warm-up or not", () => {
    for (const url of ["/", "/api/health", "/api/readiness", `/countries/fr?next=${READINESS_PATH}`])
      expect(notReadyAnswer("GET", url, false), url).toBeNull();
    expect(notReadyAnswer("POST", READINESS_PATH, false)).toBeNull();
  });
});
