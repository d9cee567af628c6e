import crypto from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { getAuth, isHttpsDeployment, trustedOriginsFor } from "./auth";
import { handleAuthRequest, MAX_AUTH_BODY_BYTES } from "./http";
import { authorizeUser, type Role } from "./roles";
import { resolveSessionUser } from "./session-user";
import { accountAddressLimitKey, SIGN_IN_ATTEMPTS_PER_ACCOUNT_AND_ADDRESS, SIGN_IN_PER_IP } from "./sign-in-limits";
import { createUserAccount, setUserDisabled } from "./users";

const ORIGIN = "http://127.0.0.1:3100";

function token(): string {
  return crypto.randomUUID().slice(0, 8);
}

/** A fresh client address per test, so that per-IP counts never leak between tests. */
function randomIp(): string {
  const bytes = crypto.randomBytes(3);
  return `10.${bytes[0]}.${bytes[1]}.${bytes[2]}`;
}

async function makeUser(role: Role = "editor", password = `pw-${crypto.randomUUID()}`) {
  const user = await createUserAccount(
    { email: `${role}-${token()}@example.org`, name: `Test ${role}`, role, password },
    { actorId: null },
  );
  return { ...user, password };
}

/** A POST to better-auth's HTTP endpoint, as a browser on the e2e origin would send it. */
async function post(path: string, body: unknown, options: { ip?: string; cookie?: string } = {}): Promise<Response> {
  const headers = new Headers({
    "content-type": "application/json",
    origin: ORIGIN,
    "x-forwarded-for": options.ip ?? randomIp(),
  });
  if (options.cookie) headers.set("cookie", options.cookie);
  return handleAuthRequest(
    getAuth(),
    new Request(`${ORIGIN}/api/auth${path}`, { method: "POST", headers, body: JSON.stringify(body) }),
  );
}

async function signInOverHttp(email: string, password: string, ip?: string) {
  const response = await post("/sign-in/email", { email, password }, { ip });
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
  return { response, cookie };
}

function cookieHeaders(cookie: string): Headers {
  return new Headers({ cookie, host: "127.0.0.1:3100" });
}

beforeEach(async () => {
  await getDb().rateLimit.deleteMany({});
});

describe("passwords", () => {
  it("are stored as argon2id hashes, never in clear", async () => {
    const user = await makeUser("editor", "a long enough passphrase");
    const account = await getDb().account.findFirstOrThrow({ where: { userId: user.id, providerId: "credential" } });
    expect(account.password).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(account.password).not.toContain("passphrase");
  });
});

