// INC-<year>-<sequence>, the sequence zero-padded to at least 4 digits and never reused.
export function formatIncidentKey(year: number, seq: number): string {
  return `INC-${year}-${String(seq).padStart(4, "0")}`;
}

export const INCIDENT_KEY_PATTERN = /^INC-\d{4}-\d{4,}$/;
