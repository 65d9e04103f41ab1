// Issue 14: one way to show an instant. A viewer in Berlin sees every time on a change and an incident in
// one format with its zone named ("7 Dec 2026, 06:22 CET"), rule times (windows, the gate) in UTC, a
// relative time only as "in 3 h" / "5 min ago", and never a raw ISO timestamp.
import { expect, test, type Page } from "@playwright/test";
import { stateFile } from "./auth";

const ZONE = String.raw`(?:UTC|CET|CEST|GMT[+-]\d{1,2}(?::\d{2})?)`;
const DAY = String.raw`\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4}`;
const CLOCK = String.raw`\d{2}:\d{2}(?::\d{2})?`;
const INSTANT = new RegExp(`^${DAY}, ${CLOCK} ${ZONE}$`);
const DATE_ONLY = new RegExp(`^${DAY}$`);
const RELATIVE = /^(?:in \d+ (?:d|h|min|s)|\d+ (?:d|h|min|s) ago|now)$/;
const RANGE = new RegExp(
  `^${DAY}, (?:${CLOCK}–${CLOCK} ${ZONE}|${CLOCK} ${ZONE} – ${DAY}, ${CLOCK} ${ZONE})$`,
);
const RAW_ISO = /\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;

type Shown = { text: string; title: string | null; inRange: boolean };

// Every <time> on the page, and the ranges they form, as the viewer reads them.
async function timesOn(page: Page) {
  return page.evaluate(() => ({
    times: [...document.querySelectorAll("main time")].map((t) => ({
      text: (t.textContent ?? "").trim(),
      title: t.getAttribute("title"),
      inRange: t.closest("[data-instant-range]") !== null,
    })),
    ranges: [...document.querySelectorAll("main [data-instant-range]")].map((r) =>
      (r.textContent ?? "").trim(),
    ),
    // What the page says outside its forms: a date input's hint shows the exact instant it sends (the
    // wire format), on purpose.
    body: (() => {
      const copy = document.querySelector("main")?.cloneNode(true) as HTMLElement | undefined;
      copy?.querySelectorAll("form").forEach((f) => f.remove());
      return copy?.textContent ?? "";
    })(),
  }));
}

function expectOneFormat(times: Shown[], ranges: string[]) {
  expect(times.length).toBeGreaterThan(0);
  for (const t of times) {
    if (t.inRange) continue;
    expect(t.text, `a <time> reads "${t.text}"`).toMatch(
      new RegExp(`${INSTANT.source}|${RELATIVE.source}|${DATE_ONLY.source}`),
    );
    // The hover always gives the absolute time in UTC (and the viewer's own, when it differs).
    expect(t.title ?? "", `the hover of "${t.text}"`).toMatch(/UTC/);
  }
  for (const r of ranges) expect(r, `a range reads "${r}"`).toMatch(RANGE);
}

test.use({ timezoneId: "Europe/Berlin", locale: "en-US" });

test("a viewer in Berlin reads every time on a change and an incident in one named-zone format", async ({
  browser,
}) => {
  test.setTimeout(60_000);
  const context = await browser.newContext({
    storageState: stateFile("manager@neuron.test"),
    timezoneId: "Europe/Berlin",
    locale: "en-US",
  });
  const page = await context.newPage();
  // The server writes UTC and the browser switches zones after mount, so hydration never disagrees.
  const hydrationErrors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && /hydrat|#418|#423|#425/i.test(m.text())) hydrationErrors.push(m.text());
  });

  // A planned change that has not started: its gate is closed with reasons that name times.
  const changes = (await (await page.request.get("/api/changes")).json()) as {
    items: { key: string; status: string; plannedStart: string | null }[];
  };
  const change = changes.items.find(
    (c) => c.plannedStart && !["IMPLEMENTING", "VERIFYING"].includes(c.status),
  );
  expect(change, "a demo change with a planned window").toBeDefined();
  await page.goto(`/changes/${change!.key}`);
  await expect(page.getByTestId("gate-status").locator("[data-allowed]")).toBeVisible();
  // After mount the instants switch from the server's UTC text to the viewer's zone.
  await expect(
    page
      .locator("main time")
      .filter({ hasText: /\bCES?T$/ })
      .first(),
  ).toBeVisible();
  await expect(page.getByTestId("change-timeline").locator("time").first()).toBeVisible();

  let shown = await timesOn(page);
  expectOneFormat(shown.times, shown.ranges);
  expect(shown.body).not.toMatch(RAW_ISO);
  // Deployment windows and the gate are rules in UTC, so their times say UTC whatever the viewer's zone.
  await expect(page.getByTestId("planned-window")).toHaveText(RANGE);
  await expect(page.getByTestId("planned-window")).toHaveText(/UTC$/);
  for (const text of await page.getByTestId("gate-status").locator("time").allTextContents())
    expect(text).toMatch(/ UTC$/);

  // An open incident: header times, SLA deadlines, updates and the timeline.
  const incidents = (await (await page.request.get("/api/incidents")).json()) as {
    items: { key: string; status: string }[];
  };
  const incident = incidents.items.find((i) => i.status === "OPEN" || i.status === "IN_PROGRESS");
  expect(incident, "an open demo incident").toBeDefined();
  await page.goto(`/incidents/${incident!.key}`);
  await expect(page.getByTestId("response-clock")).toBeVisible();
  await expect(
    page
      .locator("main time")
      .filter({ hasText: /\bCES?T$/ })
      .first(),
  ).toBeVisible();
  await expect(page.getByTestId("incident-timeline").locator("time").first()).toBeVisible();

  shown = await timesOn(page);
  expectOneFormat(shown.times, shown.ranges);
  expect(shown.body).not.toMatch(RAW_ISO);
  // Durations in the one style: "2 h 5 min", "12 s", never "2h 05m" or "4:12".
  for (const text of await page.locator('[data-testid$="-clock"] [data-state]').allTextContents())
    expect(text).toMatch(/^−?\d+ (?:d|h|min|s)(?: \d+ (?:h|min|s))?(?: breached)?$/);

  expect(hydrationErrors).toEqual([]);
  await context.close();
});
