/**
 * Props for a box that scrolls a wide table sideways (on phones): focusable, so a keyboard user can
 * scroll it with the arrow keys, and a named region, so a screen reader says what it holds. Spread on
 * the `overflow-x-auto` element: `<div {...scrollRegion("DR test schedule")} className="overflow-x-auto">`.
 * Without it axe reports `scrollable-region-focusable` whenever the table holds nothing focusable.
 */
export function scrollRegion(label: string) {
  return { role: "region", "aria-label": label, tabIndex: 0 } as const;
}
