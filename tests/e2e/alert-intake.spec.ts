// Alert intake end to end: a manager creates an Alertmanager integration and sees its secret once; an
// Alertmanager notification sent with that secret opens an incident the queue marks as an alert; its page
// lists the alert with its labels as text (HTML in a label stays text); the integration's page shows the
// notification in its log, its counts, and a test alert sent from the page.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { contextAs, signInState, stateFile } from "./auth";

const MANAGER = "manager@neuron.test";

test("a manager connects Alertmanager; its alert opens an incident marked as an alert, shown as text, and logged on the integration", async ({
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  await signInState(String(test.info().project.use.baseURL), MANAGER);
  const context = await contextAs(browser, MANAGER);
  const page = await context.newPage();
  const stamp = Date.now();
  const name = `Prod Alertmanager ${stamp}`;
  const summary = `Checkout error rate above 5% ${stamp}`;

  // Create the integration in the UI: the secret is shown once, with the configuration to paste.
  await page.goto("/integrations/new");
  const form = page.getByRole("form", { name: "Create integration" });
  await expect(form.getByRole("button", { name: "Create integration" })).toBeEnabled();
  await form.getByLabel("Name", { exact: true }).fill(name);
  await expect(form.getByRole("radio", { name: /^Alertmanager/ })).toBeChecked();
  await form.getByRole("button", { name: "Create integration" }).click();
  const created = page.getByTestId("integration-created");
  await expect(created).toBeVisible();
  await expect(page.getByTestId("secret-once")).toContainText("you will not see it again");
  await expect(page.getByRole("button", { name: "Copy secret" })).toBeVisible();
  const secret = (await page.getByTestId("integration-secret").textContent())!.trim();
  expect(secret.length).toBeGreaterThan(20);
  const id = (await created.getAttribute("data-id"))!;
  const intakePath = `/api/integrations/${id}/alertmanager`;
  await expect(page.getByTestId("config-alertmanager")).toContainText(
    `url: ${new URL(page.url()).origin}${intakePath}`,
  );

  // Alertmanager's webhook, as it sends it: Bearer secret, payload version 4, a label holding HTML.
  // severity "warning" (P3): a P1 left open here would sit above the P1s other specs report and watch.
  const startsAt = new Date().toISOString();
  const sent = await request.post(intakePath, {
    headers: { authorization: `Bearer ${secret}` },
    data: {
      version: "4",
      groupKey: `{}:{alertname="E2EHighErrorRate",run="${stamp}"}`,
      truncatedAlerts: 0,
      status: "firing",
      receiver: "neuron-ops",
      groupLabels: { alertname: "E2EHighErrorRate" },
      commonLabels: { alertname: "E2EHighErrorRate", severity: "warning" },
      commonAnnotations: { summary },
      externalURL: "http://alertmanager.example:9093",
      notification_reason: "new alerts",
      alerts: [
        {
          status: "firing",
          labels: { alertname: "E2EHighErrorRate", severity: "warning", note: "<b>x</b>" },
          annotations: { summary },
          startsAt,
          endsAt: "0001-01-01T00:00:00Z",
          generatorURL: "http://prometheus.example:9090/graph?g0.expr=rate",
          fingerprint: `e2e${stamp}`,
        },
      ],
    },
  });
  expect(sent.status()).toBe(200);
  // The secret is no credential anywhere else.
  expect(
    (await request.get("/api/incidents", { headers: { authorization: `Bearer ${secret}` } })).status(),
  ).toBe(401);

  // The queue shows the new incident, marked as an alert (processing is asynchronous: reload until it is in).
  const row = page.getByTestId("incident-row").filter({ hasText: summary });
  await expect(async () => {
    await page.goto(`/incidents?q=${encodeURIComponent(String(stamp))}`);
    await expect(row).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  // Screen readers also hear which integration ("… from Prod Alertmanager …").
  await expect(row.getByTestId("incident-source")).toHaveText(`Alert · 1 alert · fired 1 from ${name}`);
  const key = (await row.getAttribute("data-key"))!;

  // Its page: who opened it, the Alerts panel with the label as literal text, and the suspect changes.
  await page.goto(`/incidents/${key}`);
  await expect(page.getByTestId("alert-source")).toHaveText(`Opened by ${name} · 1 alert · fired once`);
  const alerts = page.getByTestId("alerts-panel");
  await expect(alerts.getByTestId("alert-item")).toHaveCount(1);
  await expect(alerts.getByTestId("alert-label").filter({ hasText: "note=" })).toHaveText("note=<b>x</b>");
  await expect(alerts.locator("b")).toHaveCount(0);
  await expect(alerts.getByRole("link", { name: "Source" })).toHaveAttribute("rel", /noopener/);
  await expect(page.getByTestId("suspect-changes")).toBeVisible();

  // The integration's page: the notification in the log (body as text, linked incident) and the counts.
  await page.goto(`/integrations/${id}`);
  const entry = page.getByTestId("notification-row").first();
  await expect(entry).toHaveAttribute("data-state", "PROCESSED");
  await expect(entry.getByRole("link", { name: key })).toBeVisible();
  await entry.locator("summary").click();
  await expect(entry.getByTestId("notification-body")).toContainText('"note": "<b>x</b>"');
  await expect(page.locator('[data-testid="integration-counts"] [data-testid="count-received"]')).toHaveText(
    "1",
  );
  await expect(page.locator('[data-testid="integration-counts"] [data-testid="count-opened"]')).toHaveText(
    "1",
  );

  // A test alert from the page goes through the same intake path and lands in the log.
  await page.getByTestId("send-test-alert").click();
  await expect(page.getByText("Test alert recorded")).toBeVisible();
  await expect(page.getByTestId("notification-row")).toHaveCount(2);
  await expect(page.locator('[data-testid="integration-counts"] [data-testid="count-received"]')).toHaveText(
    "2",
  );

  // The list shows it with its counts.
  await page.goto("/integrations");
  const listed = page.getByTestId("integration-row").filter({ hasText: name });
  await expect(listed.getByTestId("count-received")).toHaveText("2");
  await context.close();
});

test("the integration pages and an alert incident's panels have no serious or critical axe violation, light and dark, desktop and phone; engineers see Integrations in the navigation, executives do not", async ({
  browser,
  baseURL,
  request,
}) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const manager = await contextAs(browser, MANAGER);
  const created = await manager.request.post("/api/integrations", {
    headers: { origin: baseURL! },
    data: {
      name: `Axe Alertmanager ${stamp}`,
      kind: "ALERTMANAGER",
      rules: [{ matchers: [{ label: "team", op: "=~", value: "db|cache" }], severity: "P2" }],
    },
  });
  expect(created.status()).toBe(201);
  const { id, secret } = (await created.json()) as { id: string; secret: string };
  const summary = `Axe alert ${stamp}`;
  const sent = await request.post(`/api/integrations/${id}/alertmanager`, {
    headers: { authorization: `Bearer ${secret}` },
    data: {
      version: "4",
      groupKey: `{}:{alertname="AxeAlert",run="${stamp}"}`,
      status: "firing",
      commonAnnotations: { summary },
      alerts: [
        {
          status: "firing",
          labels: { alertname: "AxeAlert", team: "db" },
          startsAt: new Date().toISOString(),
        },
      ],
    },
  });
  expect(sent.status()).toBe(200);
  let key = "";
  await expect(async () => {
    const log = await manager.request.get(`/api/integrations/${id}/notifications`);
    const [entry] = ((await log.json()) as { items: { incidentKey: string | null }[] }).items;
    expect(entry?.incidentKey).toBeTruthy();
    key = entry!.incidentKey!;
  }).toPass({ timeout: 30_000 });
  await manager.close();

  const paths = ["/integrations", "/integrations/new", `/integrations/${id}`, `/incidents/${key}`];
  const findings: string[] = [];
  for (const colorScheme of ["light", "dark"] as const)
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 390, height: 844 },
    ]) {
      const context = await browser.newContext({ storageState: stateFile(MANAGER), colorScheme, viewport });
      const page = await context.newPage();
      for (const path of paths) {
        await page.goto(path);
        await page.locator("main").first().waitFor();
        await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 15_000 });
        if (path.startsWith("/incidents/")) await expect(page.getByTestId("alert-item")).toHaveCount(1);
        if (path === `/integrations/${id}`) await expect(page.getByTestId("notification-row")).toHaveCount(1);
        const results = await new AxeBuilder({ page })
          .options({ rules: { "target-size": { enabled: true } } })
          .analyze();
        for (const v of results.violations)
          if (v.impact === "serious" || v.impact === "critical")
            findings.push(
              `${path} ${colorScheme} ${viewport.width}: ${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
            );
      }
      // No sideways scrolling on a phone.
      if (viewport.width === 390)
        expect(
          await page.evaluate(() => document.scrollingElement!.scrollWidth),
          `${colorScheme} phone`,
        ).toBeLessThanOrEqual(390);
      await page.goto("about:blank");
      await context.close();
    }
  expect(findings.join("\n")).toBe("");

  for (const [email, sees] of [
    ["engineer@neuron.test", true],
    ["executive@neuron.test", false],
  ] as const) {
    const context = await contextAs(browser, email);
    const page = await context.newPage();
    await page.goto("/services");
    const link = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Integrations" });
    await expect(link).toHaveCount(sees ? 1 : 0);
    if (sees) {
      // g n opens it, as the help lists.
      await page.locator("body").click({ position: { x: 5, y: 5 } });
      await expect(async () => {
        await page.keyboard.press("g");
        await page.keyboard.press("n");
        await expect(page).toHaveURL(/\/integrations$/, { timeout: 1_000 });
      }).toPass({ timeout: 15_000 });
    }
    await page.goto("about:blank");
    await context.close();
  }
});
