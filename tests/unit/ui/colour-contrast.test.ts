// The status colours on their own tint (badges, the queue's "breached" count, breached rows) keep WCAG AA
// contrast, 4.5:1, in both themes on every surface. Read from app/globals.css, so a new token is checked.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const CSS = readFileSync(path.resolve(import.meta.dirname, "../../../app/globals.css"), "utf8");
type Rgb = [number, number, number];

function token(name: string): { light: Rgb; dark: Rgb } {
  const match = new RegExp(`--${name}:\\s*light-dark\\((#[0-9a-f]{6}),\\s*(#[0-9a-f]{6})\\)`, "i").exec(CSS);
  if (!match) throw new Error(`--${name} is not a light-dark(#rrggbb, #rrggbb) token in app/globals.css`);
  const rgb = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
  return { light: rgb(match[1]!), dark: rgb(match[2]!) };
}

// WCAG 2 relative luminance and contrast ratio.
const channel = (c: number) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
const luminance = ([r, g, b]: Rgb) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
const contrast = (a: Rgb, b: Rgb) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};
// A colour at `alpha` over a background: Tailwind's bg-danger/10.
const over = (colour: Rgb, background: Rgb, alpha: number): Rgb =>
  colour.map((c, i) => c * alpha + background[i]! * (1 - alpha)) as Rgb;

const SURFACES = ["surface", "surface-2", "bg"] as const;
const TINTS = [0, 0.05, 0.1];

describe.each(["danger", "warning", "success", "accent", "muted"])("--%s text", (name) => {
  it.each(["light", "dark"] as const)(
    "keeps 4.5:1 on its own tint over every surface (%s theme)",
    (theme) => {
      const text = token(name)[theme];
      const failing = SURFACES.flatMap((surface) =>
        TINTS.map((alpha) => ({
          surface,
          alpha,
          ratio: Math.round(contrast(text, over(text, token(surface)[theme], alpha)) * 100) / 100,
        })),
      ).filter((c) => c.ratio < 4.5);
      expect(failing).toEqual([]);
    },
  );
});

describe.each(["light", "dark"] as const)("other pairs the pages use (%s theme)", (theme) => {
  it("text on a solid danger fill (P1, CRITICAL, the unread count) keeps 4.5:1", () => {
    expect(contrast(token("danger-fg")[theme], token("danger")[theme])).toBeGreaterThanOrEqual(4.5);
  });

  it("a muted hint on a selected choice (accent at 15 %) keeps 4.5:1 over every surface", () => {
    const ratios = SURFACES.map((surface) =>
      contrast(token("muted")[theme], over(token("accent")[theme], token(surface)[theme], 0.15)),
    );
    expect(Math.min(...ratios)).toBeGreaterThanOrEqual(4.5);
  });
});
