import { expect, test, type Locator, type Page } from "@playwright/test";
import { contextAs, signInState } from "./auth";

const MANAGER = "manager@neuron.test";
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

// Radios are drawn as segmented controls (the input itself is visually hidden): check it directly.
async function pick(scope: Page | Locator, group: string, option: string | RegExp) {
  const radio = scope.getByRole("group", { name: group, exact: true }).getByRole("radio", { name: option });
  await radio.check({ force: true });
  await expect(radio).toBeChecked();
}

// A click that lands before the page has hydrated is lost: retry until the form it opens is there.
async function open(page: Page, button: string, form: string) {
  await expect(async () => {
    await page.getByRole("button", { name: button }).first().click({ timeout: 1000 });
    await expect(page.getByRole("form", { name: form })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  return page.getByRole("form", { name: form });
}

test("an ops manager assesses a critical vendor with weak data protection and sees why it is not CONTINUE; a DR test that missed its RTO is flagged on the function and the continuity list", async ({
  browser,
}) => {
  // Two new records, an assessment and a DR test, each through its form: more than the default budget on
  // a busy machine.
  test.setTimeout(120_000);
  // A fresh session for this run's server, so a stored state written by another run cannot stand in.
  await signInState(String(test.info().project.use.baseURL), MANAGER);
  const context = await contextAs(browser, MANAGER);
  const page = await context.newPage();
  const stamp = Date.now();
  const vendorName = `Archive Cloud ${stamp}`;
  const functionName = `Claims intake ${stamp}`;

  // Add a critical vendor with a current certification and a 24 h contractual recovery time.
  await page.goto("/vendors/new");
  const add = page.getByRole("form", { name: "Add vendor" });
  await expect(add.getByRole("button", { name: "Add vendor" })).toBeEnabled();
  await add.getByLabel("Name", { exact: true }).fill(vendorName);
  await add.getByLabel("Service type").fill("Document archive hosting");
  await add.getByLabel("Owner").fill("Records team");
  await add.getByLabel("Recovery time (hours)").fill("24");
  await pick(add, "Criticality", /^Critical/);
  await add.getByRole("button", { name: "Add certification" }).click();
  await add.getByLabel("Certification 1 name").fill("ISO 27001");
  await add.getByLabel("Certification 1 expires").fill(isoDay(new Date(Date.now() + 400 * 86_400_000)));
  await add.getByRole("button", { name: "Add vendor" }).click();
  await expect(page).toHaveURL(/\/vendors\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name: vendorName })).toBeVisible();
  await expect(page.getByTestId("latest-assessment")).toContainText("Not assessed yet");

  // Assess it: strong everywhere but data protection 2. The live result shows REVIEW and the floor
  // before anything is saved.
  const assess = await open(page, "Assess", "Assess vendor");
  const scores: [string, string][] = [
    ["Reliability", "5"],
    ["Performance", "4"],
    ["Scalability", "5"],
    ["Data protection", "2"],
    ["Access controls", "4"],
    ["Financial stability", "5"],
    ["Support quality", "4"],
    ["Contract terms", "4"],
  ];
  for (const [name, score] of scores) await pick(assess, name, score);
  await expect(assess.getByRole("checkbox", { name: "ISO 27001" })).toBeChecked();
  const preview = page.getByTestId("assessment-preview");
  await expect(preview.getByTestId("recommended-action")).toHaveAttribute("data-action", "REVIEW");
  await expect(preview).toContainText("Data protection 2 ≤ 2: never CONTINUE");
  await expect(preview).toContainText("Technical × 40 %");
  await assess.getByRole("button", { name: "Save assessment" }).click();
  await expect(assess).toHaveCount(0);

  // Saved: the page's recommendation carries the same result and its reason; the history has it, with
  // how it was reached one click away.
  const latest = page.getByTestId("latest-assessment");
  await expect(latest.getByTestId("recommended-action")).toHaveAttribute("data-action", /^(REVIEW|REPLACE)$/);
  await expect(latest.getByTestId("latest-floors")).toContainText("Data protection 2 ≤ 2: never CONTINUE");
  const history = page.getByTestId("assessment-item");
  await expect(history).toHaveCount(1);
  await history.getByText("How it was reached").click();
  await expect(history.getByText("Overall", { exact: true })).toBeVisible();
  await expect(page.getByTestId("score-trend")).toBeVisible();

  // The vendor list, filtered to what needs attention, shows it with its recommendation.
  await page.goto("/vendors?attention=true&criticality=CRITICAL");
  const row = page.getByTestId("vendor-row").filter({ hasText: vendorName });
  await expect(row.getByTestId("recommended-action")).toHaveAttribute("data-action", "REVIEW");
  await expect(row.getByTestId("vendor-attention")).toContainText("Last assessment: REVIEW");

  // A business function with a 4 h RTO that depends on the vendor (24 h to recover: flagged as slow).
  await page.goto("/continuity/new");
  const fnForm = page.getByRole("form", { name: "Add function" });
  await expect(fnForm.getByRole("button", { name: "Add function" })).toBeEnabled();
  await fnForm.getByLabel("Name", { exact: true }).fill(functionName);
  await fnForm.getByLabel("RTO (hours)").fill("4");
  await fnForm.getByLabel("RPO (hours)").fill("1");
  await pick(fnForm, "Criticality", "Critical");
  await fnForm.getByTestId("depends-on-vendor").getByRole("checkbox", { name: vendorName }).check();
  await expect(fnForm.getByTestId("dependency-check")).toContainText(
    `${vendorName} (24 h) recovers slower than the 4 h RTO`,
  );
  await fnForm.getByRole("button", { name: "Add function" }).click();
  await expect(page).toHaveURL(/\/continuity\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name: functionName })).toBeVisible();
  await expect(page.getByTestId("dependency-table").locator("tr[data-slow=true]")).toContainText(vendorName);

  // Record a backup restore that was run and took 6 h: judged against the 4 h RTO as it is typed.
  const record = await open(page, "Record a DR test", "Record a DR test");
  await pick(record, "Test", "Backup restore");
  await pick(record, "Status", /^Done/);
  await record.getByLabel("Measured RTO (hours)").fill("6");
  await record.getByLabel("Measured RPO (hours), optional").fill("1");
  await expect(record.getByTestId("missed")).toHaveText("MISSED RTO");
  await record.getByLabel("Findings").fill("The archive index had to be rebuilt by hand.");
  await record.getByRole("button", { name: "Record test" }).click();
  await expect(record).toHaveCount(0);

  const test6h = page.getByTestId("dr-test").filter({ hasText: "Backup restore" });
  await expect(test6h).toContainText("RTO 6 h / 4 h");
  await expect(test6h.getByTestId("missed")).toHaveText("MISSED RTO");
  const flags = page.getByTestId("function-flag-list");
  await expect(flags).toContainText("recovered in 6 h against a 4 h RTO");
  await expect(flags.getByTestId("missed")).toHaveText("MISSED RTO");
  await expect(page.locator('[data-testid="dr-schedule"] tr[data-type="BACKUP_RESTORE"]')).toContainText(
    "On schedule",
  );

  // And on the continuity list, in its row and in the compliance summary.
  await page.goto("/continuity");
  const fnRow = page.getByTestId("function-row").filter({ hasText: functionName });
  await expect(fnRow.getByTestId("function-flags").getByTestId("missed")).toHaveText("MISSED RTO");
  await expect(fnRow).toContainText("RTO 6 h / 4 h");
  await expect(page.getByTestId("compliance-summary")).toContainText("Missed RTO / RPO");
  await context.close();
});
