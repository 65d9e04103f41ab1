// The one duration style; it lives in lib/format so server code (e-mails, exports) writes the same text.
export {
  formatDuration,
  formatMinutes,
  type DurationOptions,
  type DurationStyle,
} from "@/lib/format/duration";
