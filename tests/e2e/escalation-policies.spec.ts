// Escalation policies and personal notification channels in the browser: an ops manager builds a
// service's policy step by step (a step without a target is refused on the step, the timeline follows
// the form) and finds it in the list in words; a second policy for the same service is refused with a
// link to the first; an engineer reads policies but cannot change them; an engineer's chat webhook on a
// loopback address is refused under the field, and their rules survive a reload; axe finds nothing
// serious on these pages in light and dark, desktop and phone, and the phone never scrolls sideways.
import { axeSweep } from "./axe-sweep";
import { expect, test, type Page } from "@playwright/test";
import { contextAs, signInState } from "./auth";

const MANAGER = "manager@neuron.test";
const ENGINEER = "engineer@neuron.test";
const SUMMARY = "Platform primary on call → after 5 min Ops managers · repeats once";

// A click that lands before the page has hydrated is lost: the submit stays disabled until then.
async function openForm(page: Page, path: string, name: string) {
  await page.goto(path);
  const form = page.getByRole("form", { name });
  await expect(form.getByRole("button", { name })).toBeEnabled();
  return form;
}

test("an ops manager creates a service's policy in two steps, sees the timeline and then the policy in the list in words; a second policy for the service is refused", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  await signInState(String(test.info().project.use.baseURL), MANAGER);
  const context = await contextAs(browser, MANAGER);
  const page = await context.newPage();
  const stamp = Date.now();
  const slug = `esc-${stamp}`;
  const service = `Escalation check ${stamp}`;
  const created = await context.request.post("/api/services", {
    headers: { origin: baseURL! },
    data: { slug, name: service, owner: "Platform team", tier: "STANDARD" },
  });
  expect(created.status()).toBe(201);

  const form = await openForm(page, "/escalation-policies/new", "Create policy");
  await form.getByLabel("Name", { exact: true }).fill(`${service} policy`);
  await expect(form.getByRole("radio", { name: /^One service/ })).toBeChecked();
  await form.getByLabel("Service", { exact: true }).selectOption(slug);
  await form.getByLabel("Step 1, target 1: schedule").selectOption({ label: "Platform primary" });
  await form.getByLabel("Step 1: wait (minutes)").fill("5");

  // A second step without a target: refused on that step, nothing sent.
  await form.getByRole("button", { name: "Add step" }).click();
  const step2 = form.getByRole("listitem", { name: "Step 2" });
  await expect(step2).toContainText("Nobody yet");
  await form.getByRole("button", { name: "Create policy" }).click();
  await expect(step2.getByRole("alert")).toHaveText("A step pages at least one target");
  await expect(page).toHaveURL(/\/escalation-policies\/new$/);

  // Page the ops managers in step 2, repeat once: the timeline says when each step pages.
  await step2.getByRole("button", { name: "Add target to step 2" }).click();
  await step2.getByLabel("Step 2, target 1: kind").selectOption("role");
  await step2.getByLabel("Step 2, target 1: role").selectOption({ label: "Ops managers" });
  await expect(step2.getByRole("alert")).toHaveCount(0);
  await form.getByLabel("Repeat while nobody acknowledges").selectOption({ label: "Once more" });
  const timeline = page.getByTestId("timeline-lines");
  await expect(timeline.getByRole("listitem")).toHaveText([
    "0 min: step 1: Platform primary on call",
    "5 min: step 2: Ops managers",
    "20 min: Repeat 1, step 1: Platform primary on call",
    "25 min: step 2: Ops managers",
  ]);
  await form.getByRole("button", { name: "Create policy" }).click();
  await expect(page).toHaveURL(/\/escalation-policies\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name: `${service} policy` })).toBeVisible();
  await expect(page.getByTestId("policy-step-view")).toHaveText([
    /Step 1: Platform primary on call\s*Waits 5 min for an acknowledgement, then step 2 pages\./,
    /Step 2: Ops managers\s*Waits 15 min for an acknowledgement, then the policy starts again\./,
  ]);

  await page.goto("/escalation-policies");
  const row = page.getByTestId("policy-row").filter({ hasText: `${service} policy` });
  await expect(row.getByTestId("policy-summary")).toHaveText(SUMMARY);
  await expect(row.getByTestId("policy-service")).toHaveText(service);
  // The demo's tier defaults are listed after the services' own, in words too.
  await expect(
    page
      .getByTestId("policy-row")
      .filter({ hasText: "Default for Critical services" })
      .getByTestId("policy-summary"),
  ).toHaveText(
    "Platform primary on call → after 15 min Platform secondary on call → after 15 min Ops managers · repeats once",
  );

  // One policy per service: a second is refused, with the way to the first.
  const again = await openForm(page, "/escalation-policies/new", "Create policy");
  await again.getByLabel("Name", { exact: true }).fill(`${service} second policy`);
  await again.getByLabel("Service", { exact: true }).selectOption(slug);
  await again.getByLabel("Step 1, target 1: schedule").selectOption({ label: "Platform primary" });
  await again.getByRole("button", { name: "Create policy" }).click();
  const taken = page.getByTestId("scope-taken");
  await expect(taken).toContainText("This service has an escalation policy already");
  await expect(taken.getByRole("link", { name: `Open “${service} policy”` })).toBeVisible();
  await expect(again.getByText("Already has a policy")).toBeVisible();
  await context.close();
});

