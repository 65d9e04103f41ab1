// Charts load recharts and draw only when they near the viewport: on a phone every chart of the executive
// dashboard is below the fold, and drawing them all at load kept the page busy for seconds
// (docs/performance.md, "Lighthouse (mobile)").
import { expect, test } from "@playwright/test";
import { stateFile } from "./auth";

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 };

test("on a phone the executive dashboard draws a chart when it scrolls near, not the ones further down", async ({
  browser,
}) => {
  const context = await browser.newContext({ ...PHONE, storageState: stateFile("executive@neuron.test") });
  const page = await context.newPage();
  await page.goto("/dashboards/executive");
  await expect(page.getByRole("heading", { name: "Executive dashboard" })).toBeVisible();
  const trend = page.getByTestId("incident-trend");
  const compliance = page.getByTestId("compliance-chart");
  // Both charts hold their space with a placeholder while nothing is drawn.
  await expect(compliance).toBeAttached();
  await expect(page.locator(".recharts-surface")).toHaveCount(0);

  await trend.scrollIntoViewIfNeeded();
  await expect(trend.locator(".recharts-surface").first()).toBeVisible({ timeout: 15_000 });
  // The compliance chart is more than a screen further down: still a placeholder.
  await expect(compliance.locator(".recharts-surface")).toHaveCount(0);

  await compliance.scrollIntoViewIfNeeded();
  await expect(compliance.locator(".recharts-surface").first()).toBeVisible({ timeout: 15_000 });
  await context.close();
});
