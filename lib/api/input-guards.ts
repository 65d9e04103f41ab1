// Checks on untrusted request input that run before (or beside) the zod schemas: nesting depth, text
// PostgreSQL cannot store, and fields the API does not know. Pure, so they are unit-tested in isolation.
import type { z } from "zod";

/** Deepest array/object nesting a request body may have; real bodies stay under 10. */
export const MAX_JSON_DEPTH = 64;

/**
 * Whether JSON text nests arrays/objects deeper than `max`. A linear scan of the text, so a body of
 * 100,000 brackets is refused before `JSON.parse` and the recursive validators ever see it.
 */
export function jsonNestingExceeds(text: string, max = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why PostgreSQL text could not hold `s` (NUL, or a lone UTF-16 surrogate), or null when it can. */
export function unstorableText(s: string): string | null {
  if (s.includes("\0")) return "NUL characters are not allowed";
  if (LONE_SURROGATE.test(s)) return "Text must be valid Unicode (a lone surrogate such as \\ud800 is not)";
  return null;
}

export type BadText = { path: string; message: string };

/**
 * The first string (value or object key) in `value` that PostgreSQL could not store. Iterative, so
 * no input can overflow the stack.
 */
export function findUnstorableText(value: unknown): BadText | null {
  // Each entry links to its parent, so no path is built (or copied per level) until one is needed.
  type Entry = { value: unknown; key: string | null; parent: Entry | null };
  const pathOf = (entry: Entry | null, last?: string) => {
    const parts: string[] = last === undefined ? [] : [last];
    for (let e = entry; e && e.key !== null; e = e.parent) parts.unshift(e.key);
    return parts.join(".") || "(value)";
  };
  const stack: Entry[] = [{ value, key: null, parent: null }];
  while (stack.length) {
    const entry = stack.pop()!;
    const current = entry.value;
    if (typeof current === "string") {
      const message = unstorableText(current);
      if (message) return { path: pathOf(entry), message };
    } else if (current && typeof current === "object") {
      for (const [key, child] of Object.entries(current)) {
        const keyMessage = unstorableText(key);
        if (keyMessage) return { path: pathOf(entry, printable(key)), message: `Field name: ${keyMessage}` };
        stack.push({ value: child, key, parent: entry });
      }
    }
  }
  return null;
}

// A key shown back in an error: NUL and lone surrogates escaped, so the problem+json stays valid text.
export function printable(key: string): string {
  const cleaned = key.replace(
    /[\0\uD800-\uDFFF]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
  return cleaned.length > 100 ? `${cleaned.slice(0, 100)}…` : cleaned;
}

/**
 * The handbook's own field names where ours differ: a payload shaped like the handbook gets told which
 * field to use instead of having the value silently ignored.
 */
export const HANDBOOK_FIELD_NAMES: Record<string, string[]> = {
  securityCertifications: ["certifications"],
  criticalityLevel: ["criticality"],
  vendorName: ["name"],
  rto: ["rtoHours"],
  rpo: ["rpoHours"],
  dependencies: ["dependsOnServices", "dependsOnVendorIds", "dependsOnFunctionIds"],
  timestamp: ["at"],
};

type Def = { type: string } & Record<string, unknown>;
const defOf = (schema: unknown): Def | undefined =>
  (schema as { _zod?: { def?: Def } } | undefined)?._zod?.def;

function suggestion(key: string, known: string[]): string {
  // Own keys only: a field named "constructor" must not find Object.prototype's.
  const hinted = (Object.hasOwn(HANDBOOK_FIELD_NAMES, key) ? HANDBOOK_FIELD_NAMES[key]! : []).filter((k) =>
    known.includes(k),
  );
  if (hinted.length) return `: use ${hinted.join(" or ")}`;
  const sameLetters = known.find((k) => k.toLowerCase() === key.toLowerCase());
  return sameLetters ? `: use ${sameLetters}` : "";
}

/**
 * Fields in `value` that `schema` does not declare, at any depth ("unknown field x: use y"). zod strips
 * unknown keys silently; a write must not, or a typo or a handbook-shaped payload changes nothing while
 * the client believes it did. Walks optional/nullable/default/pipe/array/record/union wrappers; objects
 * with a catchall (loose or strict) are left to zod.
 */
export function findUnknownFields(
  schema: z.ZodType,
  value: unknown,
  path: string[] = [],
  out: BadText[] = [],
): BadText[] {
  const def = defOf(schema);
  if (!def || out.length >= 20) return out;
  switch (def.type) {
    case "object": {
      if (!value || typeof value !== "object" || Array.isArray(value)) return out;
      const shape = def.shape as Record<string, z.ZodType>;
      const known = Object.keys(shape);
      for (const [key, child] of Object.entries(value)) {
        if (Object.hasOwn(shape, key)) findUnknownFields(shape[key]!, child, [...path, key], out);
        else if (def.catchall === undefined) {
          const where = [...path, printable(key)].join(".");
          out.push({ path: where, message: `Unknown field ${printable(key)}${suggestion(key, known)}` });
        }
      }
      return out;
    }
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "nonoptional":
    case "readonly":
    case "catch":
      return findUnknownFields(def.innerType as z.ZodType, value, path, out);
    case "pipe": {
      // A preprocess (transform → schema) reshapes the input first: check what it feeds the schema.
      const input = defOf(def.in)?.type === "transform" ? def.out : def.in;
      return findUnknownFields(input as z.ZodType, value, path, out);
    }
    case "lazy":
      return findUnknownFields((def.getter as () => z.ZodType)(), value, path, out);
    case "array":
      if (Array.isArray(value))
        value.forEach((item, i) =>
          findUnknownFields(def.element as z.ZodType, item, [...path, String(i)], out),
        );
      return out;
    case "tuple":
      if (Array.isArray(value))
        (def.items as z.ZodType[]).forEach((item, i) =>
          findUnknownFields(item, value[i], [...path, String(i)], out),
        );
      return out;
    case "record":
      if (value && typeof value === "object" && !Array.isArray(value)) {
        for (const [key, child] of Object.entries(value))
          findUnknownFields(def.valueType as z.ZodType, child, [...path, key], out);
      }
      return out;
    case "union": {
      // The option zod would pick (the first that accepts the value) is the one whose fields count.
      const option = (def.options as z.ZodType[]).find((o) => o.safeParse(value).success);
      return option ? findUnknownFields(option, value, path, out) : out;
    }
    default:
      return out;
  }
}
