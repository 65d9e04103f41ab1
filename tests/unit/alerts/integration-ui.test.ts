// The integration pages' pure pieces: the configuration blocks, the form values → API input, the list
// filter, outcome text, the queue and header wording, and the test alert's sample payloads.
import { describe, expect, it } from "vitest";
import {
  alertmanagerReceiver,
  configBlocks,
  eventsCurl,
} from "@/app/(portal)/integrations/_components/integration-config";
import { filterIntegrations } from "@/app/(portal)/integrations/_components/integration-filter-fields";
import {
  NEW_INTEGRATION_VALUES,
  toCreateInput,
  toFormValues,
  toUpdateInput,
} from "@/app/(portal)/integrations/_components/integration-form-values";
import { splitOutcome } from "@/app/(portal)/integrations/_components/integration-labels";
import {
  alertCountText,
  isWebLink,
  queueSourceText,
} from "@/app/(portal)/incidents/_components/alert-display";
import { alertmanagerPayloadSchema, eventsV2Schema } from "@/lib/alerts/payloads";
import {
  createIntegrationInput,
  updateIntegrationInput,
  type IntegrationResponse,
} from "@/lib/alerts/schemas";
import { sampleNotificationBody } from "@/lib/alerts/test-notification";

const ID = "8f3c0f0e-5d7e-4a53-9f0f-2d8a4a1b6c11";

describe("configuration blocks", () => {
  it("gives an Alertmanager integration the receiver block of docs/alerts.md with its own URL", () => {
    const [block, ...rest] = configBlocks(
      "https://ops.example.com/",
      "ALERTMANAGER",
      `/api/integrations/${ID}/alertmanager`,
    );
    expect(rest).toEqual([]);
    expect(block!.text).toBe(
      alertmanagerReceiver(`https://ops.example.com/api/integrations/${ID}/alertmanager`),
    );
    expect(block!.text).toContain(
      `      - url: https://ops.example.com/api/integrations/${ID}/alertmanager\n`,
    );
    expect(block!.text).toContain("credentials_file: /etc/alertmanager/neuron-secret");
    expect(block!.text).toContain("send_resolved: true");
  });

  it("gives an Events integration the curl of docs/alerts.md, and a heartbeat its ping", () => {
    const url = `http://localhost:3000/api/integrations/${ID}/events`;
    expect(configBlocks("http://localhost:3000", "EVENTS", `/api/integrations/${ID}/events`)[0]!.text).toBe(
      eventsCurl(url),
    );
    expect(eventsCurl(url)).toMatch(
      /^curl -X POST http:\/\/localhost:3000\/api\/integrations\/.+\/events \\/,
    );
    expect(configBlocks("http://h", "HEARTBEAT", "/api/integrations/x/heartbeat")[0]!.text).toBe(
      "curl -X POST -H 'authorization: Bearer SECRET' http://h/api/integrations/x/heartbeat",
    );
  });

  it("matches the blocks docs/alerts.md publishes", async () => {
    const { readFile } = await import("node:fs/promises");
    const doc = await readFile("docs/alerts.md", "utf8");
    const origin = "http://localhost:3000";
    expect(doc).toContain(alertmanagerReceiver(`${origin}/api/integrations/INTEGRATION_ID/alertmanager`));
    expect(doc).toContain(eventsCurl(`${origin}/api/integrations/INTEGRATION_ID/events`));
  });
});

