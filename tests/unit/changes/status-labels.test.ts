import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CHANGE_STATUS_LABELS as PAGE_LABELS } from "@/app/(portal)/changes/_components/change-labels";
import { CHANGE_STATUSES } from "@/lib/changes/lifecycle";
import { CHANGE_STATUS_LABELS, changeStatusInSentence } from "@/lib/changes/status-labels";

const ROOT = path.resolve(import.meta.dirname, "../../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)));
}

describe("change status labels", () => {
  it("read the same on every page and in every server message", () => {
    expect(PAGE_LABELS).toBe(CHANGE_STATUS_LABELS);
    expect(Object.keys(CHANGE_STATUS_LABELS).sort()).toEqual([...CHANGE_STATUSES].sort());
  });

  it("keep CAB in capitals inside a sentence", () => {
    expect(`now ${changeStatusInSentence("IN_CAB_REVIEW")}`).toBe("now in CAB review");
    expect(changeStatusInSentence("ROLLED_BACK")).toBe("rolled back");
    expect(changeStatusInSentence("DRAFT")).toBe("draft");
  });

  it("are never spelt from the enum (change and incident statuses alike) (that gave 'now in cab review')", () => {
    const spelt = /status\s*\.\s*(toLowerCase\(\)\s*\.\s*)?replace(All)?\(\s*(\/_\/g|"_")/;
    const offenders = [
      "lib/changes",
      "app/(portal)/changes",
      "app/(portal)/security",
      "app/api/changes",
      "components",
    ]
      .flatMap(sourceFiles)
      .filter((file) => spelt.test(readFileSync(path.join(ROOT, file), "utf8")));
    expect(offenders).toEqual([]);
  });
});
