import { expect, test, type Locator, type Page } from "@playwright/test";
import { contextAs } from "./auth";

// The figures load in the browser, so a click that lands before hydration is lost: retry until it holds.
async function openTable(page: Page, testId: string): Promise<Locator> {
  const details = page.getByTestId(testId);
  await expect(async () => {
    if ((await details.getAttribute("open")) === null)
      await details.locator("summary").click({ timeout: 1000 });
    await expect(details.getByRole("table")).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  return details.getByRole("table");
}

test("an executive lands on the executive dashboard: tiers against the SLA with their arithmetic, the year's trend, compliance and the lists behind each figure", async ({
  browser,
}) => {
  const context = await contextAs(browser, "executive@neuron.test");
  const page = await context.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/dashboards\/executive$/);
  await expect(page.getByRole("heading", { name: "Executive dashboard" })).toBeVisible();
  await expect(page.getByTestId("updated-at")).toContainText(
    /updated \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}(?::\d{2})? \S+/,
  );

  // One row per tier with the handbook's targets, the services under them.
  const targets = { CRITICAL: "99.9 %", STANDARD: "99.5 %", DEVELOPMENT: "99 %" };
  for (const [tier, target] of Object.entries(targets)) {
    const row = page.locator(`[data-testid="tier-row"][data-tier="${tier}"]`);
    await expect(row).toBeVisible();
    await expect(row).toContainText(target);
    await expect(row).toContainText(/\d+ of \d+ meeting the SLA/);
  }
  const auth = page.locator('[data-testid="availability-service"][data-service="auth"]');
  await expect(auth).toContainText("User Authentication");
  await expect(auth.getByRole("link", { name: /min/ })).toHaveAttribute(
    "href",
    "/incidents?service=auth&status=all",
  );

  // The arithmetic behind a figure, to check by hand.
  const toggle = auth.getByRole("button", { name: "Arithmetic for User Authentication" });
  await expect(async () => {
    if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click({ timeout: 1000 });
    await expect(page.locator("#arithmetic-auth")).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expect(page.locator("#arithmetic-auth li").first()).toBeVisible();

  // Incidents per month by severity: 12 months in the table behind the chart.
  await expect(page.getByTestId("incident-trend")).toContainText("Incidents per month by severity");
  const trend = await openTable(page, "incident-trend-table");
  await expect(trend.locator("tbody tr")).toHaveCount(12);
  await expect(trend.getByRole("link", { name: "P1" })).toHaveAttribute(
    "href",
    /^\/incidents\?status=all&severity=P1&from=\d{4}-\d{2}-01T00%3A00%3A00\.000Z&to=/,
  );

  // SLA compliance per severity, the change, vendor and DR figures, each a link to its list.
  for (const severity of ["P1", "P2", "P3", "P4"])
    await expect(page.locator(`[data-testid="compliance-row"][data-severity="${severity}"]`)).toBeVisible();
  await expect(page.getByTestId("change-figures").getByRole("link", { name: /Rolled back/ })).toHaveAttribute(
    "href",
    /^\/changes\?finishedFrom=[^&]+&finishedTo=[^&]+&outcome=rolled-back$/,
  );
  await expect(page.locator('[data-testid="vendor-action"][data-action="REPLACE"] a')).toHaveAttribute(
    "href",
    "/vendors?action=REPLACE",
  );
  await expect(page.getByTestId("dr-figures")).toContainText("Compliant functions");

  // The period is in the URL.
  await expect(async () => {
    await page.getByRole("radio", { name: "90 days" }).check({ force: true, timeout: 1000 });
    await expect(page).toHaveURL(/range=90d/, { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expect(page.getByText("Last 90 days")).toBeVisible();

  // A month's total opens the incident list limited to that month: the same number of incidents.
  // (The oldest month with incidents: other tests report incidents in this month meanwhile.)
  const monthTotal = (await openTable(page, "incident-trend-table")).getByTestId("trend-month-total").first();
  const counted = Number(await monthTotal.textContent());
  expect(counted).toBeGreaterThan(0);
  await monthTotal.click();
  await expect(page).toHaveURL(
    /\/incidents\?status=all&from=\d{4}-\d{2}-01T00%3A00%3A00\.000Z&to=\d{4}-\d{2}-01T00%3A00%3A00\.000Z$/,
  );
  await expect(page.getByTestId("period-filter")).toHaveText(
    /^Reported \d{4}-\d{2}-01 – \d{4}-\d{2}-(28|29|30|31) \(UTC\)$/,
  );
  await expect(
    page.getByText(counted === 1 ? "1 incident" : `${counted} incidents`, { exact: true }),
  ).toBeVisible();
  await page.getByRole("button", { name: "Remove the period filter" }).click();
  await expect(page).toHaveURL(/\/incidents\?status=all$/);
  await context.close();
});

test("a new P1 reported elsewhere appears on the operations dashboard without a reload", async ({
  browser,
}) => {
  const watcherContext = await contextAs(browser, "manager@neuron.test");
  const reporterContext = await contextAs(browser, "engineer@neuron.test");
  const watcher = await watcherContext.newPage();
  await watcher.goto("/dashboards/operations");
  await expect(watcher.getByRole("heading", { name: "Operations dashboard" })).toBeVisible();
  await expect(watcher.getByTestId("operations-counts")).toBeVisible();
  await expect(watcher.getByTestId("windows").getByTestId("window")).toHaveCount(3);
  const p1Before = Number(await watcher.getByTestId("count-P1").locator("span").nth(1).textContent());

  const reporter = await reporterContext.newPage();
  const origin = String(test.info().project.use.baseURL);
  const created = await reporter.request.post("/api/incidents", {
    headers: { "idempotency-key": crypto.randomUUID(), origin },
    data: {
      title: `Case search returns 500 ${Date.now()}`,
      description: "Every case search fails since a minute ago.",
      severity: "P1",
      affectedServices: ["search"],
    },
  });
  expect(created.status()).toBe(201);
  const { key } = (await created.json()) as { key: string };

  const row = watcher.locator(
    `[data-testid="operations-queue"] [data-testid="incident-row"][data-key="${key}"]`,
  );
  await expect(row).toBeVisible({ timeout: 5000 });
  await expect(row.getByText(/Respond/)).toBeVisible();
  await expect(row.getByText(/\d+ (?:d|h|min|s)\b/).first()).toBeVisible();
  await expect
    .poll(async () => Number(await watcher.getByTestId("count-P1").locator("span").nth(1).textContent()), {
      timeout: 5000,
    })
    .toBeGreaterThan(p1Before);

  // Resolved again, it leaves the dashboard without a reload, and the triage-queue test that runs in
  // the same database still finds its own P1 at the top.
  let version = ((await created.json()) as { version: number }).version;
  for (const change of [
    { status: "IN_PROGRESS" },
    { status: "RESOLVED", resolution: "Search index rebuilt." },
  ]) {
    const res = await reporter.request.patch(`/api/incidents/${key}`, {
      headers: { origin },
      data: { version, ...change },
    });
    expect(res.status()).toBe(200);
    version = ((await res.json()) as { version: number }).version;
  }
  await expect(row).toHaveCount(0, { timeout: 5000 });
  await watcherContext.close();
  await reporterContext.close();
});

test("the application dashboard shows every service against its tier and the handbook's performance and capacity targets", async ({
  browser,
}) => {
  const context = await contextAs(browser, "engineer@neuron.test");
  const page = await context.newPage();
  await page.goto("/dashboards/application?service=search");
  await expect(page.getByRole("heading", { name: "Application dashboard" })).toBeVisible();
  await expect(page.locator('[data-testid="application-row"][data-service="auth"]')).toContainText(
    "User Authentication",
  );
  await expect(page.locator('[data-testid="application-row"][data-service="dev-sandbox"]')).toBeVisible();

  const detail = page.getByTestId("application-detail");
  await expect(detail).toHaveAttribute("data-service", "search");
  await expect(detail.getByRole("heading", { name: "Search" })).toBeVisible();
  await expect(detail.getByTestId("performance-figure")).toHaveCount(4);
  await expect(
    detail.locator('[data-testid="performance-figure"][data-metric="api_latency_ms"]'),
  ).toContainText("p95 < 200 ms");
  await expect(detail.locator('[data-testid="performance-figure"][data-metric="search_ms"]')).toContainText(
    "p95 < 1 s",
  );
  await expect(detail.getByTestId("capacity-row")).toHaveCount(3);
  await expect(detail.getByTestId("capacity-forecast").first()).toContainText(
    /crosses|free on|not rising|too few days|no samples|rising/,
  );

  // Another service from the selector.
  await expect(async () => {
    await page.getByLabel("Service", { exact: true }).selectOption("auth", { timeout: 1000 });
    await expect(detail).toHaveAttribute("data-service", "auth", { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expect(page).toHaveURL(/service=auth/);

  // The portal measuring itself is called out.
  await expect(page.locator('[data-testid="application-row"][data-service="ops-portal"]')).toContainText(
    "this portal",
  );
  await page.goto("/dashboards/application?service=ops-portal");
  await expect(page.getByTestId("self-measurement")).toContainText("This is the portal measuring itself");
  await context.close();
});

test("the security dashboard shows the period's events, what is not investigated, and the access waiting for a decision", async ({
  browser,
}) => {
  const context = await contextAs(browser, "security@neuron.test");
  const page = await context.newPage();
  await page.goto("/dashboards/security");
  await expect(page.getByRole("heading", { name: "Security dashboard" })).toBeVisible();
  await expect(page.getByTestId("total-events")).toBeVisible();
  await expect(page.getByTestId("total-uninvestigated")).toHaveAttribute(
    "href",
    /^\/security\?investigated=false&from=\d{4}-\d{2}-\d{2}T00%3A00%3A00\.000Z&to=\d{4}-\d{2}-\d{2}T00%3A00%3A00\.000Z$/,
  );
  await expect(page.getByTestId("total-admin-grants")).toHaveAttribute(
    "href",
    "/access?status=APPROVED&type=ADMIN&inForce=true#all-requests",
  );

  // The engineer's pending request for the case-management logs.
  const pending = page.getByTestId("pending-request").filter({ hasText: "logs:case-management" });
  await expect(pending).toBeVisible();
  await expect(pending).toContainText("READ");

  // Events per day in the table behind the chart, and by severity with links into the queue.
  const byDay = await openTable(page, "security-events-table");
  await expect(byDay.getByRole("columnheader", { name: "Failed sign-ins" })).toBeVisible();
  expect(await byDay.locator("tbody tr").count()).toBeGreaterThan(0);
  await expect(
    page.locator('[data-testid="severity-row"][data-severity="HIGH"]').getByRole("link").first(),
  ).toHaveAttribute("href", /^\/security\?severity=HIGH&from=[^&]+&to=[^&]+$/);

  // Grants ending within 7 days open the access list filtered to exactly those.
  await page.getByTestId("total-expiring").click();
  await expect(page).toHaveURL(/\/access\?expiring=7#all-requests$/);
  await expect(page.getByTestId("expiring-filter")).toHaveText("Approved grants ending within 7 days");
  await page.getByRole("button", { name: "Remove the expiry filter" }).click();
  await expect(page.getByTestId("expiring-filter")).toHaveCount(0);
  await context.close();
});

test("an engineer sees neither the executive nor the security dashboard, and still lands on the queue", async ({
  browser,
}) => {
  const context = await contextAs(browser, "engineer@neuron.test");
  const page = await context.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/incidents$/);
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Operations dashboard" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Application dashboard" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Executive dashboard" })).toHaveCount(0);
  await expect(nav.getByRole("link", { name: "Security dashboard" })).toHaveCount(0);

  await page.goto("/dashboards/executive");
  await expect(page.getByText("Your roles do not give access to this page")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Executive dashboard" })).toHaveCount(0);
  expect((await page.request.get("/api/dashboards/executive")).status()).toBe(403);
  await page.goto("/dashboards/security");
  await expect(page.getByText("Your roles do not give access to this page")).toBeVisible();
  await context.close();
});

test("the portal's pages report their own web vitals, recorded for the service ops-portal", async ({
  browser,
}) => {
  const context = await contextAs(browser, "engineer@neuron.test");
  const page = await context.newPage();
  const reported = page.waitForResponse(
    (r) => r.url().endsWith("/api/metrics/web-vitals") && r.request().method() === "POST",
    { timeout: 15_000 },
  );
  await page.goto("/incidents");
  expect((await reported).status()).toBe(204);
  await context.close();
});
