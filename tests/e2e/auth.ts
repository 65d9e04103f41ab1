// Signs demo users in through next-auth's credentials API (not the form) and keeps their cookies.
import { request, type Browser, type BrowserContext } from "@playwright/test";
import path from "node:path";

export const DEMO_PASSWORD = "neuron-demo";
// PLAYWRIGHT_AUTH_DIR keeps two runs against different servers (their own secrets) from sharing cookies.
export const STATE_DIR = path.resolve(
  process.env.PLAYWRIGHT_AUTH_DIR ?? path.join(import.meta.dirname, "../../test-results/.auth"),
);

export const stateFile = (email: string) => path.join(STATE_DIR, `${email}.json`);

export async function signInState(baseURL: string, email: string): Promise<void> {
  const ctx = await request.newContext({ baseURL });
  const { csrfToken } = (await (await ctx.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await ctx.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password: DEMO_PASSWORD, json: "true" },
  });
  if (!res.ok()) throw new Error(`sign-in failed for ${email}: ${res.status()}`);
  await ctx.storageState({ path: stateFile(email) });
  await ctx.dispose();
}

export async function contextAs(browser: Browser, email: string): Promise<BrowserContext> {
  return browser.newContext({ storageState: stateFile(email) });
}
