import { expect, request, test } from "@playwright/test";
import { contextAs } from "./auth";

test("a user creates an API token, sees it once, uses it, and revokes it", async ({ browser, baseURL }) => {
  const context = await contextAs(browser, "engineer@neuron.test");
  const page = await context.newPage();
  await page.goto("/settings/tokens");
  await page.getByLabel("Name").fill("deploy pipeline");
  await page.getByRole("button", { name: "Create token" }).click();
  const secret = (await page.getByTestId("new-token").textContent())!.trim();
  expect(secret).toMatch(/^nops_/);

  const api = await request.newContext({ baseURL, extraHTTPHeaders: { authorization: `Bearer ${secret}` } });
  const me = await api.get("/api/me");
  expect(me.status()).toBe(200);
  expect(await me.json()).toMatchObject({ email: "engineer@neuron.test", roles: ["ENGINEER"] });

  await page.getByRole("button", { name: "Done" }).click();
  await expect(page.getByTestId("new-token")).toHaveCount(0);
  const row = page.getByRole("row", { name: /deploy pipeline/ });
  await expect(row.getByText("Active")).toBeVisible();
  page.once("dialog", (dialog) => void dialog.accept());
  await row.getByRole("button", { name: "Revoke" }).click();
  await expect(row.getByText("Revoked")).toBeVisible();
  expect((await api.get("/api/me")).status()).toBe(401);
  await api.dispose();
  await context.close();
});

test("security reads the audit log with before and after of a change", async ({ browser }) => {
  const manager = await contextAs(browser, "manager@neuron.test");
  const managerPage = await manager.newPage();
  await managerPage.goto("/services/search");
  await managerPage.getByRole("button", { name: "Edit" }).click();
  await managerPage.getByLabel("Owner").fill("Search Guild");
  await managerPage.getByRole("button", { name: "Save changes" }).click();
  await expect(managerPage.getByText("Search Guild")).toBeVisible();
  await manager.close();

  const security = await contextAs(browser, "security@neuron.test");
  const page = await security.newPage();
  await page.goto("/audit");
  await page.getByLabel("Action").fill("service.update");
  const row = page.getByRole("row", { name: /manager@neuron\.test.*service\.update.*service\/search/ });
  await expect(row).toBeVisible();
  await row.click();
  const ownerChange = page.getByRole("row", { name: /^owner/ });
  await expect(ownerChange.getByRole("cell", { name: "Platform Team", exact: true })).toBeVisible();
  await expect(ownerChange.getByRole("cell", { name: "Search Guild", exact: true })).toBeVisible();
  await security.close();
});

test("an engineer is shown that the audit log is not for their role", async ({ browser }) => {
  const context = await contextAs(browser, "engineer@neuron.test");
  const page = await context.newPage();
  await page.goto("/audit");
  await expect(page.getByText("Your roles do not give access to this page")).toBeVisible();
  await context.close();
});

test("repeated failed sign-ins are limited with 429 and Retry-After, and the form says so", async ({
  page,
  baseURL,
}) => {
  const api = await request.newContext({ baseURL });
  const attempt = async (password: string) => {
    const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
    return api.post("/api/auth/callback/credentials", {
      form: { csrfToken, email: "engineer2@neuron.test", password, json: "true" },
    });
  };
  for (let i = 0; i < 5; i++) expect((await attempt("wrong")).status()).toBe(401);
  const limited = await attempt("neuron-demo");
  expect(limited.status()).toBe(429);
  expect(Number(limited.headers()["retry-after"])).toBeGreaterThan(60);
  expect(limited.headers()["content-type"]).toContain("application/problem+json");
  await api.dispose();

  await page.goto("/login");
  await page.getByLabel("Email").fill("engineer2@neuron.test");
  await page.getByLabel("Password").fill("neuron-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Too many failed sign-ins" })).toBeVisible();
});

test("pages and API answers carry the security headers", async ({ page, request: api }) => {
  const response = await page.goto("/login");
  const headers = response!.headers();
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["strict-transport-security"]).toContain("max-age=");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  const health = await api.get("/api/health");
  expect(await health.json()).toEqual({ status: "ok", database: "ok" });
  expect(health.headers()["content-security-policy"]).toContain("default-src 'none'");
});
