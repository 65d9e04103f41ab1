// Body limits above the 256 KiB default (docs/api-limits.md): long texts, counted at 6 bytes a character.
export const KiB = 1024;
export const MiB = 1024 * KiB;
