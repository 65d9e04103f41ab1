// The demo history's post-mortems: each P1/P2 title has its own cause, fix and lessons, and every time it
// recurs a different prevention measure, so the action-item list reads like real follow-up work and not
// one sentence 24 times. Pure data (no database), so a unit test checks it.

type DemoPostmortem = {
  rootCause: string;
  resolution: string;
  lessonsLearned: string;
  measures: readonly string[];
};

export const DEMO_POSTMORTEMS: Readonly<Record<string, DemoPostmortem>> = {
  "Sign-in failing with 500 errors": {
    rootCause: "An expired signing certificate on the identity provider made every token validation throw.",
    resolution: "Rotated the certificate and restarted the auth pods.",
    lessonsLearned: "Certificate expiry needs an alert weeks ahead, not a calendar reminder.",
    measures: [
      "Alert 30 days before any identity-provider certificate expires",
      "Return 503 with a retry hint instead of 500 when token validation cannot run",
      "Add a synthetic sign-in check every minute from two regions",
      "Document the certificate rotation runbook and rehearse it quarterly",
    ],
  },
  "Document uploads time out over 20 MB": {
    rootCause: "The upload proxy buffered whole files in memory and hit its 30 s timeout on large scans.",
    resolution: "Switched the proxy to streaming uploads and raised the timeout for the upload route.",
    lessonsLearned: "Load tests must include the file sizes clients really send.",
    measures: [
      "Stream uploads to storage in 5 MB parts",
      "Add 50 MB and 200 MB files to the upload load test",
      "Show upload progress and resume in the client portal",
      "Alert when the upload p95 passes 10 s",
    ],
  },
  "E-filing gateway rejects submissions": {
    rootCause: "The government endpoint changed its XML schema version without notice.",
    resolution: "Deployed the new schema mapping and resubmitted the queued filings.",
    lessonsLearned: "A partner's contract changes need a canary, not a customer report.",
    measures: [
      "Validate a canary filing against the partner's test endpoint every hour",
      "Queue rejected filings for automatic resubmission after a fix",
      "Subscribe the integrations team to the partner's change notices",
      "Keep the previous schema mapping deployable for a quick rollback",
    ],
  },
  "Client portal slow during peak hours": {
    rootCause: "A missing index on case activity made the dashboard query scan the whole table at peak.",
    resolution: "Added the index concurrently and cached the dashboard summary for 30 s.",
    lessonsLearned: "Query plans of the busiest pages belong in the release review.",
    measures: [
      "Add the case-activity index to the schema and its migration",
      "Fail the build when a top-10 query plan uses a sequential scan",
      "Autoscale the portal pods on request latency, not only CPU",
      "Add a peak-hour load test to the weekly pipeline",
    ],
  },
  "Case deadlines calendar off by one day": {
    rootCause:
      "Deadlines were stored as local midnight and shown in UTC, moving them a day for clients west of UTC.",
    resolution: "Stored deadlines as plain dates and corrected the affected cases.",
    lessonsLearned: "A calendar date is not an instant; the types must say which is which.",
    measures: [
      "Migrate deadline columns from timestamps to dates",
      "Add time-zone cases (UTC−8, UTC+10) to the deadline tests",
      "Email practitioners whose deadlines were shown a day late",
      "Review other date-only fields for the same mistake",
    ],
  },
  "SSO login loop for Azure AD tenants": {
    rootCause: "A cookie changed to SameSite=Strict was dropped on the identity provider's redirect back.",
    resolution: "Set the state cookie to SameSite=Lax and released a hotfix.",
    lessonsLearned: "Cookie attribute changes need an end-to-end SSO test for each provider.",
    measures: [
      "Add an end-to-end SSO sign-in test for each configured identity provider",
      "Detect redirect loops and show a help page after three attempts",
      "Review cookie attributes in the security checklist of each release",
      "Ask the two affected tenants to confirm sign-in works again",
    ],
  },
};

/** The post-mortem for the `occurrence`-th time (0-based) `title` happened in the demo history. */
export function demoPostmortem(
  title: string,
  occurrence: number,
): { rootCause: string; resolution: string; lessonsLearned: string; measure: string } {
  const pm = DEMO_POSTMORTEMS[title];
  if (!pm) throw new Error(`No demo post-mortem for "${title}": add one to prisma/seed-postmortems.ts`);
  return {
    rootCause: pm.rootCause,
    resolution: pm.resolution,
    lessonsLearned: pm.lessonsLearned,
    measure: pm.measures[occurrence % pm.measures.length]!,
  };
}
