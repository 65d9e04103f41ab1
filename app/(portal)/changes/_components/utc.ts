// Change times are planned and shown in UTC (deployment windows are UTC). The input side is the kit's
// one module; the display side lives in lib so timeline reasons written by the server read the same.
export { fromUtcInput, toUtcInput } from "@/components/ui/utc-input";
export { formatUtc, formatUtcRange, utcClock, utcDay, utcMonth } from "@/lib/changes/utc-format";
