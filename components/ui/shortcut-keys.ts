// The pure half of the shortcut registry: which registered shortcut a key press runs, and which keys
// pressed before the page was ready are replayed. No React, no DOM: unit-tested in milliseconds.

/** Where a shortcut is listed: "page" and "list" keys in the page's legend and help, "global" only in help. */
export type ShortcutGroup = "page" | "list" | "global";

/** One registered key. `key` is a `KeyboardEvent.key` ("a", "/", "Enter", "ArrowLeft") or "g i" for a two-key sequence. */
export type ShortcutEntry = {
  key: string;
  /** What it does, in the `?` help ("Acknowledge the incident"). */
  label: string;
  /** A word or two for the legend beside a list ("acknowledge"); defaults to the label. */
  hint?: string;
  group: ShortcutGroup;
  /** Held down, it repeats (j/k); otherwise only the first press counts. */
  allowRepeat?: boolean;
  /** Also acts while typing in a field (Escape leaving the search box). */
  allowInFields?: boolean;
  /** `false`: listed in the `?` help only, not in the page's legend. */
  inLegend?: boolean;
};

export type KeyPress = {
  key: string;
  /** Milliseconds on one clock (`event.timeStamp` / `performance.now()`). */
  at: number;
  hasModifier: boolean;
  isRepeat: boolean;
  isInField: boolean;
  isInDialog: boolean;
};

/** A sequence's first key waits this long for its second one. */
export const SEQUENCE_MS = 1200;

/** Keys pressed before the page was ready are replayed for this long after they were pressed. */
export const EARLY_KEY_MAX_AGE_MS = 5000;

export type SequenceState = { prefix: string | null; at: number };
export const NO_SEQUENCE: SequenceState = { prefix: null, at: 0 };

export type Resolution<T extends ShortcutEntry> = {
  /** The shortcut to run, if any. */
  match: T | null;
  /** The press belongs to a shortcut (run or a sequence started): the browser's default is prevented. */
  isConsumed: boolean;
  next: SequenceState;
};

/** The shortcut a press runs. Later entries win over earlier ones with the same key. */
export function resolveKey<T extends ShortcutEntry>(
  entries: readonly T[],
  state: SequenceState,
  press: KeyPress,
): Resolution<T> {
  const none = { match: null, isConsumed: false };
  if (press.hasModifier) return { ...none, next: NO_SEQUENCE };
  const find = (key: string) =>
    entries.findLast((e) => e.key === key && (e.allowInFields || !press.isInField));
  if (press.isInField || press.isInDialog) {
    // Only field-aware keys act here (Escape leaves the search box); a dialog keeps its keys to itself.
    const match = press.isInDialog ? null : (find(press.key) ?? null);
    return { match, isConsumed: match !== null, next: NO_SEQUENCE };
  }
  if (state.prefix !== null && press.at - state.at < SEQUENCE_MS) {
    // The second key of "g i" never also runs the page's own "i".
    const match = find(`${state.prefix} ${press.key}`) ?? null;
    return { match, isConsumed: true, next: NO_SEQUENCE };
  }
  if (press.isRepeat) {
    const match = find(press.key);
    return match?.allowRepeat
      ? { match, isConsumed: true, next: NO_SEQUENCE }
      : { ...none, next: NO_SEQUENCE };
  }
  if (entries.some((e) => e.key.startsWith(`${press.key} `))) {
    return { match: null, isConsumed: true, next: { prefix: press.key, at: press.at } };
  }
  const match = find(press.key) ?? null;
  return { match, isConsumed: match !== null, next: NO_SEQUENCE };
}

export type EarlyKey = { key: string; at: number };

/**
 * Replays keys pressed before their page listened, in order. A key whose shortcut is not registered yet
 * waits (its page part may still be hydrating) unless a later key acted, and every key expires after
 * EARLY_KEY_MAX_AGE_MS, so a stray letter never fires long after on another page.
 */
export function replayEarlyKeys<T extends ShortcutEntry>(
  pending: readonly EarlyKey[],
  entries: readonly T[],
  now: number,
  state: SequenceState = NO_SEQUENCE,
): { run: T[]; pending: EarlyKey[]; state: SequenceState } {
  const fresh = pending.filter((k) => now - k.at <= EARLY_KEY_MAX_AGE_MS);
  const run: T[] = [];
  let waiting: EarlyKey[] = [];
  let current = state;
  for (const k of fresh) {
    const press = {
      key: k.key,
      at: k.at,
      hasModifier: false,
      isRepeat: false,
      isInField: false,
      isInDialog: false,
    };
    const result = resolveKey(entries, current, press);
    current = result.next;
    if (result.match) run.push(result.match);
    if (result.isConsumed) waiting = [];
    else waiting.push(k);
  }
  return { run, pending: waiting, state: current };
}

const KEY_NAMES: Record<string, string> = {
  ArrowLeft: "←",
  ArrowRight: "→",
  ArrowUp: "↑",
  ArrowDown: "↓",
  Escape: "Esc",
  " ": "Space",
};

/** How a key is printed in a legend or the help ("ArrowLeft" → "←", "g i" → "g i"). */
export function formatKey(key: string): string {
  return key
    .split(" ")
    .map((k) => KEY_NAMES[k] ?? k)
    .join(" ");
}

/** The page's own keys (page and list), one per key: the one that would run. */
export function pageEntries<T extends ShortcutEntry>(entries: readonly T[]): T[] {
  return uniqueByKey(entries).filter((e) => e.group !== "global");
}

/** What a key legend beside the page shows. */
export function legendEntries<T extends ShortcutEntry>(entries: readonly T[]): T[] {
  return pageEntries(entries).filter((e) => e.inLegend !== false);
}

/** One entry per key, the one `resolveKey` would run, in registration order of their first appearance. */
export function uniqueByKey<T extends ShortcutEntry>(entries: readonly T[]): T[] {
  const winners = new Map<string, T>();
  for (const e of entries) winners.set(e.key, e);
  return [...new Set(entries.map((e) => e.key))].map((k) => winners.get(k)!);
}
