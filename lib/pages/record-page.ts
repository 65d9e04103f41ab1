// What every record page (an incident, a change, an access request…) does before rendering: find the
// record or show the segment's not-found page, and send a key typed in another case to its one address.
import "server-only";
import { notFound, redirect } from "next/navigation";
import { AppError } from "@/lib/errors";

/**
 * The record the data function finds, or Next's not-found page when it answers NOT_FOUND (which is also
 * what it answers for a record the caller may not see). Any other failure goes to the segment's error page.
 * @example const change = await orNotFound(getChange(key, user));
 */
export async function orNotFound<T>(lookup: Promise<T>): Promise<T> {
  try {
    return await lookup;
  } catch (e) {
    if (e instanceof AppError && e.code === "NOT_FOUND") notFound();
    throw e;
  }
}

/**
 * A record key from the URL in its canonical upper case: not found unless it matches `pattern`, and a
 * link pasted in lower case redirects to `${base}/${KEY}` (one address per record).
 * @example const key = canonicalKey((await params).key, CHANGE_KEY_PATTERN, "/changes");
 */
export function canonicalKey(raw: string, pattern: RegExp, base: string): string {
  const key = raw.toUpperCase();
  if (!pattern.test(key)) notFound();
  if (key !== raw) redirect(`${base}/${key}`);
  return key;
}
