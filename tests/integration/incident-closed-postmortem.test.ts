import { describe, expect, it } from "vitest";
import * as incidentRoute from "@/app/api/incidents/[key]/route";
import * as postmortemRoute from "@/app/api/incidents/[key]/postmortem/route";
import { call } from "../helpers/api";
import { createTestIncident, createTestUser } from "../factories";

type Json = Record<string, unknown>;

describe("a closed incident's post-mortem", () => {
  it("is refused like any other change: the page says it 'can no longer change' and hides Edit", async () => {
    const engineer = await createTestUser(["ENGINEER"]);
    const manager = await createTestUser(["OPS_MANAGER"]);
    const incident = await createTestIncident(engineer, { severity: "P2" });
    const patch = (token: string, body: Json) =>
      call(incidentRoute.PATCH, "PATCH", "", { token, params: { key: incident.key }, body });
    const put = (version: number, rootCause: string) =>
      call(postmortemRoute.PUT, "PUT", "", {
        token: manager.token,
        params: { key: incident.key },
        body: {
          version,
          rootCause,
          resolution: "Rolled back",
          preventionMeasures: [
            { description: "Canary the release", ownerId: engineer.id, dueDate: "2030-01-31" },
          ],
        },
      });

    expect((await patch(engineer.token, { version: 1, status: "IN_PROGRESS" })).status).toBe(200);
    expect(
      (await patch(engineer.token, { version: 2, status: "RESOLVED", resolution: "Rolled back" })).status,
    ).toBe(200);
    const written = await put(3, "Bad release");
    expect(written.status).toBe(200);
    const closed = await patch(manager.token, { version: 4, status: "CLOSED" });
    expect(closed.json).toMatchObject({ status: "CLOSED", version: 5 });

    const late = await put(5, "Rewritten after closing");
    expect(late.status).toBe(422);
    expect(late.json.detail).toBe(`${incident.key} is closed and can no longer change`);
    const after = await call(incidentRoute.GET, "GET", "", {
      token: manager.token,
      params: { key: incident.key },
    });
    expect(after.json).toMatchObject({ rootCause: "Bad release", version: 5 });
  });
});
