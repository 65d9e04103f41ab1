import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  createIncidentInput,
  createUpdateInput,
  incidentListQuery,
  postmortemInput,
  updateIncidentInput,
} from "@/lib/incidents/schemas";

const paths = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
  r.error?.issues.map((i) => i.path.join(".")) ?? [];

describe("createIncidentInput", () => {
  const good = { title: "Login failures", description: "Users cannot sign in", severity: "P2" };

  it("defaults impact to DEGRADED and affectedServices to []", () => {
    expect(createIncidentInput.parse(good)).toEqual({ ...good, impact: "DEGRADED", affectedServices: [] });
  });

  it("keeps a given impact", () => {
    expect(createIncidentInput.parse({ ...good, impact: "OUTAGE" }).impact).toBe("OUTAGE");
  });

  it.each(["P1", "P2", "P3", "P4"])("accepts severity %s", (severity) => {
    expect(createIncidentInput.safeParse({ ...good, severity }).success).toBe(true);
  });

  it.each(["P5", "P0", "p1", "CRITICAL"])("rejects severity %s", (severity) => {
    const r = createIncidentInput.safeParse({ ...good, severity });
    expect(r.success).toBe(false);
    expect(paths(r)).toEqual(["severity"]);
  });

  it("trims and lower-cases service slugs", () => {
    expect(
      createIncidentInput.parse({ ...good, affectedServices: [" Case-API ", "AUTH"] }).affectedServices,
    ).toEqual(["case-api", "auth"]);
  });

  it("rejects an unknown impact", () => {
    expect(paths(createIncidentInput.safeParse({ ...good, impact: "MAJOR" }))).toEqual(["impact"]);
  });

  it("rejects a title shorter than 3 characters after trimming", () => {
    expect(paths(createIncidentInput.safeParse({ ...good, title: "  ab  " }))).toEqual(["title"]);
  });
});

describe("updateIncidentInput", () => {
  it("requires version", () => {
    const r = updateIncidentInput.safeParse({ status: "IN_PROGRESS" });
    expect(r.success).toBe(false);
    expect(paths(r)).toEqual(["version"]);
  });

  it("accepts a version with no other field", () => {
    expect(updateIncidentInput.parse({ version: 3 })).toEqual({ version: 3 });
  });

  it("rejects version 0", () => {
    expect(paths(updateIncidentInput.safeParse({ version: 0 }))).toEqual(["version"]);
  });

  it("rejects an unknown status", () => {
    expect(paths(updateIncidentInput.safeParse({ version: 1, status: "REOPENED" }))).toEqual(["status"]);
  });
});

describe("createUpdateInput", () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-03-10T10:00:00.000Z"));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const good = {
    impact: "Users cannot log in",
    currentActions: ["Restarting auth pods"],
    nextUpdateAt: "2026-03-10T10:30:00.000Z",
  };

  it("accepts a future nextUpdateAt and defaults public to false", () => {
    expect(createUpdateInput.parse(good)).toEqual({ ...good, public: false });
  });

  it("judges a nextUpdateAt with an offset by its instant", () => {
    // 10:30+01:00 is 09:30 UTC (past); 11:30+01:00 is 10:30 UTC (future).
    expect(createUpdateInput.safeParse({ ...good, nextUpdateAt: "2026-03-10T10:30:00+01:00" }).success).toBe(
      false,
    );
    expect(createUpdateInput.safeParse({ ...good, nextUpdateAt: "2026-03-10T11:30:00+01:00" }).success).toBe(
      true,
    );
  });

  it("rejects a nextUpdateAt in the past", () => {
    const r = createUpdateInput.safeParse({ ...good, nextUpdateAt: "2026-03-10T09:59:00.000Z" });
    expect(r.success).toBe(false);
    expect(paths(r)).toEqual(["nextUpdateAt"]);
    expect(r.error?.issues[0]?.message).toBe("The next update must be in the future");
  });

  it("rejects a nextUpdateAt equal to now", () => {
    expect(paths(createUpdateInput.safeParse({ ...good, nextUpdateAt: "2026-03-10T10:00:00.000Z" }))).toEqual(
      ["nextUpdateAt"],
    );
  });

  it("rejects an empty currentActions", () => {
    const r = createUpdateInput.safeParse({ ...good, currentActions: [] });
    expect(r.success).toBe(false);
    expect(paths(r)).toEqual(["currentActions"]);
    expect(r.error?.issues[0]?.message).toBe("List at least one current action");
  });

  it("rejects a blank current action", () => {
    expect(paths(createUpdateInput.safeParse({ ...good, currentActions: ["   "] }))).toEqual([
      "currentActions.0",
    ]);
  });
});

