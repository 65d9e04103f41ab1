"use client";
// One shortcut registry for the portal: components register their keys with a label, one window listener
// runs them, and the `?` help and every key legend are rendered from what is registered, so a legend can
// never show a key that does nothing or miss one that works. Keys pressed before the page was ready
// (recorded by EarlyKeysScript) are replayed once their shortcut is registered.
import { useEffect, useRef, useSyncExternalStore } from "react";
import { cn } from "@/components/ui/cn";
import { Kbd } from "@/components/ui/states";
import {
  NO_SEQUENCE,
  formatKey,
  legendEntries,
  replayEarlyKeys,
  resolveKey,
  type EarlyKey,
  type ShortcutEntry,
  type ShortcutGroup,
} from "@/components/ui/shortcut-keys";
import { EARLY_KEYS_GLOBAL, type EarlyKeysRecorder } from "@/components/ui/early-keys-script";

/**
 * A shortcut as a component declares it. With `when: false` it is not registered (and not listed); a `run`
 * that returns `false` declined the press, which then keeps its default (Enter on a focused button).
 */
export type Shortcut = Omit<ShortcutEntry, "group"> & {
  group?: ShortcutGroup;
  run: () => unknown;
  when?: boolean;
};

type Registered = ShortcutEntry & { run: () => unknown };

// A letter pressed with no shortcut for it this soon after the page loaded waits for its page part to hydrate.
const LIVE_WAIT_WINDOW_MS = 8000;
const FIELD_SELECTOR = "input, textarea, select, [contenteditable=true], [contenteditable='']";

let registrations = new Map<number, Registered[]>();
let snapshot: Registered[] = [];
let nextId = 1;
let sequence = NO_SEQUENCE;
let pending: EarlyKey[] = [];
let flushTimer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<() => void>();
const EMPTY: Registered[] = [];

function publish() {
  snapshot = [...registrations.values()].flat();
  for (const listener of listeners) listener();
  clearTimeout(flushTimer);
  // After the whole commit registered: a page's list keys and letters arrive in the same commit.
  flushTimer = setTimeout(flushPending, 0);
}

function flushPending() {
  if (pending.length === 0) return;
  const result = replayEarlyKeys(pending, snapshot, performance.now(), sequence);
  pending = result.pending;
  sequence = result.state;
  for (const entry of result.run) entry.run();
}

function onKeyDown(e: KeyboardEvent) {
  if (e.defaultPrevented) return;
  const target = e.target instanceof Element ? e.target : null;
  const press = {
    key: e.key,
    at: e.timeStamp,
    hasModifier: e.metaKey || e.ctrlKey || e.altKey,
    isRepeat: e.repeat,
    isInField: !!target?.closest(FIELD_SELECTOR),
    isInDialog: !!target?.closest("dialog[open]"),
  };
  const result = resolveKey(snapshot, sequence, press);
  sequence = result.next;
  const isDeclined = result.match?.run() === false;
  if (result.isConsumed && !isDeclined) {
    e.preventDefault();
    pending = [];
  } else if (!result.isConsumed && isWaitable(press) && e.timeStamp < LIVE_WAIT_WINDOW_MS) {
    pending.push({ key: e.key, at: e.timeStamp });
  }
}

const isWaitable = (p: {
  key: string;
  hasModifier: boolean;
  isRepeat: boolean;
  isInField: boolean;
  isInDialog: boolean;
}) => /^[a-z]$/i.test(p.key) && !p.hasModifier && !p.isRepeat && !p.isInField && !p.isInDialog;

let isListening = false;
function startListening() {
  if (isListening) return;
  isListening = true;
  window.addEventListener("keydown", onKeyDown);
  // From now on this listener sees every key: take over what the inline recorder kept.
  const recorder = (window as unknown as Record<string, EarlyKeysRecorder | undefined>)[EARLY_KEYS_GLOBAL];
  if (recorder) pending = [...recorder.stop(), ...pending];
}

function register(entries: Registered[]): () => void {
  startListening();
  const id = nextId++;
  registrations = new Map(registrations).set(id, entries);
  publish();
  return () => {
    registrations = new Map(registrations);
    registrations.delete(id);
    publish();
  };
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/**
 * Registers a component's keys while it is mounted. Handlers may change on every render; the keys, labels
 * and `when` decide what is listed. Typing in a field, an open dialog and modifier keys never trigger them.
 * @example useShortcuts([{ key: "a", label: "Acknowledge the incident", hint: "acknowledge", run: ack, when: canAck }])
 */
export function useShortcuts(shortcuts: Shortcut[]): void {
  const latest = useRef(shortcuts);
  useEffect(() => {
    latest.current = shortcuts;
  });
  const active = shortcuts.filter((s) => s.when !== false);
  const signature = JSON.stringify(active.map(({ run: _run, when: _when, ...rest }) => rest));
  useEffect(() => {
    const declared = JSON.parse(signature) as Omit<Shortcut, "run" | "when">[];
    return register(
      declared.map((s) => ({
        ...s,
        group: s.group ?? "page",
        run: () => latest.current.find((l) => l.key === s.key && l.when !== false)?.run(),
      })),
    );
  }, [signature]);
}

/** Every shortcut registered now (empty on the server and while hydrating). */
export function useRegisteredShortcuts(): readonly ShortcutEntry[] {
  return useSyncExternalStore(
    subscribe,
    () => snapshot,
    () => EMPTY,
  );
}

/** The keys this page answers to, read from the registry; hidden on phones, which have no keyboard. */
export function KeyLegend({ className }: { className?: string }) {
  const entries = legendEntries(useRegisteredShortcuts());
  return (
    <ul
      aria-label="Keyboard shortcuts"
      data-testid="key-legend"
      className={cn(
        "hidden min-h-5 flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted sm:flex",
        className,
      )}
    >
      {entries.map((e) => (
        <li key={e.key} className="inline-flex items-center gap-1">
          <Kbd>{formatKey(e.key)}</Kbd> {e.hint ?? e.label}
        </li>
      ))}
    </ul>
  );
}

/**
 * The key hint inside a button ("Edit e"), read from the registry: it shows only while a shortcut with
 * that key is registered, so a button never advertises a key that does nothing. Until then (server
 * render, hydration) it keeps its width invisibly, so the button does not jump when it appears.
 * @example <Button>Edit <KeyHint shortcut="e" /></Button>
 */
export function KeyHint({ shortcut }: { shortcut: string }) {
  const isLive = useRegisteredShortcuts().some((e) => e.key === shortcut);
  return (
    <span data-key-hint={shortcut} className={cn(!isLive && "invisible")}>
      <Kbd>{formatKey(shortcut)}</Kbd>
    </span>
  );
}

/** The hint under a form's buttons: Ctrl/⌘ + Enter submits (the form hook's own key, see `useForm`). */
export function SaveHint({ verb = "save" }: { verb?: string }) {
  return (
    <span className="hidden text-xs text-muted sm:inline">
      <Kbd>Ctrl</Kbd> / <Kbd>⌘</Kbd> + <Kbd>Enter</Kbd> to {verb}
    </span>
  );
}
