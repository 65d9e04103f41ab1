// The accessibility sweep a feature's spec runs over its own pages: each path as `user`, light and dark,
// desktop and a 390 px phone; axe with target-size on, serious and critical violations collected, and no
// sideways scroll on the phone. Returns the findings, one line each ("" when there are none).
import AxeBuilder from "@axe-core/playwright";
import { expect, type Browser, type Page } from "@playwright/test";
import { stateFile } from "./auth";

const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];

export async function axeSweep(
  browser: Browser,
  user: string,
  paths: readonly string[],
  /** Waits for what a page must show before it is checked (its data, beyond no busy region). */
  ready?: (page: Page, path: string) => Promise<void>,
): Promise<string> {
  const findings: string[] = [];
  for (const colorScheme of ["light", "dark"] as const)
    for (const viewport of VIEWPORTS) {
      const context = await browser.newContext({ storageState: stateFile(user), colorScheme, viewport });
      const page = await context.newPage();
      for (const path of paths) {
        await page.goto(path);
        await page.locator("main").first().waitFor();
        await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 15_000 });
        await ready?.(page, path);
        const results = await new AxeBuilder({ page })
          .options({ rules: { "target-size": { enabled: true } } })
          .analyze();
        for (const v of results.violations)
          if (v.impact === "serious" || v.impact === "critical")
            findings.push(
              `${path} ${colorScheme} ${viewport.width}: ${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
            );
        if (viewport.width === 390)
          expect(
            await page.evaluate(() => document.scrollingElement!.scrollWidth),
            `${path} ${colorScheme} phone`,
          ).toBeLessThanOrEqual(390);
      }
      await page.goto("about:blank");
      await context.close();
    }
  return findings.join("\n");
}
