// Every list on a 390 px phone: cards instead of a wide table, nothing to scroll sideways, and the first
// card shows its list's key facts on screen (the triage queue has its own spec: phone-queue.spec.ts).
import { expect, test, type Locator, type Page } from "@playwright/test";
import { stateFile } from "./auth";

const WIDTH = 390;
const PHONE = {
  viewport: { width: WIDTH, height: 844 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 3,
};

type List = {
  path: string;
  as: string;
  row: string;
  /** `data-column` ids of the cells a card must show. */
  facts: string[];
  /** Makes sure the list has a row (a token, which also writes an audit record). */
  prepare?: (page: Page, baseURL: string) => Promise<void>;
};

const createToken = async (page: Page, baseURL: string) => {
  const res = await page.request.post("/api/tokens", {
    headers: { origin: baseURL },
    data: { name: `phone list ${Date.now()}`, expiresAt: null },
  });
  expect(res.status()).toBe(201);
};

const LISTS: List[] = [
  {
    path: "/changes",
    as: "manager@neuron.test",
    row: "change-row",
    facts: ["risk", "key", "title", "status"],
  },
  {
    path: "/vendors",
    as: "manager@neuron.test",
    row: "vendor-row",
    facts: ["vendor", "criticality", "latest", "review", "attention"],
  },
  {
    path: "/continuity",
    as: "manager@neuron.test",
    row: "function-row",
    facts: ["function", "criticality", "objectives", "flags"],
  },
  { path: "/services", as: "manager@neuron.test", row: "service-row", facts: ["service", "tier", "owner"] },
  {
    path: "/action-items",
    as: "manager@neuron.test",
    row: "action-item-row",
    facts: ["incident", "measure", "owner", "due", "status"],
  },
  {
    path: "/access",
    as: "security@neuron.test",
    row: "access-row",
    facts: ["status", "type", "resources", "expiry"],
  },
  {
    path: "/security",
    as: "security@neuron.test",
    row: "security-row",
    facts: ["severity", "when", "what", "triage"],
  },
  {
    path: "/audit",
    as: "security@neuron.test",
    row: "audit-row",
    facts: ["when", "who", "action", "entity"],
    prepare: createToken,
  },
  {
    path: "/admin/users",
    as: "admin@neuron.test",
    row: "user-row",
    facts: ["person", "role-ADMIN", "active", "save"],
  },
  {
    path: "/settings/tokens",
    as: "engineer@neuron.test",
    row: "token-row",
    facts: ["name", "status", "expires"],
    prepare: createToken,
  },
];

async function expectOnScreen(cell: Locator) {
  await expect(cell).toBeVisible();
  const box = (await cell.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(WIDTH);
  // A value, not only the screen-reader label a card cell starts with (or a control: a checkbox, a button).
  const hasValue = await cell.evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    copy.querySelectorAll(".sr-only").forEach((n) => n.remove());
    return /\S/.test(copy.textContent ?? "") || !!el.querySelector("input, button, svg");
  });
  expect(hasValue, `${await cell.getAttribute("data-column")} shows a value`).toBe(true);
}

for (const list of LISTS) {
  test(`${list.path} on a 390 px phone fits the screen and its first card shows ${list.facts.join(", ")}`, async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ ...PHONE, storageState: stateFile(list.as) });
    const page = await context.newPage();
    await list.prepare?.(page, baseURL!);
    await page.goto(list.path);
    const first = page.getByTestId(list.row).first();
    await expect(first).toBeVisible();
    // The table's header row is a desktop thing; on a phone each row is a card.
    await expect(page.locator('thead[role="rowgroup"]').first()).toBeHidden();
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(WIDTH);
    for (const fact of list.facts) await expectOnScreen(first.locator(`[data-column="${fact}"]`));
    await context.close();
  });
}

test("a list's filters are in the URL: chips show them, back and forward step through them, a shared link reproduces them", async ({
  browser,
}) => {
  const context = await browser.newContext({ storageState: stateFile("manager@neuron.test") });
  const page = await context.newPage();
  await page.goto("/vendors");
  const rows = page.getByTestId("vendor-row");
  await expect(rows.first()).toBeVisible();
  const all = await rows.count();

  await expect(async () => {
    await page.getByLabel("Filter by criticality").selectOption("CRITICAL", { timeout: 1000 });
    await expect(page).toHaveURL(/criticality=CRITICAL/, { timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  const chips = page.getByTestId("filter-chips");
  await expect(chips).toContainText("Criticality: Critical");
  await page.getByRole("button", { name: "Needs attention", exact: true }).click();
  await expect(page).toHaveURL(/attention=true/);
  await expect(chips).toContainText("Needs attention");
  // The list shows what the API answers for these filters (not the rows shown while it loads).
  const answer = await page.request.get("/api/vendors?criticality=CRITICAL&attention=true");
  const filtered = ((await answer.json()) as { items: unknown[] }).items.length;
  expect(filtered).toBeLessThanOrEqual(all);
  await expect(rows).toHaveCount(filtered);

  await page.goBack();
  await expect(page).not.toHaveURL(/attention=true/);
  await expect(page.getByLabel("Filter by criticality")).toHaveValue("CRITICAL");
  await expect(chips).not.toContainText("Needs attention");
  await page.goForward();
  await expect(page).toHaveURL(/attention=true/);
  await expect(chips).toContainText("Needs attention");

  // The link someone shares shows the same list.
  const shared = await context.newPage();
  await shared.goto(page.url());
  await expect(shared.getByTestId("filter-chips")).toContainText("Criticality: Critical");
  await expect(shared.getByRole("button", { name: "Needs attention", exact: true })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await expect(shared.getByTestId("vendor-row")).toHaveCount(filtered);

  await page.getByRole("button", { name: "Remove Criticality: Critical" }).click();
  await expect(page).not.toHaveURL(/criticality=/);
  await page.getByRole("button", { name: "Clear filters" }).first().click();
  await expect(page).toHaveURL(/\/vendors$/);
  await expect(page.getByTestId("filter-chips")).toHaveCount(0);
  await expect(rows).toHaveCount(all);
  await context.close();
});
