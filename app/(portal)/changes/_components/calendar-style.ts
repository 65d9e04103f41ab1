// Colours of the calendar's layers: windows say where deploying is allowed, freezes where it is not.
import type { Environment } from "@/lib/changes/types";

export const WINDOW_STYLE: Record<Environment, string> = {
  PRODUCTION: "bg-success/15 border-l-2 border-success/70",
  STAGING: "bg-accent/10 border-l-2 border-accent/60",
  DEVELOPMENT: "bg-surface-2",
};

export const ENV_SHORT: Record<Environment, string> = {
  PRODUCTION: "PROD",
  STAGING: "STG",
  DEVELOPMENT: "DEV",
};

export const FREEZE_STYLE = "border border-dashed border-danger/60 bg-danger/10 text-danger";

export const conflictClass = (conflictsWith: string[]) =>
  conflictsWith.length ? "outline-2 outline-danger ring-0" : "";
