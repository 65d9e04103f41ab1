// Where an incident stands in the handbook's response process.
export const RESPONSE_STAGES = [
  "DETECTION",
  "TRIAGE",
  "INVESTIGATION",
  "COMMUNICATION",
  "RESOLUTION",
  "POST_MORTEM",
] as const;
export type ResponseStage = (typeof RESPONSE_STAGES)[number];

export const STAGE_LABELS: Record<ResponseStage, string> = {
  DETECTION: "Detection",
  TRIAGE: "Triage",
  INVESTIGATION: "Investigation",
  COMMUNICATION: "Communication",
  RESOLUTION: "Resolution",
  POST_MORTEM: "Post-mortem",
};

type StageInput = {
  status: string;
  assignedToId: string | null;
  updateCount: number;
  postmortemAt: Date | null;
};

// Detection is done once reported; triage once someone owns and acknowledged it; communication once an
// update went out; resolution when resolved; the post-mortem closes the loop. A reopened incident is
// back in investigation, whatever was written before.
export function currentStage(incident: StageInput): ResponseStage {
  if (incident.status === "CLOSED") return "POST_MORTEM";
  if (incident.status === "RESOLVED") return incident.postmortemAt ? "POST_MORTEM" : "RESOLUTION";
  if (incident.status === "OPEN") return "TRIAGE";
  return incident.updateCount > 0 ? "COMMUNICATION" : "INVESTIGATION";
}
