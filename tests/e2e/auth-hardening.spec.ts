// Issue 13, items 1 and 4: the sign-in page never sends anyone to another origin, and a session that
// ended (sign-out, "sign out everywhere") stops working for every copy of its cookie at once.
import { expect, request, test, type APIRequestContext } from "@playwright/test";
import { DEMO_PASSWORD } from "./auth";

const SESSION_COOKIE = "next-auth.session-token";
// The reported payload, and a few more of the same families, as they appear in the query string.
const REPORTED = "%2F..%2F%2Fevil.example%2Fphish";
const PAYLOADS = [
  REPORTED,
  "%2F%2Fevil.example",
  "%2F%5Cevil.example",
  "%2F%09%2Fevil.example",
  "%2F%252e%252e%2F%2Fevil.example",
  "JaVaScRiPt%3Aalert(1)",
  "https%3A%2F%2Fportal%40evil.example",
];

// Users no other spec signs in with, so ending their sessions disturbs nothing else.
const READER = "security2@neuron.test";
const EVERYWHERE = "cab3@neuron.test";

async function signedIn(baseURL: string, email: string): Promise<APIRequestContext> {
  const ctx = await request.newContext({ baseURL });
  const { csrfToken } = (await (await ctx.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await ctx.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password: DEMO_PASSWORD, json: "true" },
  });
  expect(res.ok(), `sign-in as ${email}`).toBe(true);
  return ctx;
}

// A second client holding a copy of the same cookie: what an attacker who captured it would send.
async function copyOf(ctx: APIRequestContext, baseURL: string): Promise<APIRequestContext> {
  const cookie = (await ctx.storageState()).cookies.find((c) => c.name === SESSION_COOKIE);
  expect(cookie?.value).toBeTruthy();
  return request.newContext({
    baseURL,
    extraHTTPHeaders: { cookie: `${SESSION_COOKIE}=${cookie!.value}`, origin: baseURL },
  });
}

test("signed in, /login?callbackUrl=<another origin> redirects to the portal's home, never away", async ({
  baseURL,
}) => {
  const api = await signedIn(baseURL!, READER);
  for (const payload of PAYLOADS) {
    const res = await api.get(`/login?callbackUrl=${payload}`, { maxRedirects: 0 });
    expect(res.status(), payload).toBe(307);
    const location = res.headers()["location"] ?? "";
    expect(location, payload).toBe("/");
    expect(new URL(location, baseURL).origin).toBe(new URL(baseURL!).origin);
  }
  // A path on the portal still comes back.
  const kept = await api.get(`/login?callbackUrl=${encodeURIComponent("/services?tier=CRITICAL")}`, {
    maxRedirects: 0,
  });
  expect(kept.headers()["location"]).toBe("/services?tier=CRITICAL");
  await api.dispose();
});

test("signed out, the sign-in form with the reported callbackUrl lands on the portal", async ({
  page,
  baseURL,
}) => {
  await page.goto(`/login?callbackUrl=${REPORTED}`);
  await page.getByLabel("Email").fill(READER);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("current-user")).toContainText("Sasha Security");
  expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
});

test("after sign-out a captured cookie neither reads, nor creates, nor renews", async ({ baseURL }) => {
  const api = await signedIn(baseURL!, READER);
  const thief = await copyOf(api, baseURL!);
  const incident = {
    title: "Captured cookie check",
    description: "Reported with a copied session cookie",
    severity: "P4",
  };
  expect((await thief.get("/api/me")).status()).toBe(200);
  expect((await thief.post("/api/incidents", { data: incident })).status()).toBe(201);

  const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
  expect((await api.post("/api/auth/signout", { form: { csrfToken, json: "true" } })).ok()).toBe(true);

  expect((await thief.get("/api/me")).status()).toBe(401);
  expect((await thief.post("/api/incidents", { data: incident })).status()).toBe(401);
  const renewal = await thief.get("/api/auth/session");
  expect(await renewal.json()).not.toHaveProperty("userId");
  await api.dispose();
  await thief.dispose();
});

test("“Sign out everywhere” ends this browser and every other one, and goes to the sign-in page", async ({
  browser,
  baseURL,
}) => {
  const api = await signedIn(baseURL!, EVERYWHERE);
  const elsewhere = await signedIn(baseURL!, EVERYWHERE);
  const context = await browser.newContext({ storageState: await api.storageState() });
  const page = await context.newPage();
  await page.goto("/settings/tokens");
  const sessions = page.getByRole("region", { name: "Signed-in browsers" });
  await expect(sessions.getByRole("listitem")).toHaveCount(2);
  await expect(sessions.getByText("This browser")).toHaveCount(1);

  page.once("dialog", (dialog) => void dialog.accept());
  await sessions.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/login$/);
  expect((await elsewhere.get("/api/me")).status()).toBe(401);
  expect((await page.request.get("/api/me")).status()).toBe(401);
  await page.goto("/settings/tokens");
  await expect(page).toHaveURL(/\/login/);
  await api.dispose();
  await elsewhere.dispose();
  await context.close();
});
