// Issue 14, the forms' second half: date-only inputs show the calendar day they send (and the record
// gets exactly that day, whatever the viewer's zone), and every form takes Ctrl+Enter from the form hook.
import { expect, test } from "@playwright/test";
import { contextAs, signInState, stateFile } from "./auth";

const MANAGER = "manager@neuron.test";

test("a vendor's contract and certification dates say the day they send, and the vendor gets exactly those days", async ({
  browser,
}) => {
  test.setTimeout(60_000);
  await signInState(String(test.info().project.use.baseURL), MANAGER);
  // Kiritimati is UTC+14: a day sent through an instant would land on the day before.
  const context = await browser.newContext({
    storageState: stateFile(MANAGER),
    timezoneId: "Pacific/Kiritimati",
    locale: "en-GB",
  });
  const page = await context.newPage();
  await page.goto("/vendors/new");
  const add = page.getByRole("form", { name: "Add vendor" });
  await expect(add.getByRole("button", { name: "Add vendor" })).toBeEnabled();

  const end = add.getByLabel("Contract end");
  await expect(end).toHaveAccessibleDescription("No date: sends none. Optional.");
  await end.fill("2027-01-31");
  await expect(end).toHaveAccessibleDescription(
    "Sends 2027-01-31 · Sun 31 Jan 2027 · a day in no time zone Optional.",
  );
  await add.getByRole("button", { name: "Add certification" }).click();
  await add.getByLabel("Certification 1 name").fill("SOC 2");
  const expires = add.getByLabel("Certification 1 expires");
  await expires.fill("2028-02-29");
  await expect(expires).toHaveAccessibleDescription(
    "Sends 2028-02-29 · Tue 29 Feb 2028 · a day in no time zone",
  );

  const name = `Dated vendor ${Date.now()}`;
  await add.getByLabel("Name", { exact: true }).fill(name);
  await add.getByLabel("Service type").fill("Payroll");
  await add.getByLabel("Owner").fill("Finance");
  // Ctrl+Enter saves from any field (the form hook).
  await add.getByLabel("Owner").press("Control+Enter");
  await expect(page).toHaveURL(/\/vendors\/[0-9a-f-]{36}$/);
  const id = page.url().split("/").pop()!;
  const saved = (await (await page.request.get(`/api/vendors/${id}`)).json()) as {
    name: string;
    contractEnd: string | null;
    certifications: { name: string; expiresAt: string | null }[];
  };
  expect(saved.name).toBe(name);
  expect(saved.contractEnd).toBe("2027-01-31");
  expect(saved.certifications).toEqual([expect.objectContaining({ name: "SOC 2", expiresAt: "2028-02-29" })]);
  await context.close();
});

test("Ctrl+Enter creates an API token, and a name left empty is refused in the form", async ({ browser }) => {
  const context = await contextAs(browser, "engineer@neuron.test");
  const page = await context.newPage();
  await page.goto("/settings/tokens");
  const form = page.getByRole("form", { name: "Create token" });
  const name = form.getByLabel("Name");
  const tokenName = `kit token ${Date.now()}`;
  // Typed before hydration the text could be lost: retry until the create button takes it.
  await expect(async () => {
    await name.fill(tokenName, { timeout: 1000 });
    await expect(form.getByRole("button", { name: "Create token" })).toBeEnabled({ timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await name.press("Control+Enter");
  await expect(page.getByTestId("new-token")).toHaveText(/^nops_/);
  await expect(name).toHaveValue("");

  // Only spaces: the API's own schema answers in the form, and nothing is sent.
  await name.fill("   ");
  await name.press("Control+Enter");
  await expect(form.getByText("Name the token after what will use it")).toBeVisible();
  await context.close();
});
