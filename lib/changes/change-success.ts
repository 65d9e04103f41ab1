// How the change success rate is put into words, on the executive dashboard and the change list alike.
// The rate counts changes that completed and caused no incident, out of every change that finished
// (completed or rolled back); showing "3 of 4 finished" (the completed ones) beside "50 %" read as a
// contradiction, so the words give the rate's own numerator and name its denominator.

/** What "change success" means, for a tooltip beside the figure. */
export const CHANGE_SUCCESS_DEFINITION =
  "Succeeded: completed, not rolled back, and no incident caused. The share is of every change finished (completed or rolled back) in the period.";

/** "2 of 4 finished changes": the changes that succeeded, out of those the rate divides by. */
export function describeChangeSuccess({
  finished,
  successRate,
}: {
  finished: number;
  successRate: number | null;
}): string {
  if (finished === 0 || successRate === null) return "no change finished";
  const succeeded = Math.round(successRate * finished);
  return `${succeeded} of ${finished} finished ${finished === 1 ? "change" : "changes"}`;
}
