// Two changes conflict when their planned [start, end) ranges overlap and they touch a common service.
// Back-to-back changes (one ends exactly when the next starts) do not conflict.
export type PlannedChange = {
  key: string;
  services: readonly string[];
  start: Date | null;
  end: Date | null;
};
export type ChangeConflict = { a: string; b: string; services: string[] };

export function findConflicts(changes: readonly PlannedChange[]): ChangeConflict[] {
  // Unplanned changes cannot clash with anything yet.
  const planned = changes.filter(
    (c): c is PlannedChange & { start: Date; end: Date } => c.start !== null && c.end !== null,
  );
  const conflicts: ChangeConflict[] = [];
  planned.forEach((a, i) => {
    for (const b of planned.slice(i + 1)) {
      if (!(a.start.getTime() < b.end.getTime() && b.start.getTime() < a.end.getTime())) continue;
      const shared = [...new Set(a.services.filter((s) => b.services.includes(s)))];
      if (shared.length) conflicts.push({ a: a.key, b: b.key, services: shared });
    }
  });
  return conflicts;
}
