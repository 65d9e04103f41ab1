// Calls to the change routes the way a client makes them, and UTC dates that do not depend on today.
import * as changeRoute from "@/app/api/changes/[key]/route";
import * as approvalsRoute from "@/app/api/changes/[key]/approvals/route";
import * as gateRoute from "@/app/api/changes/[key]/gate/route";
import * as submitRoute from "@/app/api/changes/[key]/submit/route";
import * as timelineRoute from "@/app/api/changes/[key]/timeline/route";
import * as transitionsRoute from "@/app/api/changes/[key]/transitions/route";
import * as changesRoute from "@/app/api/changes/route";
import * as freezesRoute from "@/app/api/change-freezes/route";
import { call } from "./api";

type Json = Record<string, unknown>;

export const createChangeCall = (token: string, body: Json, headers: Record<string, string> = {}) =>
  call(changesRoute.POST, "POST", "/api/changes", { token, body, headers });
export const getChange = (token: string, key: string) =>
  call(changeRoute.GET, "GET", `/api/changes/${key}`, { token, params: { key } });
export const patchChange = (token: string, key: string, body: Json) =>
  call(changeRoute.PATCH, "PATCH", `/api/changes/${key}`, { token, params: { key }, body });
export const submit = (token: string, key: string, version: number) =>
  call(submitRoute.POST, "POST", `/api/changes/${key}/submit`, { token, params: { key }, body: { version } });
export const vote = (token: string, key: string, decision: "APPROVE" | "REJECT", comment = "") =>
  call(approvalsRoute.POST, "POST", `/api/changes/${key}/approvals`, {
    token,
    params: { key },
    body: { decision, comment },
  });
export const transition = (
  token: string,
  key: string,
  body: { version: number; to: string; notes?: string; plannedStart?: string; plannedEnd?: string },
) => call(transitionsRoute.POST, "POST", `/api/changes/${key}/transitions`, { token, params: { key }, body });
export const timeline = (token: string, key: string) =>
  call(timelineRoute.GET, "GET", `/api/changes/${key}/timeline`, { token, params: { key } });
export const gate = (token: string, key: string, at: string) =>
  call(gateRoute.GET, "GET", `/api/changes/${key}/gate`, { token, params: { key }, query: { at } });
export const declareFreeze = (
  token: string,
  body: { title: string; startsAt: string; endsAt: string; environments?: string[] },
) => call(freezesRoute.POST, "POST", "/api/change-freezes", { token, body });

// Production risk answers: 3 points for the environment, plus the answers (one service adds nothing).
export const LOW_ANSWERS = {
  rollbackTested: "YES",
  changeSize: "SMALL",
  dataMigration: "NONE",
  offHoursDependency: "NO",
  priorFailures: "NO",
} as const; // 3
export const MEDIUM_ANSWERS = { ...LOW_ANSWERS, rollbackTested: "NO" } as const; // 6
export const HIGH_ANSWERS = { ...LOW_ANSWERS, rollbackTested: "NO", changeSize: "LARGE" } as const; // 9

const DAY = 86_400_000;
const MINUTE = 60_000;
// 2030-01-01 is a Tuesday; production's window is Tuesday and Thursday 10:00–14:00 UTC.
const FIRST_TUESDAY = Date.UTC(2030, 0, 1);

// Midnight (UTC) of the Tuesday `week` weeks after 2030-01-01. Tests in a file use distinct weeks, so a
// freeze declared by one test never touches another's changes.
export function tuesday(week: number): Date {
  const day = new Date(FIRST_TUESDAY + week * 7 * DAY);
  if (day.getUTCDay() !== 2) throw new Error("not a Tuesday");
  return day;
}

// An instant on `day` at hh:mm UTC, as ISO 8601.
export const at = (day: Date, hh: number, mm = 0, plusDays = 0) =>
  new Date(day.getTime() + plusDays * DAY + (hh * 60 + mm) * MINUTE).toISOString();

// A planned window on `day` from hh:mm lasting `minutes`.
export const slot = (day: Date, hh: number, mm: number, minutes: number) => ({
  plannedStart: at(day, hh, mm),
  plannedEnd: new Date(Date.parse(at(day, hh, mm)) + minutes * MINUTE).toISOString(),
});
