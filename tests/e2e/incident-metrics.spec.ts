import { expect, test } from "@playwright/test";
import { stateFile } from "./auth";

test.use({ storageState: stateFile("manager@neuron.test") });

test("an ops manager reads MTTA, MTTR and SLA compliance per severity, and changes the period", async ({ page }) => {
  await page.goto("/incidents");
  await page.getByRole("link", { name: "Metrics" }).click();
  await expect(page).toHaveURL(/\/incidents\/metrics/);
  const table = page.getByTestId("metrics-table");
  await expect(table.getByTestId("metrics-row")).toHaveCount(4);
  // The demo history has resolved P1s in the last 90 days, so their figures are filled in.
  const p1 = table.locator('[data-severity="P1"]');
  await expect(p1).toContainText(/\d+(\.\d)? ?%/);
  await expect(page.getByRole("img").first()).toBeVisible();

  await page.getByRole("radio", { name: /12 months/i }).check({ force: true });
  await expect(page).toHaveURL(/period=/);
  await expect(table.getByTestId("metrics-row")).toHaveCount(4);
});
