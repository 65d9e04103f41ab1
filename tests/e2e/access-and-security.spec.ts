import { expect, test, type Page } from "@playwright/test";
import { contextAs } from "./auth";

// A UTC instant as a datetime-local input holds it (to the second). Chromium drops ":00" seconds from
// such a value, so whole minutes are avoided.
function utcInputSoon(secondsAhead: number): { input: string; iso: string } {
  let ms = Math.ceil((Date.now() + secondsAhead * 1000) / 1000) * 1000;
  if (new Date(ms).getUTCSeconds() === 0) ms += 1000;
  const iso = new Date(ms).toISOString();
  return { input: iso.slice(0, 19), iso };
}

async function approveFromQueue(page: Page, id: string, comment: string): Promise<string[]> {
  await page.goto("/access");
  // Values typed before hydration are reset by React: let the page's scripts load first.
  await page.waitForLoadState("networkidle");
  const card = page.locator(`[data-testid="queue-card"][data-id="${id}"]`);
  await expect(card).toBeVisible();
  await expect(card).toContainText("Erin Engineer");
  // A click that lands before the queue has hydrated is lost: retry until the request left the queue (a
  // resent approval counts once, with the expiry of the first).
  const tried: string[] = [];
  await expect(async () => {
    if (await card.count()) {
      const expiry = utcInputSoon(25);
      await card.getByLabel("Shorter expiry (UTC)").fill(expiry.input, { timeout: 1000 });
      await card.getByLabel("Comment").fill(comment, { timeout: 1000 });
      // Only click once both values are still there (a hydration in between would have cleared them).
      await expect(card.getByLabel("Shorter expiry (UTC)")).toHaveValue(expiry.input, { timeout: 1000 });
      await expect(card.getByLabel("Comment")).toHaveValue(comment, { timeout: 1000 });
      tried.push(expiry.iso);
      await card.getByRole("button", { name: "Approve" }).click({ timeout: 1000 });
    }
    await expect(card).toHaveCount(0, { timeout: 4000 });
  }).toPass({ timeout: 20_000 });
  return tried;
}

