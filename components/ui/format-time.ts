// The one instant format; it lives in lib/format so server code (e-mails, exports) writes the same text.
export {
  describeInstant,
  formatInstant,
  formatInstantRange,
  splitRange,
  formatRelative,
  runtimeTimeZone,
  toDate,
  type InstantInput,
  type InstantOptions,
} from "@/lib/format/instant";
