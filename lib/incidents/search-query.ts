// Every word must match, each as a prefix, so "pdf prev" finds "PDF previews" while someone is typing.
// Only letters and digits reach to_tsquery, so its operators cannot be injected.
export function prefixTsQuery(q: string): string | null {
  const words =
    q
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu)
      ?.slice(0, 8) ?? [];
  return words.length ? words.map((w) => `${w}:*`).join(" & ") : null;
}
