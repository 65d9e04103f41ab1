// CHG-<year>-<sequence>, the sequence zero-padded to at least 4 digits and never reused (like INC keys).
export function formatChangeKey(year: number, seq: number): string {
  return `CHG-${year}-${String(seq).padStart(4, "0")}`;
}

export const CHANGE_KEY_PATTERN = /^CHG-\d{4}-\d{4,}$/;

export function parseChangeKey(key: string): { year: number; seq: number } | null {
  if (!CHANGE_KEY_PATTERN.test(key)) return null;
  const [, year, seq] = key.split("-");
  return { year: Number(year), seq: Number(seq) };
}
