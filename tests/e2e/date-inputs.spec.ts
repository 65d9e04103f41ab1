// Issue 14: date inputs show what they send. A viewer in Berlin types a change window into inputs
// labelled "(UTC)"; under each the form says the exact instant it will send and the viewer's own time,
// and the change it saves has exactly that window.
import { expect, test } from "@playwright/test";
import { signInState, stateFile } from "./auth";

// 2031-01-07 is a Tuesday (a production window, 10:00–14:00 UTC) in winter: Berlin is UTC+1 (CET).
const START_TEXT = "2031-01-07T10:00";
const END_TEXT = "2031-01-07T11:30";

test("the change form's window inputs show what they send, and the change gets exactly that window", async ({
  browser,
}) => {
  test.setTimeout(45_000);
  await signInState(String(test.info().project.use.baseURL), "engineer@neuron.test");
  const context = await browser.newContext({
    storageState: stateFile("engineer@neuron.test"),
    timezoneId: "Europe/Berlin",
    locale: "en-GB",
  });
  const page = await context.newPage();
  await page.goto("/changes/new");

  const start = page.getByLabel("Planned start (UTC)");
  const end = page.getByLabel("Planned end (UTC)");
  // Typed before hydration the value could be lost: retry until the echo shows the browser has it.
  await expect(async () => {
    await start.fill(START_TEXT, { timeout: 1000 });
    await expect(start).toHaveAccessibleDescription(
      "Sends 2031-01-07T10:00:00Z · your time Tue 7 Jan 11:00 CET",
      { timeout: 1000 },
    );
  }).toPass({ timeout: 15_000 });
  await end.fill(END_TEXT);
  await expect(end).toHaveAccessibleDescription("Sends 2031-01-07T11:30:00Z · your time Tue 7 Jan 12:30 CET");

  const title = `Rotate the search index ${Date.now()}`;
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Description", { exact: true }).fill("Rebuild the index on the new analyzer.");
  await page.getByTestId("service-checklist").getByRole("checkbox").first().check();
  await page.getByLabel("Implementation plan").fill("Build the new index, then swap the alias.");
  await page.getByLabel("Rollback plan").fill("Swap the alias back.");
  await page.getByLabel("Verification plan").fill("Search p95 under 300 ms.");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page).toHaveURL(/\/changes\/CHG-\d{4}-\d{4,}$/);
  const key = page.url().split("/").pop()!;

  const saved = (await (await page.request.get(`/api/changes/${key}`)).json()) as {
    title: string;
    plannedStart: string;
    plannedEnd: string;
  };
  expect(saved.title).toBe(title);
  expect(new Date(saved.plannedStart).toISOString()).toBe("2031-01-07T10:00:00.000Z");
  expect(new Date(saved.plannedEnd).toISOString()).toBe("2031-01-07T11:30:00.000Z");
  await context.close();
});
