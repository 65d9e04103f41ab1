// Issue 14: one shortcut registry. A key pressed before the page hydrated acts once it is ready, and `?`
// lists every key that works where you are, the page's own included, as the page's legend does.
import { expect, test, type Page } from "@playwright/test";
import { contextAs } from "./auth";

const origin = () => String(test.info().project.use.baseURL);

// Holds the page's scripts back, so the key is certainly pressed before hydration (what a user on a slow
// phone or a busy laptop gets for 0.4–3 s), then lets them through.
async function pressBeforeHydration(page: Page, url: string, key: string) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_next\/static\/.+\.js(\?|$)/, async (route) => {
    await released;
    await route.continue();
  });
  await page.goto(url, { waitUntil: "commit" });
  // The page is on screen (server-rendered), but none of its scripts has run: it is not interactive yet.
  await page.locator("main#main").waitFor();
  await page.keyboard.press(key);
  release();
}

async function reportIncident(page: Page): Promise<string> {
  const created = await page.request.post("/api/incidents", {
    headers: { "idempotency-key": crypto.randomUUID(), origin: origin() },
    data: {
      title: `Early key ${Date.now()}`,
      description: "Created to test keys pressed before the page is ready.",
      severity: "P3",
      affectedServices: [],
    },
  });
  expect(created.status()).toBe(201);
  return ((await created.json()) as { key: string }).key;
}

test("on the triage queue, a 'c' pressed before hydration opens the report form", async ({ browser }) => {
  const context = await contextAs(browser, "engineer@neuron.test");
  const page = await context.newPage();
  await pressBeforeHydration(page, "/incidents", "c");
  await expect(page).toHaveURL(/\/incidents\/new$/, { timeout: 15_000 });
  await context.close();
});

test("on an incident, an 'a' pressed before hydration acknowledges it", async ({ browser }) => {
  const context = await contextAs(browser, "engineer@neuron.test");
  const page = await context.newPage();
  const key = await reportIncident(page);
  await pressBeforeHydration(page, `/incidents/${key}`, "a");
  await expect(page.getByTestId("incident-status")).toHaveAttribute("data-status", "IN_PROGRESS", {
    timeout: 15_000,
  });
  await page.reload();
  await expect(page.getByTestId("incident-status")).toHaveAttribute("data-status", "IN_PROGRESS");
  await context.close();
});

async function openHelp(page: Page) {
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  // Until hydration nothing answers "?" (it waits in the recorder); press again until the help is open.
  await expect(async () => {
    if (!(await help.isVisible())) await page.keyboard.press("?");
    await expect(help).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  return help;
}

const helpKeys = async (page: Page, section: string) =>
  page
    .getByRole("dialog", { name: "Keyboard shortcuts" })
    .getByRole("region", { name: section })
    .locator("[data-shortcut]")
    .evaluateAll((items) => items.map((i) => i.getAttribute("data-shortcut")));

const LIST = ["j", "k", "Enter", "/"];
const PAGES: {
  name: string;
  path: string | ((page: Page) => Promise<string>);
  keys: string[];
  hasLegend: boolean;
}[] = [
  { name: "triage queue", path: "/incidents", keys: ["a", "m", "c", ...LIST], hasLegend: true },
  {
    name: "incident",
    path: async (page) => `/incidents/${await reportIncident(page)}`,
    keys: ["a", "m", "u"],
    hasLegend: false,
  },
  { name: "change list", path: "/changes", keys: ["c", ...LIST], hasLegend: true },
  {
    name: "change calendar",
    path: "/changes/calendar",
    keys: ["ArrowLeft", "ArrowRight", "t", "w", "m"],
    hasLegend: true,
  },
  { name: "services", path: "/services", keys: LIST, hasLegend: false },
  { name: "access", path: "/access", keys: LIST, hasLegend: true },
  { name: "security queue", path: "/security", keys: LIST, hasLegend: true },
  { name: "vendors", path: "/vendors", keys: ["n", ...LIST], hasLegend: true },
  {
    name: "vendor",
    path: async (page) => `/vendors/${await firstId(page, "/api/vendors")}`,
    keys: ["a", "e"],
    hasLegend: true,
  },
  { name: "continuity", path: "/continuity", keys: ["n", ...LIST], hasLegend: true },
  {
    name: "business function",
    path: async (page) => `/continuity/${await firstId(page, "/api/business-functions")}`,
    keys: ["r", "e"],
    hasLegend: true,
  },
  { name: "users", path: "/admin/users", keys: ["/"], hasLegend: false },
];

async function firstId(page: Page, api: string): Promise<string> {
  const res = await page.request.get(api);
  expect(res.status()).toBe(200);
  return ((await res.json()) as { items: { id: string }[] }).items[0]!.id;
}

test("'?' lists the page's own keys on every page that has some, and the legend shows the same ones", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const context = await contextAs(browser, "admin@neuron.test");
  const page = await context.newPage();
  for (const { name, path, keys, hasLegend } of PAGES) {
    await test.step(name, async () => {
      await page.goto(typeof path === "string" ? path : await path(page));
      const help = await openHelp(page);
      // The help follows the registry live: a page part that hydrates after the shell adds its keys to it.
      await expect
        .poll(() => helpKeys(page, "On this page"), { message: name })
        .toEqual(expect.arrayContaining(keys));
      const here = await helpKeys(page, "On this page");
      expect(await helpKeys(page, "Everywhere"), name).toEqual(expect.arrayContaining(["g i", "g v", "?"]));
      await page.keyboard.press("Escape");
      await expect(help).toBeHidden();
      if (hasLegend) {
        const legend = page.getByTestId("key-legend").first();
        const shown = await legend.locator("kbd").allTextContents();
        const printed = here.map((k) => ({ ArrowLeft: "←", ArrowRight: "→", Escape: "Esc" })[k!] ?? k);
        expect(shown.length, name).toBeGreaterThan(0);
        for (const k of shown) expect(printed, `${name}: legend key ${k} is in the help`).toContain(k);
      }
    });
  }
  await context.close();
});

test("the keys the help lists work: 'g' jumps, 'j' selects, '/' searches", async ({ browser }) => {
  const context = await contextAs(browser, "engineer@neuron.test");
  const page = await context.newPage();
  await page.goto("/changes");
  await openHelp(page);
  await page.keyboard.press("Escape");
  await page.keyboard.press("g");
  await page.keyboard.press("i");
  await expect(page).toHaveURL(/\/incidents$/);
  // The legend is read from the registry: once it shows, the queue's keys are registered.
  await expect(page.getByTestId("key-legend").first().getByText("acknowledge")).toBeVisible();
  await page.keyboard.press("j");
  await expect(page.locator('[data-testid="incident-row"][aria-selected="true"]:visible')).toHaveCount(1);
  await page.keyboard.press("/");
  await expect(
    page
      .getByRole("searchbox", { name: "Search incidents" })
      .or(page.getByRole("textbox", { name: "Search incidents" })),
  ).toBeFocused();
  await context.close();
});
