import { expect, test } from "@playwright/test";
import { contextAs, stateFile } from "./auth";

const NAV: Record<string, { sees: string[]; hidden: string[] }> = {
  "engineer@neuron.test": { sees: ["Services", "API tokens"], hidden: ["Audit log"] },
  "manager@neuron.test": { sees: ["Services", "API tokens"], hidden: ["Audit log"] },
  "cab1@neuron.test": { sees: ["Services", "API tokens"], hidden: ["Audit log"] },
  "security@neuron.test": { sees: ["Services", "Audit log", "API tokens"], hidden: [] },
  "executive@neuron.test": { sees: ["Services", "API tokens"], hidden: ["Audit log"] },
  "admin@neuron.test": { sees: ["Services", "Audit log", "API tokens"], hidden: [] },
};

test("signing in through the form lands on the portal with the user's name and roles", async ({ page }) => {
  await page.goto("/services");
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel("Email").fill("engineer@neuron.test");
  await page.getByLabel("Password").fill("wrong-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "not right" })).toBeVisible();
  await page.getByLabel("Password").fill("neuron-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/services$/);
  await expect(page.getByTestId("current-user")).toContainText("Erin Engineer");
  await expect(page.getByTestId("current-user")).toContainText("Engineer");
});

for (const [email, nav] of Object.entries(NAV)) {
  test.describe(email, () => {
    test.use({ storageState: stateFile(email) });

    test("sees only the navigation their roles allow", async ({ page }) => {
      await page.goto("/");
      const main = page.getByRole("navigation", { name: "Main" });
      for (const label of nav.sees) await expect(main.getByRole("link", { name: label })).toBeVisible();
      for (const label of nav.hidden) await expect(main.getByRole("link", { name: label })).toHaveCount(0);
      // Leave the portal before the context closes: closing it while the just-loaded page still polls and
      // prefetches has stalled Chromium's context teardown past the test timeout now and then.
      await page.goto("about:blank");
    });
  });
}

test("an ops manager creates a service and edits it", async ({ browser }) => {
  const context = await contextAs(browser, "manager@neuron.test");
  const page = await context.newPage();
  await page.goto("/services");
  await page.getByRole("link", { name: "New service" }).click();
  await page.getByLabel("Name").fill("Payments Gateway");
  await page.getByLabel("Slug").fill("payments-gateway");
  await page.getByLabel("Owner").fill("Payments Team");
  await page.getByLabel("Tier").selectOption("CRITICAL");
  await page.getByRole("button", { name: "Create service" }).click();
  await expect(page).toHaveURL(/\/services\/payments-gateway$/);
  await expect(page.getByRole("heading", { name: "Payments Gateway" })).toBeVisible();
  await expect(page.getByText("Critical · 99.9%")).toBeVisible();

  await page.getByRole("button", { name: "Edit" }).click();
  await page.getByLabel("Owner").fill("Payments SRE");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Payments SRE")).toBeVisible();

  await page.goto("/services");
  await expect(page.getByRole("link", { name: "Payments Gateway" })).toBeVisible();
  await context.close();
});

test("an engineer cannot add services", async ({ browser }) => {
  const context = await contextAs(browser, "engineer@neuron.test");
  const page = await context.newPage();
  await page.goto("/services");
  await expect(page.getByRole("link", { name: "User Authentication" })).toBeVisible();
  await expect(page.getByRole("link", { name: "New service" })).toHaveCount(0);
  await page.goto("/services/new");
  await expect(page.getByText("Your roles do not give access to this page")).toBeVisible();
  await context.close();
});

test("a stale edit shows a conflict instead of overwriting", async ({ browser }) => {
  const first = await contextAs(browser, "manager@neuron.test");
  const second = await contextAs(browser, "admin@neuron.test");
  const a = await first.newPage();
  const b = await second.newPage();
  for (const page of [a, b]) {
    await page.goto("/services/billing");
    await page.getByRole("button", { name: "Edit" }).click();
  }
  await a.getByLabel("Owner").fill("Finance Platform");
  await a.getByRole("button", { name: "Save changes" }).click();
  await expect(a.getByText("Finance Platform")).toBeVisible();

  await b.getByLabel("Owner").fill("Someone Else");
  await b.getByRole("button", { name: "Save changes" }).click();
  await expect(b.getByRole("alert").filter({ hasText: "Someone else changed this service" })).toBeVisible();
  await b.getByRole("button", { name: "Load their version" }).click();
  await expect(b.getByLabel("Owner")).toHaveValue("Finance Platform");

  await b.reload();
  await expect(b.getByText("Finance Platform")).toBeVisible();
  await first.close();
  await second.close();
});

test("signing out ends the session", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill("cab1@neuron.test");
  await page.getByLabel("Password").fill("neuron-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("current-user")).toContainText("Casey CAB");
  await page.getByRole("link", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/services");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fservices/);
  expect((await page.request.get("/api/me")).status()).toBe(401);
});

test("on a phone the navigation opens from the menu button", async ({ browser }) => {
  const context = await browser.newContext({
    storageState: stateFile("admin@neuron.test"),
    viewport: { width: 390, height: 844 },
  });
  const page = await context.newPage();
  await page.goto("/services");
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await page.getByRole("button", { name: "Open navigation" }).click();
  await page.getByRole("dialog", { name: "Navigation" }).getByRole("link", { name: "Audit log" }).click();
  await expect(page).toHaveURL(/\/audit$/);
  await expect(page.getByRole("heading", { name: "Audit log" })).toBeVisible();
  await context.close();
});