describe("integration form values", () => {
  it("makes a valid create input from the new form's defaults plus a name", () => {
    const input = createIntegrationInput.parse(toCreateInput({ ...NEW_INTEGRATION_VALUES, name: "Prod AM" }));
    expect(input).toMatchObject({
      name: "Prod AM",
      kind: "ALERTMANAGER",
      reopenWindowMinutes: 30,
      severityMap: { critical: "P1", warning: "P3" },
      rules: [],
    });
    expect(input.heartbeatMinutes).toBeUndefined();
  });

  it("sends a heartbeat's interval only for HEARTBEAT, and names a missing or bad number", () => {
    const hb = toCreateInput({
      ...NEW_INTEGRATION_VALUES,
      name: "Cron",
      kind: "HEARTBEAT",
      heartbeatMinutes: "",
    });
    const result = createIntegrationInput.safeParse(hb);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toContain("heartbeatMinutes");
    const bad = createIntegrationInput.safeParse(
      toCreateInput({ ...NEW_INTEGRATION_VALUES, name: "X1", reopenWindowMinutes: "ten" }),
    );
    expect(bad.error?.issues.map((i) => i.path.join("."))).toEqual(["reopenWindowMinutes"]);
  });

  it("turns rule rows into rules (empty service and severity left out) and round-trips an integration", () => {
    const values = {
      ...NEW_INTEGRATION_VALUES,
      name: "Routed",
      rules: [
        {
          matchers: [{ label: " team ", op: "=~" as const, value: "db|cache" }],
          service: "",
          severity: "P2" as const,
        },
      ],
    };
    const input = createIntegrationInput.parse(toCreateInput(values));
    expect(input.rules).toEqual([
      { matchers: [{ label: "team", op: "=~", value: "db|cache" }], severity: "P2" },
    ]);
    const integration: IntegrationResponse = {
      id: ID,
      name: "Routed",
      kind: "ALERTMANAGER",
      url: `/api/integrations/${ID}/alertmanager`,
      secretPrefix: "nop_abcd",
      previousSecretExpiresAt: null,
      services: ["api"],
      rules: input.rules,
      severityMap: input.severityMap,
      autoResolve: false,
      paused: false,
      reopenWindowMinutes: 45,
      heartbeatMinutes: null,
      heartbeatSeverity: "P2",
      lastPingAt: null,
      createdAt: "2026-12-07T10:00:00.000Z",
      version: 3,
    };
    const update = updateIntegrationInput.parse(
      toUpdateInput(toFormValues(integration), integration.version),
    );
    expect(update).toEqual({
      version: 3,
      name: "Routed",
      services: ["api"],
      autoResolve: false,
      reopenWindowMinutes: 45,
      rules: input.rules,
      severityMap: { critical: "P1", warning: "P3" },
    });
  });

  it("refuses a rule with a bad regex at the matcher's value", () => {
    const values = {
      ...NEW_INTEGRATION_VALUES,
      name: "Bad rule",
      rules: [
        { matchers: [{ label: "a", op: "=~" as const, value: "(" }], service: "", severity: "P1" as const },
      ],
    };
    const result = createIntegrationInput.safeParse(toCreateInput(values));
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["rules.0.matchers.0.value"]);
  });
});

describe("integration list filter", () => {
  const items = [
    { name: "Prod Alertmanager", kind: "ALERTMANAGER", paused: false, services: ["api"] },
    { name: "Nightly backup", kind: "HEARTBEAT", paused: true, services: ["backup"] },
  ];
  it("filters by kind, paused and a search over name and services", () => {
    expect(filterIntegrations(items, { q: "", kind: "", paused: "" })).toHaveLength(2);
    expect(filterIntegrations(items, { q: "", kind: "HEARTBEAT", paused: "" }).map((i) => i.name)).toEqual([
      "Nightly backup",
    ]);
    expect(filterIntegrations(items, { q: "", kind: "", paused: "true" })).toHaveLength(1);
    expect(filterIntegrations(items, { q: "API", kind: "", paused: "" }).map((i) => i.name)).toEqual([
      "Prod Alertmanager",
    ]);
    expect(filterIntegrations(items, { q: "", kind: "NOPE", paused: "" })).toEqual([]);
  });
});

describe("wording", () => {
  it("splits a stored outcome into its action and reason", () => {
    expect(splitOutcome("open: The group fired")).toEqual({ action: "Opened", reason: "The group fired" });
    expect(splitOutcome("duplicate: A sender's retry")).toEqual({
      action: "Duplicate",
      reason: "A sender's retry",
    });
    expect(splitOutcome("weird")).toEqual({ action: "weird", reason: "" });
    expect(splitOutcome(null)).toBeNull();
  });

  it("says how many alerts and fires, in the queue and on the page", () => {
    expect(alertCountText(1, 1)).toBe("1 alert · fired once");
    expect(alertCountText(3, 5)).toBe("3 alerts · fired 5 times");
    expect(queueSourceText(1, 7)).toBe("Alert · 1 alert · fired 7");
    expect(queueSourceText(50, 5)).toBe("Alert · 50 alerts · fired 5");
  });

  it("offers only http(s) generator links", () => {
    expect(isWebLink("http://prometheus:9090/graph?g0.expr=up")).toBe(true);
    expect(isWebLink("HTTPS://grafana.example.com/d/1")).toBe(true);
    expect(isWebLink("javascript:alert(1)")).toBe(false);
    expect(isWebLink("data:text/html,<b>x</b>")).toBe(false);
    expect(isWebLink(null)).toBe(false);
  });
});

describe("test alert payloads", () => {
  const now = new Date("2026-12-07T10:00:00.000Z");
  it("are valid payloads of each kind", () => {
    const am = alertmanagerPayloadSchema.parse(JSON.parse(sampleNotificationBody("ALERTMANAGER", now)));
    expect(am.status).toBe("firing");
    expect(am.alerts[0]!.startsAt).toBe(now.toISOString());
    const ev = eventsV2Schema.parse(JSON.parse(sampleNotificationBody("EVENTS", now)));
    expect(ev.event_action).toBe("trigger");
    expect(ev.dedup_key).toBeTruthy();
    expect(sampleNotificationBody("HEARTBEAT", now)).toBe("");
  });
});