test("an engineer reads escalation policies but has no way to add or edit one", async ({ browser }) => {
  const context = await contextAs(browser, ENGINEER);
  const page = await context.newPage();
  await page.goto("/escalation-policies");
  const row = page.getByTestId("policy-row").filter({ hasText: "Default for Standard services" });
  await expect(row).toHaveCount(1);
  await expect(page.getByRole("link", { name: /New policy/ })).toHaveCount(0);
  await row.getByRole("link", { name: "Standard services (default)" }).click();
  await expect(page.getByRole("heading", { name: "Standard services (default)" })).toBeVisible();
  await expect(page.getByTestId("policy-timeline")).toContainText("0 min: step 1: Platform primary on call");
  await expect(page.getByRole("button", { name: /Edit/ })).toHaveCount(0);
  await page.goto("/escalation-policies/new");
  await expect(page.getByText("Your roles do not give access to this page")).toBeVisible();
  await context.close();
});

test("an engineer's chat webhook on a loopback address is refused under the field; their rules per severity survive a reload", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const context = await contextAs(browser, ENGINEER);
  const page = await context.newPage();
  const form = await openForm(page, "/settings/notifications", "Save notification settings");
  await expect(
    form.getByText("Blank: pages go to your account's address, engineer@neuron.test."),
  ).toBeVisible();
  // Chat and webhook are not set up: their columns are disabled and say why.
  await expect(form.getByRole("checkbox", { name: "P1: Chat" })).toBeDisabled();
  await expect(form.getByText("Chat is not set up: add a chat webhook URL above to use it.")).toBeVisible();

  const chat = form.getByLabel("Chat webhook URL");
  await chat.fill("http://127.0.0.1:9/x");
  await expect(form.getByRole("checkbox", { name: "P1: Chat" })).toBeEnabled();
  await form.getByRole("button", { name: "Save notification settings" }).click();
  await expect(chat).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByRole("alert").filter({ hasText: "loopback" })).toContainText("127.0.0.1");

  // P3 to nothing, saved; then back to e-mail only: each survives a reload.
  await chat.fill("");
  const p3Email = () => page.getByRole("checkbox", { name: "P3: E-mail" });
  await expect(p3Email()).toBeChecked();
  await p3Email().uncheck();
  await form.getByRole("button", { name: "Save notification settings" }).click();
  await expect(page.getByTestId("channels-saved")).toContainText("Last saved");
  await page.reload();
  await expect(p3Email()).not.toBeChecked();
  await expect(page.getByTestId("rule-P3")).toContainText("Changed");

  const again = page.getByRole("form", { name: "Save notification settings" });
  await expect(again.getByRole("button", { name: "Save notification settings" })).toBeEnabled();
  await p3Email().check();
  await again.getByRole("button", { name: "Save notification settings" }).click();
  await expect(again.getByRole("button", { name: "Undo changes" })).toHaveCount(0);
  await page.reload();
  await expect(p3Email()).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "P3: Chat" })).not.toBeChecked();
  await expect(page.getByRole("checkbox", { name: "P3: Webhook" })).not.toBeChecked();
  await expect(page.getByTestId("rule-P3")).toContainText("Default");
  await expect(page.getByLabel("Chat webhook URL")).toHaveValue("");
  await context.close();
});

test("the escalation and notification pages have no serious or critical axe violation, light and dark, desktop and phone", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const manager = await contextAs(browser, MANAGER);
  const list = (await (await manager.request.get("/api/escalation-policies")).json()) as {
    items: { id: string }[];
  };
  await manager.close();
  const id = list.items[0]!.id;
  const paths = [
    "/escalation-policies",
    "/escalation-policies/new",
    `/escalation-policies/${id}`,
    "/settings/notifications",
  ];
  expect(await axeSweep(browser, MANAGER, paths)).toBe("");
});
