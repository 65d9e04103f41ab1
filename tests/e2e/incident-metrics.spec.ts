import { expect, test } from "@playwright/test";
import { stateFile } from "./auth";

test.use({ storageState: stateFile("manager@neuron.test") });

test("an ops manager reads MTTA, MTTR and SLA compliance per severity, and changes the period", async ({
  page,
}) => {
  await page.goto("/incidents");
  await page.getByRole("link", { name: "Metrics" }).click();
  await expect(page).toHaveURL(/\/incidents\/metrics/);
  const table = page.getByTestId("metrics-table");
  await expect(table.getByTestId("metrics-row")).toHaveCount(4);
  // The demo history has resolved P1s in the last 90 days, so their figures are filled in.
  const p1 = table.locator('[data-severity="P1"]');
  await expect(p1).toContainText(/\d+(\.\d)? ?%/);
  await expect(page.getByRole("img").first()).toBeVisible();

  // A click that lands before the page has hydrated is lost: retry until the choice reaches the URL.
  await expect(async () => {
    await page.getByText("Last 12 months").click();
    await expect(page).toHaveURL(/period=12m/, { timeout: 1000 });
  }).toPass({ timeout: 10_000 });
  await expect(page.getByRole("radio", { name: /12 months/i })).toBeChecked();
  await expect(table.getByTestId("metrics-row")).toHaveCount(4);
});
