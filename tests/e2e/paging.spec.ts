// Escalation end to end, on a short policy of its own: a P1 on a service whose policy pages the demo
// "Platform primary" schedule's on-call person, then after 1 minute without an acknowledgement the ops
// manager. The incident page's Escalation panel shows whom step 1 paged and when step 2 comes; a minute
// later step 2 has paged the manager, whose outbox holds the page's e-mail (the demo has no SMTP server).
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { contextAs, signInState } from "./auth";

const MANAGER = "manager@neuron.test";
const ENGINEER = "engineer@neuron.test";

test("a P1 pages the person on call, nobody acknowledges, and the next step pages the manager on time", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  await signInState(baseURL!, MANAGER);
  await signInState(baseURL!, ENGINEER);
  const manager = await contextAs(browser, MANAGER);
  const api = manager.request;
  const headers = { origin: baseURL! };
  const stamp = Date.now();
  const slug = `paging-e2e-${stamp}`;

  // A service of its own, so this short policy pages nobody for other specs' incidents.
  expect(
    (
      await api.post("/api/services", {
        headers,
        data: { slug, name: `Paging e2e ${stamp}`, owner: "Platform", tier: "STANDARD" },
      })
    ).status(),
  ).toBe(201);
  const schedules = (await (await api.get("/api/schedules")).json()) as {
    items: { id: string; name: string }[];
  };
  const primary = schedules.items.find((s) => s.name === "Platform primary")!;
  const onCall = (await (await api.get(`/api/schedules/${primary.id}/on-call`)).json()) as {
    person: { id: string; name: string } | null;
  };
  expect(onCall.person, "the demo schedule has someone on call now").not.toBeNull();
  const me = (await (await api.get("/api/me")).json()) as { id: string; name: string };
  const policy = await api.post("/api/escalation-policies", {
    headers,
    data: {
      name: `Paging e2e ${stamp}`,
      scope: { serviceSlug: slug },
      steps: [
        { targets: [{ kind: "schedule", scheduleId: primary.id }], waitMinutes: 1 },
        { targets: [{ kind: "user", userId: me.id }], waitMinutes: 1 },
      ],
      repeat: 0,
    },
  });
  expect(policy.status()).toBe(201);

  // The engineer reports the P1; nobody acknowledges it.
  const engineer = await contextAs(browser, ENGINEER);
  const reported = await engineer.request.post("/api/incidents", {
    headers,
    data: {
      title: `Paging e2e ${stamp}: checkout down`,
      description: "Every checkout request fails.",
      severity: "P1",
      impact: "OUTAGE",
      affectedServices: [slug],
    },
  });
  expect(reported.status()).toBe(201);
  const { key } = (await reported.json()) as { key: string };
  const reportedAt = Date.now();

  const page = await manager.newPage();
  await page.goto(`/incidents/${key}`);
  const panel = page.getByTestId("paging-panel");
  await expect(panel).toContainText("Paging", { timeout: 20_000 });
  await expect(panel).toContainText(`Paging e2e ${stamp}`);
  const steps = panel.getByTestId("paging-steps").getByRole("listitem");
  await expect(steps.nth(0)).toContainText(`paged ${onCall.person!.name}`, { timeout: 20_000 });
  await expect(steps.nth(1)).toContainText("due");
  await expect(panel.getByTestId("paging-next")).toContainText("Next step");
  // Nobody took it: the person on call owns it.
  await expect(page.getByText(`Assigned to ${onCall.person!.name}: on call`)).toBeVisible({
    timeout: 20_000,
  });
  expect(
    (await new AxeBuilder({ page }).include('[data-testid="paging-panel"]').analyze()).violations,
  ).toEqual([]);

  // One minute after the report (plus the job's wake-up), step 2 pages the manager.
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId("paging-steps").getByRole("listitem").nth(1)).toContainText(
      `paged ${me.name}`,
      {
        timeout: 2_000,
      },
    );
  }).toPass({ timeout: 100_000, intervals: [2_000] });
  const escalatedAfter = (Date.now() - reportedAt) / 1000;
  expect(escalatedAfter).toBeGreaterThanOrEqual(59);
  await expect(page.getByTestId("paging-panel")).toContainText("Every step paged");

  // The manager's page went out by e-mail: in the demo it is kept in the outbox.
  const log = (await (await api.get("/api/notification-deliveries?channel=EMAIL")).json()) as {
    items: { event: string; incidentKey: string | null; status: string }[];
  };
  expect(
    log.items.some(
      (d) => d.incidentKey === key && d.event === "incident.escalated" && d.status === "DELIVERED",
    ),
  ).toBe(true);

  // Leave no open P1 behind for the other specs: acknowledge, then resolve.
  for (const status of ["IN_PROGRESS", "RESOLVED"] as const) {
    const current = (await (await api.get(`/api/incidents/${key}`)).json()) as { version: number };
    const moved = await api.patch(`/api/incidents/${key}`, {
      headers,
      data: {
        version: current.version,
        status,
        ...(status === "RESOLVED" ? { resolution: "Paging test over." } : {}),
      },
    });
    expect(moved.status()).toBe(200);
  }
  await manager.close();
  await engineer.close();
});
