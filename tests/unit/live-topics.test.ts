// What a live update may say: the topic of a changed table, only to viewers who may read that topic.
import { describe, expect, it } from "vitest";
import { ROLES } from "@/lib/auth/permissions";
import { canHearTopic, changedEvent, LIVE_TOPICS, topicOfTable } from "@/lib/live/topics";

describe("live update topics", () => {
  it("names the topic of every table the views read, and nothing for other tables", () => {
    expect(topicOfTable("incidents")).toBe("incidents");
    expect(topicOfTable("incident_updates")).toBe("incidents");
    expect(topicOfTable("incident_escalations")).toBe("incidents");
    expect(topicOfTable("change_freezes")).toBe("changes");
    expect(topicOfTable("security_events")).toBe("security");
    expect(topicOfTable("audit_log")).toBeNull();
    expect(topicOfTable("constructor")).toBeNull();
    expect(topicOfTable("")).toBeNull();
  });

  it("tells security changes only to roles that read security events or the security dashboard", () => {
    const hearing = ROLES.filter((role) => canHearTopic([role], "security"));
    expect(hearing.sort()).toEqual(["ADMIN", "EXECUTIVE", "SECURITY"]);
    for (const role of ROLES) expect(canHearTopic([role], "incidents")).toBe(true);
  });

  it("frames a change as one SSE event of topic names", () => {
    expect(changedEvent(["incidents", "changes"])).toBe("event: changed\ndata: incidents,changes\n\n");
    for (const topic of LIVE_TOPICS) expect(topic).toMatch(/^[a-z]+$/);
  });
});
