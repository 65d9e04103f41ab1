import type { AccessStatus, AccessType } from "@/lib/access/rules";

export const STATUS_LABELS: Record<AccessStatus, string> = {
  PENDING: "Pending",
  APPROVED: "Approved",
  DENIED: "Denied",
  CANCELLED: "Cancelled",
  EXPIRED: "Expired",
  REVOKED: "Revoked",
};

export const STATUS_TONES = {
  PENDING: "warning",
  APPROVED: "success",
  DENIED: "danger",
  CANCELLED: "neutral",
  EXPIRED: "neutral",
  REVOKED: "danger",
} as const satisfies Record<AccessStatus, string>;

export const TYPE_TONES = { READ: "neutral", WRITE: "accent", ADMIN: "danger" } as const satisfies Record<
  AccessType,
  string
>;

export const TYPE_HINTS: Record<AccessType, string> = {
  READ: "See data and logs",
  WRITE: "Change data or configuration",
  ADMIN: "Full control · needs two approvers",
};

export const describeAccess = (r: { accessType: AccessType; resources: string[] }) =>
  `${r.accessType} on ${r.resources.join(", ")}`;
