// What a new user meets first: pages that load without console errors (the favicon was a 404 on every
// page), and figures whose words agree with them.
import { expect, test, type Page } from "@playwright/test";
import { contextAs } from "./auth";

/** Console errors, uncaught exceptions and failed same-origin requests while `run` runs. */
async function problemsWhile(page: Page, run: () => Promise<void>): Promise<string[]> {
  const problems: string[] = [];
  const origin = new URL(String(test.info().project.use.baseURL)).origin;
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push(`console: ${msg.text()} (${msg.location().url})`);
  });
  page.on("pageerror", (error) => problems.push(`exception: ${error.message}`));
  page.on("response", (res) => {
    if (res.status() >= 400 && res.url().startsWith(origin)) problems.push(`${res.status()} ${res.url()}`);
  });
  await run();
  return problems;
}

test("/favicon.ico and every icon a page links to answer 200 with an image", async ({ page, request }) => {
  const ico = await request.get("/favicon.ico");
  expect(ico.status()).toBe(200);
  expect(ico.headers()["content-type"]).toMatch(/^image\//);
  expect((await ico.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));

  await page.goto("/login");
  const icons = await page
    .locator('link[rel~="icon"]')
    .evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
  expect(icons.length).toBeGreaterThan(0);
  for (const href of icons) {
    const res = await request.get(href);
    expect(res.status(), href).toBe(200);
    expect(res.headers()["content-type"], href).toMatch(/^image\//);
  }
});

test("the sign-in page loads without a console error", async ({ page }) => {
  const problems = await problemsWhile(page, async () => {
    await page.goto("/login");
    await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
    // The browser asks for /favicon.ico on its own after load.
    await page.waitForLoadState("networkidle");
  });
  expect(problems).toEqual([]);
});

test("the pages a new user opens first load without a console error", async ({ browser }) => {
  const context = await contextAs(browser, "admin@neuron.test");
  const page = await context.newPage();
  const problems = await problemsWhile(page, async () => {
    for (const path of ["/incidents", "/dashboards/executive", "/changes"]) {
      await page.goto(path);
      await expect(page.locator("main h1").first()).toBeVisible();
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 15_000 });
    }
  });
  await page.goto("about:blank");
  await context.close();
  expect(problems).toEqual([]);
});

test("the change success figure says what it is out of, and agrees with its percentage", async ({
  browser,
}) => {
  const context = await contextAs(browser, "executive@neuron.test");
  const page = await context.newPage();
  await page.goto("/dashboards/executive");
  const tile = page.getByTestId("change-figures").getByRole("link").filter({ hasText: "Change success" });
  await expect(tile).toContainText(/\d+ of \d+ finished change/);
  const text = (await tile.textContent()) ?? "";
  const percent = Number(/([\d.]+)\s*%/.exec(text)?.[1]);
  const [, succeeded, finished] = /(\d+) of (\d+) finished/.exec(text)!.map(Number);
  expect(Math.abs((succeeded! / finished!) * 100 - percent)).toBeLessThan(1);

  await page.goto("/changes");
  await expect(page.getByTestId("change-metrics")).toContainText(
    /change success \(\d+ of \d+ finished change/,
  );
  await page.goto("about:blank");
  await context.close();
});
