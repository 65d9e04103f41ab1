// Shared by the record and complete forms: local date-time boxes to ISO instants, hour boxes to numbers
// (text left as typed so the schema names the field), and the verdict against a target.
export const fromLocalInput = (value: string): string | undefined => {
  if (!value) return undefined;
  const at = new Date(value);
  return Number.isNaN(at.getTime()) ? value : at.toISOString();
};

export const measuredHours = (text: string): number | string | null =>
  text.trim() === "" ? null : Number.isFinite(Number(text)) ? Number(text) : text;

export type Verdict = "MET" | "MISSED" | null;
export function verdict(text: string, target: number): Verdict {
  const n = measuredHours(text);
  return typeof n === "number" ? (n <= target ? "MET" : "MISSED") : null;
}

/** What a run test measured and found, as both forms hold it. */
export type TestResultValues = { rto: string; rpo: string; findings: string; followUps: string[] };
export const BLANK_RESULT: TestResultValues = { rto: "", rpo: "", findings: "", followUps: [] };

/** The result's part of the API input; empty follow-up rows are left out. */
export const toResultInput = (v: TestResultValues) => ({
  measuredRtoHours: measuredHours(v.rto),
  measuredRpoHours: measuredHours(v.rpo),
  findings: v.findings,
  followUps: v.followUps.filter((f) => f.trim()),
});
