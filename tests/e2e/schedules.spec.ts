// On-call schedules end to end: an ops manager builds a weekly schedule of two people (handoff 09:00
// Europe/Berlin) and sees who is on call now and next; an override covering now for the other person
// makes them "on call now", marked as an override in the week view; [ and ] step through weeks and the
// `?` help lists them; an engineer reads the same page without any way to change it; axe finds nothing
// serious on the list and the schedule, light and dark, desktop and phone, with no sideways scrolling.
import { axeSweep } from "./axe-sweep";
import { expect, test, type Page } from "@playwright/test";
import { contextAs } from "./auth";

const MANAGER = "manager@neuron.test";
const ENGINEER = "engineer@neuron.test";

/** "YYYY-MM-DD" in Berlin, `days` from today there. */
function berlinDate(days: number): string {
  const at = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(at);
}

async function openHelp(page: Page) {
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(async () => {
    if (!(await help.isVisible())) await page.keyboard.press("?");
    await expect(help).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  return help;
}

test("a manager builds a weekly schedule, sees who is on call, overrides it for now; an engineer only reads it", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const manager = await contextAs(browser, MANAGER);
  const page = await manager.newPage();
  const name = `E2E rotation ${Date.now()}`;

  await page.goto("/schedules/new");
  const form = page.getByRole("form", { name: "Create schedule" });
  await expect(form.getByRole("button", { name: "Create schedule" })).toBeEnabled();
  await form.getByLabel("Name", { exact: true }).fill(name);
  await form.getByLabel("Time zone").fill("Europe/Berlin");
  // Erin first, then Eli; the rotation began three days ago at 09:00, so Erin's first week is under way.
  const pick = form.getByLabel("Person to add to Layer 1");
  await pick.selectOption({ label: "Erin Engineer (engineer@neuron.test)" });
  await form.getByRole("button", { name: "Add the chosen person to Layer 1" }).click();
  await pick.selectOption({ label: "Eli Engineer (engineer2@neuron.test)" });
  await form.getByRole("button", { name: "Add the chosen person to Layer 1" }).click();
  await expect(form.getByTestId("layer-person")).toHaveText([/Erin Engineer/, /Eli Engineer/]);
  await expect(form.getByRole("radio", { name: /^Weeks/ })).toBeChecked();
  await form.getByLabel("Weeks per turn").fill("1");
  await form.getByLabel("Start date").fill(berlinDate(-3));
  await form.getByRole("textbox", { name: "Handoff time" }).fill("09:00");
  await form.getByRole("button", { name: "Create schedule" }).click();

  const created = page.getByTestId("schedule-created");
  await expect(created).toBeVisible();
  await expect(page.getByTestId("feed-link-once")).toContainText("Anyone with this link sees the schedule");
  await expect(page.getByTestId("feed-url")).toContainText("/calendar.ics?token=nfeed_");
  const id = (await created.getAttribute("data-id"))!;
  await page.getByRole("link", { name: "Open the schedule" }).click();
  await expect(page).toHaveURL(new RegExp(`/schedules/${id}$`));

  const now = page.getByTestId("on-call-now");
  const next = page.getByTestId("on-call-next");
  await expect(now).toContainText("Erin Engineer");
  await expect(now).toContainText("until");
  await expect(next).toContainText("Eli Engineer");
  await expect(next).toContainText(/CET|CEST/);
  await expect(
    page.getByTestId("calendar-segment").filter({ hasText: "Erin Engineer" }).first(),
  ).toBeVisible();
  await expect(page.getByTestId("calendar-day")).toHaveCount(7);

  // Eli covers from this minute to the same time tomorrow: an override over the rotation.
  await page.getByRole("button", { name: "Add override" }).click();
  const override = page.getByRole("form", { name: "Add override" });
  await override.getByLabel("Who covers").selectOption({ label: "Eli Engineer (engineer2@neuron.test)" });
  await expect(override.getByTestId("sends").first()).toContainText("Sends 20");
  await override.getByRole("button", { name: "Add override" }).click();
  await expect(override).toHaveCount(0);
  await expect(page.getByTestId("override-row")).toHaveCount(1);
  await expect(page.getByTestId("override-row")).toContainText("Eli Engineer");
  await expect(now).toContainText("Eli Engineer");
  await expect(now).toContainText("Override");
  const overridden = page.locator('[data-testid="calendar-segment"][data-kind="override"]');
  await expect(overridden.first()).toContainText("Eli Engineer");
  await expect(overridden.first()).toContainText("override");

  // [ and ] step through weeks, t comes back; the help lists them.
  const heading = page.locator("#calendar-heading");
  const thisWeek = (await heading.textContent())!;
  await page.locator("body").click({ position: { x: 5, y: 5 } });
  await page.keyboard.press("]");
  await expect(heading).not.toHaveText(thisWeek);
  await page.keyboard.press("t");
  await expect(heading).toHaveText(thisWeek);
  await page.keyboard.press("m");
  await expect(page.getByRole("button", { name: "month", exact: true })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
  await page.keyboard.press("w");
  const help = await openHelp(page);
  for (const label of ["Previous week", "Next week", "Back to today", "Add an override", "Edit the schedule"])
    await expect(help.getByText(label, { exact: true })).toBeVisible();
  await page.keyboard.press("Escape");

  // The list shows it with Eli on call now.
  await page.goto(`/schedules?q=${encodeURIComponent(name)}`);
  const row = page.locator(`[data-testid="schedule-row"][data-id="${id}"]`);
  await expect(row.getByTestId("on-call-now")).toContainText("Eli Engineer");
  await expect(row.getByTestId("layer-count")).toHaveText("1");
  await manager.close();

  // An engineer reads the same schedule: no edit, override or feed buttons.
  const engineer = await contextAs(browser, ENGINEER);
  const reader = await engineer.newPage();
  await reader.goto(`/schedules/${id}`);
  await expect(reader.getByTestId("on-call-now")).toContainText("Eli Engineer");
  await expect(reader.getByTestId("override-row")).toContainText("Eli Engineer");
  await expect(reader.getByTestId("calendar-day")).toHaveCount(7);
  for (const button of [
    "Edit schedule",
    "Add override",
    "Rotate link",
    "Revoke",
    "Create feed link",
    "Remove",
  ])
    await expect(reader.getByRole("button", { name: button })).toHaveCount(0);
  await reader.goto("/schedules");
  await expect(reader.getByRole("link", { name: "New schedule" })).toHaveCount(0);
  await engineer.close();
});

test("the schedule list and a schedule have no serious or critical axe violation, light and dark, desktop and phone", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const lister = await contextAs(browser, MANAGER);
  const first = await lister.newPage();
  await first.goto("/schedules");
  const href = await first
    .getByTestId("schedule-row")
    .filter({ hasText: "Platform secondary" })
    .getByRole("link", { name: "Platform secondary" })
    .getAttribute("href");
  await lister.close();
  expect(href).toMatch(/^\/schedules\//);

  const findings = await axeSweep(
    browser,
    MANAGER,
    ["/schedules", "/schedules/new", href!],
    async (page, path) => {
      if (path === "/schedules")
        await expect(page.getByTestId("on-call-now").first()).toBeVisible({ timeout: 15_000 });
      if (path === href) await expect(page.getByTestId("calendar-day")).toHaveCount(7);
    },
  );
  expect(findings).toBe("");
});
