// The triage queue on a 390 px phone: cards instead of a wide table, every fact on screen, triage by tap.
import { expect, test, type Locator } from "@playwright/test";
import { stateFile } from "./auth";

const WIDTH = 390;
const PHONE = {
  viewport: { width: WIDTH, height: 844 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 3,
};
const FACTS = ["severity", "key", "title", "sla", "status", "assignee"] as const;

async function expectOnScreen(locator: Locator) {
  await expect(locator).toBeVisible();
  const box = (await locator.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(WIDTH);
}

test("on a 390 px phone the queue fits the screen, a card shows all six facts, and an incident is taken and acknowledged by tap", async ({
  browser,
  baseURL,
}) => {
  const context = await browser.newContext({ ...PHONE, storageState: stateFile("engineer@neuron.test") });
  const page = await context.newPage();
  // A fresh incident nobody owns, so the test depends on no other test's triage.
  const title = `Phone triage ${Date.now()}`;
  const created = await page.request.post("/api/incidents", {
    headers: { origin: baseURL! },
    data: { title, description: "Checkout latency above 2 s for mobile clients.", severity: "P2" },
  });
  expect(created.status()).toBe(201);
  const { key } = (await created.json()) as { key: string };

  await page.goto("/incidents");
  const cards = page.getByTestId("incident-row");
  await expect(cards.first()).toBeVisible();
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(WIDTH);
  await expect(page.getByRole("columnheader", { name: "SLA" })).toBeHidden();

  const first = cards.first();
  for (const fact of FACTS) await expectOnScreen(first.locator(`[data-column="${fact}"]`));
  await expect(first.locator('[data-column="severity"]')).toContainText(/P[1-4]/);
  await expect(first.locator('[data-column="key"]').getByRole("link")).toHaveText(/^INC-\d{4}-\d+$/);
  // The values themselves, not the screen-reader label each card cell starts with.
  await expect(first.locator('[data-column="title"] [title]')).toHaveAttribute("title", /\S{3,}/);
  await expect(first.locator('[data-column="sla"]')).toContainText(/\d+ (?:d|h|min|s)\b|met|breached/);
  await expect(first.locator('[data-column="status"]')).toContainText(/Open|In progress|Resolved|Closed/);
  await expect(first.locator('[data-column="assignee"] span:not(.sr-only)')).toHaveText(/\p{L}/u);

  const card = page.locator(`[data-testid="incident-row"][data-key="${key}"]`);
  await card.scrollIntoViewIfNeeded();
  for (const fact of FACTS) await expectOnScreen(card.locator(`[data-column="${fact}"]`));
  await expect(card.locator('[data-column="title"]')).toContainText(title);
  await expect(card.locator('[data-column="assignee"]')).toContainText("Unassigned");
  // A tap before hydration does nothing; tapping the card selects it once the page is live.
  await expect(async () => {
    await card.locator('[data-column="title"]').tap();
    await expect(card).toHaveAttribute("aria-selected", "true", { timeout: 1000 });
  }).toPass({ timeout: 15_000 });

  const take = card.getByRole("button", { name: `Assign ${key} to me` });
  const ack = card.getByRole("button", { name: `Acknowledge ${key}` });
  for (const button of [take, ack, card.locator('[data-column="key"]').getByRole("link")]) {
    const box = (await button.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    expect(box.x + box.width).toBeLessThanOrEqual(WIDTH);
  }

  await take.tap();
  await expect(page.getByTestId("triage-status")).toHaveText(`${key} is assigned to you.`);
  await expect(card.locator('[data-column="assignee"]')).toContainText("You");
  await expect(take).toHaveCount(0);

  await ack.tap();
  await expect(page.getByTestId("triage-status")).toHaveText(`${key} acknowledged and assigned to you.`);
  await expect(card.locator('[data-column="status"]')).toContainText("In progress");
  await expect(ack).toHaveCount(0);

  // The server has both: after a reload the card still says so, and still fits the screen.
  await page.reload();
  await expect(card.locator('[data-column="status"]')).toContainText("In progress");
  await expect(card.locator('[data-column="assignee"]')).toContainText("You");
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(WIDTH);
  await context.close();
});

test("the same queue from md up is a table with its column headers", async ({ browser }) => {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    storageState: stateFile("engineer@neuron.test"),
  });
  const page = await context.newPage();
  await page.goto("/incidents");
  for (const name of ["Sev", "Key", "Status", "Assignee", "SLA"])
    await expect(page.getByRole("columnheader", { name, exact: true })).toBeVisible();
  const row = page.getByTestId("incident-row").first();
  // Table cells share one line (on a phone card the status sits below the title).
  const titleBox = (await row.locator('[data-column="title"]').boundingBox())!;
  const statusBox = (await row.locator('[data-column="status"]').boundingBox())!;
  expect(statusBox.y).toBeLessThan(titleBox.y + titleBox.height);
  expect(statusBox.x).toBeGreaterThanOrEqual(titleBox.x + titleBox.width - 1);
  await context.close();
});

test("the change list is built from the same table: on a phone its cards fit and show risk, key, title and status", async ({
  browser,
}) => {
  const context = await browser.newContext({ ...PHONE, storageState: stateFile("engineer@neuron.test") });
  const page = await context.newPage();
  await page.goto("/changes");
  const first = page.getByTestId("change-row").first();
  await expect(first).toBeVisible();
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(WIDTH);
  for (const column of ["risk", "key", "title", "status", "planned"])
    await expectOnScreen(first.locator(`[data-column="${column}"]`));
  await expect(first.locator('[data-column="key"]').getByRole("link")).toHaveText(/^CHG-\d{4}-\d+$/);
  await expect(first.getByTestId("change-status")).toHaveAttribute("data-status", /[A-Z_]+/);
  await context.close();
});