describe("signing in", () => {
  it("works with the right password and gives a session the app recognises", async () => {
    const user = await makeUser("editor");
    const { response, cookie } = await signInOverHttp(user.email, user.password);
    expect(response.status).toBe(200);
    expect(cookie).toContain("better-auth.session_token=");
    expect(await resolveSessionUser(cookieHeaders(cookie))).toEqual({
      id: user.id,
      email: user.email,
      name: "Test editor",
      role: "editor",
    });
    expect(await getDb().session.count({ where: { userId: user.id } })).toBe(1);
  });

  it("accepts the email in any case", async () => {
    const user = await makeUser("editor");
    const { response } = await signInOverHttp(user.email.toUpperCase(), user.password);
    expect(response.status).toBe(200);
  });

  it("refuses a wrong password and an unknown email alike, with no session", async () => {
    const user = await makeUser("editor");
    const wrong = await signInOverHttp(user.email, `${user.password}x`);
    const unknown = await signInOverHttp(`nobody-${token()}@example.org`, user.password);
    expect(wrong.response.status).toBe(401);
    expect(unknown.response.status).toBe(401);
    expect(wrong.cookie).not.toContain("session_token=");
    expect(await getDb().session.count({ where: { userId: user.id } })).toBe(0);
  });

  it("works through the server-side API that the sign-in action uses", async () => {
    const user = await makeUser("admin");
    const result = await getAuth().api.signInEmail({
      body: { email: user.email, password: user.password },
      headers: new Headers({ "x-forwarded-for": randomIp(), host: "127.0.0.1:3100" }),
    });
    expect(result.user.id).toBe(user.id);
  });

  it("offers no public sign-up", async () => {
    const email = `visitor-${token()}@example.org`;
    const overHttp = await post("/sign-up/email", { email, password: "a long enough passphrase", name: "Visitor" });
    expect(overHttp.status).toBe(401);
    await expect(
      getAuth().api.signUpEmail({ body: { email, password: "a long enough passphrase", name: "Visitor" } }),
    ).rejects.toThrow();
    expect(await getDb().user.count({ where: { email } })).toBe(0);
  });

  it("signs out by deleting the session row", async () => {
    const user = await makeUser("editor");
    const { cookie } = await signInOverHttp(user.email, user.password);
    const response = await post("/sign-out", {}, { cookie });
    expect(response.status).toBe(200);
    expect(await resolveSessionUser(cookieHeaders(cookie))).toBeNull();
    expect(await getDb().session.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("a disabled user", () => {
  it("loses their open sessions at once and cannot sign in again until re-enabled", async () => {
    const admin = await makeUser("admin");
    const user = await makeUser("editor");
    const { cookie } = await signInOverHttp(user.email, user.password);
    expect(await resolveSessionUser(cookieHeaders(cookie))).not.toBeNull();

    await setUserDisabled({ userId: user.id, disabled: true, note: "left the team" }, { actorId: admin.id });

    expect(await resolveSessionUser(cookieHeaders(cookie))).toBeNull();
    expect(await getDb().session.count({ where: { userId: user.id } })).toBe(0);
    const again = await signInOverHttp(user.email, user.password);
    expect(again.response.status).toBe(403);
    expect(await again.response.json()).toMatchObject({ code: "BANNED_USER" });

    await setUserDisabled({ userId: user.id, disabled: false }, { actorId: admin.id });
    expect((await signInOverHttp(user.email, user.password)).response.status).toBe(200);
  });

  it("counts as signed out even if a session row survived", async () => {
    const user = await makeUser("editor");
    const { cookie } = await signInOverHttp(user.email, user.password);
    // The cookie is good until the change below, so the null after it is the change's doing.
    expect(await resolveSessionUser(cookieHeaders(cookie))).toMatchObject({ id: user.id });
    // As if the account were banned by some path that forgot to delete sessions.
    await getDb().user.update({ where: { id: user.id }, data: { banned: true } });
    expect(await resolveSessionUser(cookieHeaders(cookie))).toBeNull();
  });

  it("records who disabled and re-enabled whom, and why, in the audit log", async () => {
    const admin = await makeUser("admin");
    const user = await makeUser("editor");
    await setUserDisabled({ userId: user.id, disabled: true, note: "laptop stolen" }, { actorId: admin.id });
    await setUserDisabled({ userId: user.id, disabled: false, note: "new laptop" }, { actorId: admin.id });
    const events = await getDb().auditEvent.findMany({
      where: { entityType: "user", entityId: user.id },
      orderBy: { at: "asc" },
    });
    expect(events.map((event) => [event.action, event.actorId, event.note])).toEqual([
      ["user.create", null, null],
      ["user.disable", admin.id, "laptop stolen"],
      ["user.enable", admin.id, "new laptop"],
    ]);
    expect(JSON.parse(events[1]!.before!)).toMatchObject({ email: user.email, disabled: false });
    expect(JSON.parse(events[1]!.after!)).toMatchObject({ email: user.email, disabled: true });
    expect(events.some((event) => `${event.before}${event.after}`.includes("argon2"))).toBe(false);
  });

  it("cannot be oneself", async () => {
    const admin = await makeUser("admin");
    await expect(setUserDisabled({ userId: admin.id, disabled: true }, { actorId: admin.id })).rejects.toMatchObject({
      code: "CANNOT_DISABLE_SELF",
    });
  });
});

describe("creating accounts", () => {
  it("refuses a second account for the same email, whatever its case", async () => {
    const user = await makeUser("editor");
    await expect(
      createUserAccount(
        { email: user.email.toUpperCase(), name: "Twin", role: "editor", password: "a long enough passphrase" },
        { actorId: null },
      ),
    ).rejects.toMatchObject({
      code: "EMAIL_TAKEN",
      fieldErrors: { email: [expect.stringContaining("already exists")] },
    });
    expect(await getDb().user.count({ where: { email: user.email } })).toBe(1);
  });
});

describe("the per-account limit", () => {
  const rule = SIGN_IN_ATTEMPTS_PER_ACCOUNT_AND_ADDRESS;

  it(`refuses an address after ${rule.max} failed attempts at one account, even with the right password, and no other`, async () => {
    const user = await makeUser("editor");
    const bystander = await makeUser("editor");
    const attacker = randomIp();
    for (let attempt = 0; attempt < rule.max; attempt++) {
      expect((await signInOverHttp(user.email, "wrong password!", attacker)).response.status).toBe(401);
    }
    const locked = await signInOverHttp(user.email, user.password, attacker);
    expect(locked.response.status).toBe(429);
    expect(await locked.response.json()).toMatchObject({ code: "ACCOUNT_LOCKED" });
    // Through the server-side API too, and in any letter case.
    await expect(
      getAuth().api.signInEmail({
        body: { email: user.email.toUpperCase(), password: user.password },
        headers: new Headers({ "x-forwarded-for": attacker, host: "127.0.0.1:3100" }),
      }),
    ).rejects.toMatchObject({ statusCode: 429 });
    // The owner, from their own address, is not locked out; other accounts are not either.
    expect((await signInOverHttp(user.email, user.password, randomIp())).response.status).toBe(200);
    expect((await signInOverHttp(bystander.email, bystander.password, attacker)).response.status).toBe(200);
  });

  it(`checks at most ${rule.max} passwords when 30 guesses arrive at once`, async () => {
    const user = await makeUser("editor");
    const attacker = randomIp();
    const statuses = await Promise.all(
      Array.from({ length: 30 }, (_, i) => signInOverHttp(user.email, `wrong password ${i}`, attacker)),
    );
    const checked = statuses.filter(({ response }) => response.status === 401).length;
    expect(checked).toBeLessThanOrEqual(rule.max);
    expect(statuses.filter(({ response }) => response.status === 429).length).toBe(30 - checked);
  });

  it("lets the address try again once the window has passed since its last attempt", async () => {
    const user = await makeUser("editor");
    const ip = randomIp();
    for (let attempt = 0; attempt < rule.max; attempt++) await signInOverHttp(user.email, "wrong password!", ip);
    const past = BigInt(Date.now() - rule.window * 1000 - 1000);
    await getDb().rateLimit.update({
      where: { key: accountAddressLimitKey(user.email, ip) },
      data: { lastRequest: past },
    });
    expect((await signInOverHttp(user.email, user.password, ip)).response.status).toBe(200);
  });

  it("forgets earlier failures after a successful sign-in", async () => {
    const user = await makeUser("editor");
    const ip = randomIp();
    for (let attempt = 0; attempt < rule.max - 1; attempt++) await signInOverHttp(user.email, "wrong password!", ip);
    expect((await signInOverHttp(user.email, user.password, ip)).response.status).toBe(200);
    expect(await getDb().rateLimit.count({ where: { key: accountAddressLimitKey(user.email, ip) } })).toBe(0);
    expect((await signInOverHttp(user.email, "wrong password!", ip)).response.status).toBe(401);
    expect((await signInOverHttp(user.email, user.password, ip)).response.status).toBe(200);
  });
});

describe("the session cookie and the trusted origins", () => {
  it("is HttpOnly and SameSite=Lax, and Secure exactly when the public address is HTTPS", async () => {
    const user = await makeUser("editor");
    const { response } = await signInOverHttp(user.email, user.password);
    const sessionCookie = response.headers.getSetCookie().find((line) => line.includes("session_token"));
    expect(sessionCookie).toMatch(/HttpOnly/i);
    expect(sessionCookie).toMatch(/SameSite=Lax/i);
    expect(sessionCookie).not.toMatch(/Secure/i);
    expect(isHttpsDeployment({ BETTER_AUTH_URL: "https://tracker.example.org" })).toBe(true);
    expect(isHttpsDeployment({ BETTER_AUTH_URL: "http://127.0.0.1:3000" })).toBe(false);
    expect(isHttpsDeployment({})).toBe(false);
  });

  it("trust only the configured origin when there is one, local hosts otherwise", () => {
    expect(trustedOriginsFor({ BETTER_AUTH_URL: "https://tracker.example.org/" })).toEqual([
      "https://tracker.example.org",
    ]);
    expect(trustedOriginsFor({})).toEqual(["http://localhost:*", "http://127.0.0.1:*"]);
  });
});

describe("what an anonymous sign-in can store", () => {
  it("refuses a body over the limit before better-auth reads it, and stores nothing", async () => {
    const rowsBefore = await getDb().rateLimit.count();
    const huge = await post("/sign-in/email", { email: `${"a".repeat(20 * 1024 * 1024)}@example.org`, password: "x" });
    expect(huge.status).toBe(413);
    expect(await getDb().rateLimit.count()).toBe(rowsBefore);
    // Also when no length is declared: the body is read only up to the limit.
    const streamed = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(new Uint8Array(64 * 1024).fill(0x61));
      },
    });
    const request = new Request(`${ORIGIN}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN, "x-forwarded-for": randomIp() },
      body: streamed,
      duplex: "half",
    } as RequestInit);
    expect((await handleAuthRequest(getAuth(), request)).status).toBe(413);
  });

  it("keeps rate-limit keys short whatever email is tried", async () => {
    const email = `${"b".repeat(MAX_AUTH_BODY_BYTES - 200)}@example.org`;
    expect((await signInOverHttp(email, "wrong password!")).response.status).toBeLessThan(500);
    const keys = await getDb().rateLimit.findMany({ select: { key: true } });
    expect(keys.length).toBeGreaterThan(0);
    for (const { key } of keys) expect(key.length).toBeLessThan(100);
  });
});

describe("what the rate limiter counts", () => {
  async function rowsOf(ip: string): Promise<number> {
    return getDb().rateLimit.count({ where: { key: { contains: ip } } });
  }
  function get(path: string, ip: string): Promise<Response> {
    return handleAuthRequest(
      getAuth(),
      new Request(`${ORIGIN}/api/auth${path}`, { headers: { origin: ORIGIN, "x-forwarded-for": ip } }),
    );
  }

  it("not the health check nor the session check, which write nothing; a sign-in attempt, which does", async () => {
    const ip = randomIp();
    expect((await get("/ok", ip)).status).toBe(200);
    expect((await get("/get-session", ip)).status).toBe(200);
    expect(await rowsOf(ip)).toBe(0);
    expect((await signInOverHttp(`nobody-${token()}@example.org`, "wrong password!", ip)).response.status).toBe(401);
    expect(await rowsOf(ip)).toBeGreaterThan(0);
  });
});

describe("the per-IP limit", () => {
  it(`refuses the attempt after ${SIGN_IN_PER_IP.max} from one address, over HTTP and through the server-side API alike`, async () => {
    const ip = randomIp();
    const user = await makeUser("editor");
    for (let attempt = 0; attempt < SIGN_IN_PER_IP.max - 1; attempt++) {
      expect((await signInOverHttp(`nobody-${token()}@example.org`, "wrong password!", ip)).response.status).toBe(401);
    }
    // The last allowed attempt goes through the API: both paths count in the same bucket.
    await expect(
      getAuth().api.signInEmail({
        body: { email: `nobody-${token()}@example.org`, password: "wrong password!" },
        headers: new Headers({ "x-forwarded-for": ip, host: "127.0.0.1:3100" }),
      }),
    ).rejects.toMatchObject({ statusCode: 401 });
    expect((await signInOverHttp(user.email, user.password, ip)).response.status).toBe(429);
    await expect(
      getAuth().api.signInEmail({
        body: { email: user.email, password: user.password },
        headers: new Headers({ "x-forwarded-for": ip, host: "127.0.0.1:3100" }),
      }),
    ).rejects.toMatchObject({ statusCode: 429, body: { code: "TOO_MANY_ATTEMPTS_FROM_IP" } });
    expect((await signInOverHttp(user.email, user.password, randomIp())).response.status).toBe(200);
  });
});

describe("roles", () => {
  it("requireUser's check: 401 signed out, 403 for an editor on admin work, admin satisfies editor", async () => {
    const editor = await makeUser("editor");
    const admin = await makeUser("admin");
    const editorUser = await resolveSessionUser(
      cookieHeaders((await signInOverHttp(editor.email, editor.password)).cookie),
    );
    const adminUser = await resolveSessionUser(
      cookieHeaders((await signInOverHttp(admin.email, admin.password)).cookie),
    );
    const signedOut = await resolveSessionUser(new Headers({ host: "127.0.0.1:3100" }));

    expect(() => authorizeUser(signedOut, "editor")).toThrow(
      expect.objectContaining({ code: "UNAUTHENTICATED", httpStatus: 401 }),
    );
    expect(() => authorizeUser(editorUser, "admin")).toThrow(
      expect.objectContaining({ code: "FORBIDDEN", httpStatus: 403 }),
    );
    expect(authorizeUser(editorUser, "editor").role).toBe("editor");
    expect(authorizeUser(adminUser, "editor").role).toBe("admin");
    expect(authorizeUser(adminUser, "admin").id).toBe(admin.id);
  });

  it("a role the app does not know counts as signed out", async () => {
    const user = await makeUser("editor");
    const { cookie } = await signInOverHttp(user.email, user.password);
    // The cookie is good until the change below, so the null after it is the change's doing.
    expect(await resolveSessionUser(cookieHeaders(cookie))).toMatchObject({ id: user.id });
    await getDb().user.update({ where: { id: user.id }, data: { role: "user" } });
    expect(await resolveSessionUser(cookieHeaders(cookie))).toBeNull();
  });
});

describe("better-auth's admin endpoints over HTTP", () => {
  it("answer 401 signed out and 403 signed in, and change nothing", async () => {
    const editor = await makeUser("editor");
    const admin = await makeUser("admin");
    const email = `intruder-${token()}@example.org`;
    const body = { email, password: "a long enough passphrase", name: "Intruder", role: "admin" };

    expect((await post("/admin/create-user", body)).status).toBe(401);
    expect((await post("/admin/ban-user", { userId: admin.id })).status).toBe(401);
    expect((await post("/admin/set-role", { userId: editor.id, role: "admin" })).status).toBe(401);
    const editorCookie = (await signInOverHttp(editor.email, editor.password)).cookie;
    expect((await post("/admin/set-role", { userId: editor.id, role: "admin" }, { cookie: editorCookie })).status).toBe(
      403,
    );
    expect((await post("/update-user", { name: "Renamed" }, { cookie: editorCookie })).status).toBe(403);
    // Not even an admin: account changes go through the audited admin pages.
    const adminCookie = (await signInOverHttp(admin.email, admin.password)).cookie;
    expect((await post("/admin/create-user", body, { cookie: adminCookie })).status).toBe(403);

    expect(await getDb().user.count({ where: { email } })).toBe(0);
    expect((await getDb().user.findUniqueOrThrow({ where: { id: editor.id } })).role).toBe("editor");
    expect((await getDb().user.findUniqueOrThrow({ where: { id: editor.id } })).name).toBe("Test editor");
    expect((await getDb().user.findUniqueOrThrow({ where: { id: admin.id } })).banned).toBe(false);
  });
});
