// A record's timeline kinds by tone name rather than class strings: one palette for every timeline.
import type { LucideIcon } from "lucide-react";
import { FALLBACK_KIND, type TimelineKindStyle } from "@/components/ui/timeline";

export type TimelineTone = "neutral" | "accent" | "danger" | "warning" | "success";

const TONES: Record<TimelineTone, string> = {
  neutral: FALLBACK_KIND.tone,
  accent: "text-accent bg-accent/10 border-accent/30",
  danger: "text-danger bg-danger/10 border-danger/30",
  warning: "text-warning bg-warning/10 border-warning/30",
  success: "text-success bg-success/10 border-success/30",
};

/**
 * A timeline kind's look: its icon, its label, and its tone.
 * @example const KINDS = { CREATED: timelineKind(Siren, "Reported", "danger") };
 */
export const timelineKind = (icon: LucideIcon, label: string, tone: TimelineTone): TimelineKindStyle => ({
  icon,
  label,
  tone: TONES[tone],
});

/** The style of `kind` in `kinds`; a kind the server added before the UI knew it still shows, plainly. */
export const styleOfKind = (kinds: Readonly<Record<string, TimelineKindStyle>>, kind: string) =>
  kinds[kind] ?? FALLBACK_KIND;