test("an engineer requests WRITE access, security approves it with a shorter expiry, and it expires on time", async ({
  browser,
}) => {
  // Two people, and a grant that must run out: well past the default budget.
  test.setTimeout(180_000);
  const engineerContext = await contextAs(browser, "engineer@neuron.test");
  const securityContext = await contextAs(browser, "security@neuron.test");
  const engineer = await engineerContext.newPage();
  const resource = `db:ledger-${Date.now()} (replica)`;

  // The request, through the form; an engineer has no decision queue.
  await engineer.goto("/access");
  await expect(engineer.getByRole("heading", { name: "Access", exact: true })).toBeVisible();
  await expect(engineer.getByRole("heading", { name: "Waiting for a decision" })).toHaveCount(0);
  const form = engineer.getByRole("form", { name: "Request access" });
  const write = form.getByRole("radio", { name: /WRITE/ });
  await expect(async () => {
    await write.check({ force: true, timeout: 1000 });
    await expect(write).toBeChecked({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await form.getByLabel("Resources", { exact: true }).fill(resource);
  await form.getByLabel("Resources", { exact: true }).press("Enter");
  await expect(form.getByTestId("resource-tag")).toHaveText([resource]);
  await form.getByLabel("Justification").fill("Backfill invoice numbers after the numbering change.");
  await form.getByLabel("Duration (days)").fill("7");
  await form.getByRole("button", { name: "Request access" }).click();
  const created = form.getByTestId("request-created");
  await expect(created).toContainText(`WRITE on ${resource}`);
  const id = (await created.getByRole("link").getAttribute("href"))!.split("/").pop()!;
  const mine = engineer.getByTestId("my-requests").locator(`[data-testid="access-row"][data-id="${id}"]`);
  await expect(mine.getByTestId("access-status")).toHaveAttribute("data-status", "PENDING");

  // Security approves it from the queue, cutting the 7 days to about 25 seconds (UTC).
  const security = await securityContext.newPage();
  const tried = await approveFromQueue(security, id, "Replica only; half a minute is enough.");

  // The engineer sees the grant approved, with that expiry and a running countdown.
  await engineer.goto(`/access/${id}`);
  await expect(engineer.getByTestId("access-status")).toHaveAttribute("data-status", "APPROVED");
  const expiry = engineer.getByTestId("grant-expiry");
  await expect(expiry).toContainText("UTC");
  expect(tried).toContain(await expiry.getAttribute("data-expires-at"));
  await expect(engineer.getByTestId("expiry-countdown")).toHaveText(/^(in \d+ s|ending now)$/);
  await expect(engineer.getByTestId("approval-count")).toHaveText("1 of 1");
  await expect(engineer.getByText("“Replica only; half a minute is enough.”").first()).toBeVisible();

  // Once the expiry passes, the grant shows as expired (the server's exact-time job; the sweep is the backstop).
  await expect(async () => {
    await engineer.reload();
    await expect(engineer.getByTestId("access-status")).toHaveAttribute("data-status", "EXPIRED", {
      timeout: 5000,
    });
  }).toPass({ timeout: 100_000, intervals: [2000, 5000] });
  await expect(engineer.getByTestId("access-history")).toContainText("Expired");
  await expect(engineer.getByTestId("access-actions")).toContainText("Nothing to do: the request is expired");
  await engineer.goto("/access");
  await expect(mine.getByTestId("access-status")).toHaveAttribute("data-status", "EXPIRED");
  await engineerContext.close();
  await securityContext.close();
});

test("failed sign-ins in a browser raise an anomaly that security finds and triages in the queue", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  // An account nobody signs in with: the run's other sign-ins are not locked out.
  const intruder = `intruder-${Date.now()}@neuron.test`;
  const anonymous = await browser.newContext();
  const login = await anonymous.newPage();
  let attempts = 0;
  login.on("response", (r) => {
    if (r.url().includes("/api/auth/callback/credentials") && r.request().method() === "POST") attempts += 1;
  });
  await login.goto("/login");
  for (let i = 1; i <= 5; i++) {
    // A click before the form has hydrated is lost: retry until the attempt reached the server.
    await expect(async () => {
      if (attempts < i) {
        await login.getByLabel("Email").fill(intruder, { timeout: 1000 });
        await login.getByLabel("Password").fill("not-the-password", { timeout: 1000 });
        await login.getByRole("button", { name: "Sign in" }).click({ timeout: 2000 });
      }
      await expect.poll(() => attempts, { timeout: 8000 }).toBeGreaterThanOrEqual(i);
    }).toPass({ timeout: 30_000 });
    await expect(
      login.getByRole("alert").filter({ hasText: /not right|Too many failed sign-ins/ }),
    ).toBeVisible();
  }
  await anonymous.close();

  // Security sees the anomaly, filtered by its rule (kept in the URL) and found by the account.
  const securityContext = await contextAs(browser, "security@neuron.test");
  const page = await securityContext.newPage();
  await page.goto("/security");
  await expect(page.getByRole("heading", { name: "Security", exact: true })).toBeVisible();
  await expect(async () => {
    await page
      .getByLabel("Filter by detection rule")
      .selectOption("repeated-failed-sign-ins-account", { timeout: 1000 });
    await expect(page).toHaveURL(/rule=repeated-failed-sign-ins-account/, { timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  const row = page.locator('[data-testid="security-row"]').filter({ hasText: intruder });
  await expect(row).toHaveCount(1, { timeout: 20_000 });
  await expect(row.getByTestId("event-rule")).toContainText("repeated-failed-sign-ins-account");
  await expect(row.getByTestId("event-severity")).toHaveAttribute("data-severity", "HIGH");
  await expect(row).toHaveAttribute("data-investigated", "false");
  await expect(row).toContainText(`5 failed sign-ins for ${intruder} within 15 minutes`);
  await expect(page.getByTestId("export-csv")).toHaveAttribute(
    "href",
    /format=csv.*rule=repeated-failed-sign-ins-account/,
  );

  // The sign-in attempts themselves are in the queue too: "/" searches, j selects, Enter opens.
  await page.getByLabel("Filter by detection rule").selectOption("");
  await page.locator("body").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("/");
  await expect(page.getByLabel("Search security events")).toBeFocused();
  await page.keyboard.type(intruder);
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(intruder).replaceAll(".", "\\.")}`));
  await expect(page.getByTestId("security-row").filter({ hasText: "Unknown account" })).toHaveCount(5);
  await page.getByLabel("Filter by type").selectOption("ANOMALY");
  await expect(page.getByTestId("security-row")).toHaveCount(1);
  await page.locator("body").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("j");
  await expect(page.getByTestId("security-row").first()).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/security\/[0-9a-f-]{36}$/);
  await expect(
    page.getByRole("heading", { name: `5 failed sign-ins for ${intruder} within 15 minutes` }),
  ).toBeVisible();

  // Triage: investigated, with a note; the queue shows it no longer as new.
  const triage = page.getByRole("form", { name: "Triage" });
  await expect(async () => {
    await triage.getByLabel("Investigated").check({ timeout: 1000 });
    await expect(triage.getByLabel("Investigated")).toBeChecked({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await triage.getByLabel("Notes").fill("Unknown account guessed from one address; nothing else from it.");
  await triage.getByRole("button", { name: "Save triage" }).click();
  await expect(triage.getByRole("status")).toHaveText("Saved");
  await expect(page.getByTestId("triage-state")).toHaveAttribute("data-state", "investigating");
  await page.goBack();
  await expect(page.getByTestId("security-row").filter({ hasText: intruder })).toHaveAttribute(
    "data-investigated",
    "true",
  );
  await securityContext.close();
});

test("security cannot decide a request they made: the queue says why, and they can cancel it", async ({
  browser,
  baseURL,
}) => {
  const context = await contextAs(browser, "security@neuron.test");
  const page = await context.newPage();
  const created = await page.request.post("/api/access-requests", {
    headers: { origin: baseURL! },
    data: {
      accessType: "READ",
      resources: [`siem:retention-${Date.now()}`],
      justification: "Reviewing the SIEM retention settings.",
      durationDays: 2,
    },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };

  await page.goto("/access");
  // Values typed before hydration are reset by React: let the page's scripts load first.
  await page.waitForLoadState("networkidle");
  const card = page.locator(`[data-testid="queue-card"][data-id="${id}"]`);
  await expect(card.getByTestId("cannot-decide")).toContainText(
    "You cannot decide an access request you made",
  );
  await expect(card.getByRole("button", { name: "Approve" })).toHaveCount(0);

  const mine = page.getByTestId("my-requests").locator(`[data-testid="access-row"][data-id="${id}"]`);
  await expect(mine.getByTestId("access-status")).toHaveAttribute("data-status", "PENDING");
  const confirm = page.getByRole("button", { name: "Yes, cancel it" });
  await expect(async () => {
    if (!(await confirm.isVisible()))
      await mine.getByRole("button", { name: "Cancel", exact: true }).click({ timeout: 1000 });
    await expect(confirm).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await confirm.click();
  await expect(mine.getByTestId("access-status")).toHaveAttribute("data-status", "CANCELLED");
  await expect(card).toHaveCount(0);
  await context.close();
});

test("an admin cannot remove the last active admin: the row says why and nothing changes", async ({
  browser,
}) => {
  const context = await contextAs(browser, "admin@neuron.test");
  const page = await context.newPage();
  await page.goto("/admin/users");
  const row = page.locator('[data-testid="user-row"][data-email="admin@neuron.test"]');
  const active = row.getByLabel("Active: Avery Admin");
  const save = row.getByRole("button", { name: "Save Avery Admin" });
  await expect(async () => {
    await active.uncheck({ timeout: 1000 });
    await expect(save).toBeEnabled({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await save.click();
  await expect(page.getByTestId("user-row-error")).toHaveText(
    "This is the last active admin; make someone else an admin first",
  );
  await page.reload();
  await expect(row.getByLabel("Active: Avery Admin")).toBeChecked();
  await context.close();
});
