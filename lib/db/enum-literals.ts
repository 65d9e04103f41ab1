// The one place SQL text is built from values: enum values written as literals, so the planner can match a
// partial index whose predicate names them (a bound parameter hides the predicate from a prepared plan).
import { Prisma } from "@/generated/prisma/client";

/**
 * `'A', 'B'` for `IN (…)`, from values of a closed enum (a Prisma enum object such as `IncidentStatus`).
 * Every value is checked at runtime against the enum and against a plain identifier pattern, whatever the
 * caller's types say: anything else (a quote, a value the enum lacks) throws instead of reaching the SQL.
 */
export function enumLiterals<E extends Record<string, string>>(
  allowed: E,
  values: readonly E[keyof E][],
): Prisma.Sql {
  const known = new Set<string>(Object.values(allowed));
  for (const value of values as readonly unknown[]) {
    if (typeof value !== "string" || !known.has(value) || !/^[A-Z][A-Z0-9_]*$/.test(value))
      throw new Error(`Not a value of the enum: ${JSON.stringify(value)}`);
  }
  if (!values.length) throw new Error("No enum values given");
  return Prisma.raw(values.map((v) => `'${v}'`).join(", "));
}