describe("postmortemInput", () => {
  const measure = {
    description: "Add login canary",
    ownerId: "7f1c3c3e-2a4b-4c59-9d1e-3f2a1b0c9d8e",
    dueDate: "2026-04-30",
  };
  const good = {
    rootCause: "Expired signing key",
    resolution: "Rotated the key",
    preventionMeasures: [measure],
  };

  it("accepts a post-mortem with one measure", () => {
    expect(postmortemInput.parse(good)).toEqual(good);
  });

  it("requires at least one prevention measure", () => {
    const r = postmortemInput.safeParse({ ...good, preventionMeasures: [] });
    expect(paths(r)).toEqual(["preventionMeasures"]);
    expect(r.error?.issues[0]?.message).toBe("Add at least one prevention measure");
  });

  it("requires prevention measures to be present", () => {
    const { preventionMeasures: _omit, ...rest } = good;
    expect(paths(postmortemInput.safeParse(rest))).toEqual(["preventionMeasures"]);
  });

  it("rejects an ownerId that is not a uuid", () => {
    expect(
      paths(postmortemInput.safeParse({ ...good, preventionMeasures: [{ ...measure, ownerId: "alice" }] })),
    ).toEqual(["preventionMeasures.0.ownerId"]);
  });

  it.each(["30/04/2026", "2026-4-30", "2026-04-30T00:00:00Z", "2026-02-30"])(
    "rejects due date %s",
    (dueDate) => {
      expect(
        paths(postmortemInput.safeParse({ ...good, preventionMeasures: [{ ...measure, dueDate }] })),
      ).toEqual(["preventionMeasures.0.dueDate"]);
    },
  );

  it("requires root cause and resolution", () => {
    expect(paths(postmortemInput.safeParse({ ...good, rootCause: " ", resolution: "" })).sort()).toEqual([
      "resolution",
      "rootCause",
    ]);
  });
});

describe("incidentListQuery", () => {
  it("splits a comma list of statuses into an array", () => {
    expect(incidentListQuery.parse({ status: "OPEN,RESOLVED" }).status).toEqual(["OPEN", "RESOLVED"]);
  });

  it("trims items and drops empty ones", () => {
    expect(incidentListQuery.parse({ status: " OPEN , ,IN_PROGRESS," }).status).toEqual([
      "OPEN",
      "IN_PROGRESS",
    ]);
  });

  it("takes a reporting period and refuses one that ends before it starts, naming `to`", () => {
    expect(
      incidentListQuery.parse({ from: "2026-10-01T00:00:00Z", to: "2026-11-01T00:00:00Z" }),
    ).toMatchObject({ from: "2026-10-01T00:00:00Z", to: "2026-11-01T00:00:00Z" });
    expect(
      paths(incidentListQuery.safeParse({ from: "2026-11-01T00:00:00Z", to: "2026-11-01T00:00:00Z" })),
    ).toEqual(["to"]);
    expect(paths(incidentListQuery.safeParse({ from: "last week" }))).toEqual(["from"]);
  });

  it("splits severities too", () => {
    expect(incidentListQuery.parse({ severity: "P1,P2" }).severity).toEqual(["P1", "P2"]);
  });

  it("leaves status undefined when absent and defaults limit to 50", () => {
    const q = incidentListQuery.parse({});
    expect(q.status).toBeUndefined();
    expect(q.limit).toBe(50);
  });

  it("rejects an unknown status", () => {
    const r = incidentListQuery.safeParse({ status: "OPEN,PENDING" });
    expect(r.success).toBe(false);
    expect(paths(r)).toEqual(["status.1"]);
  });

  it("rejects an unknown severity", () => {
    expect(incidentListQuery.safeParse({ severity: "P5" }).success).toBe(false);
  });
});
