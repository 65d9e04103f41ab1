import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import {
  EARLY_KEYS_GLOBAL,
  EARLY_KEYS_SOURCE,
  type EarlyKeysRecorder,
} from "@/components/ui/early-keys-script";
import {
  EARLY_KEY_MAX_AGE_MS,
  NO_SEQUENCE,
  SEQUENCE_MS,
  formatKey,
  legendEntries,
  pageEntries,
  replayEarlyKeys,
  resolveKey,
  type KeyPress,
  type ShortcutEntry,
} from "@/components/ui/shortcut-keys";

const entry = (key: string, extra: Partial<ShortcutEntry> = {}): ShortcutEntry => ({
  key,
  label: `do ${key}`,
  group: "page",
  ...extra,
});
const press = (key: string, at = 0, extra: Partial<KeyPress> = {}): KeyPress => ({
  key,
  at,
  hasModifier: false,
  isRepeat: false,
  isInField: false,
  isInDialog: false,
  ...extra,
});

const QUEUE = [
  entry("g i", { group: "global" }),
  entry("g a", { group: "global" }),
  entry("?", { group: "global" }),
  entry("j", { group: "list", allowRepeat: true }),
  entry("Escape", { group: "list", allowInFields: true, inLegend: false }),
  entry("a"),
  entry("c"),
];

describe("resolveKey", () => {
  it("runs a page key and prevents the browser's default", () => {
    const r = resolveKey(QUEUE, NO_SEQUENCE, press("a"));
    expect(r.match?.key).toBe("a");
    expect(r.isConsumed).toBe(true);
  });

  it("leaves keys nobody registered to the browser", () => {
    expect(resolveKey(QUEUE, NO_SEQUENCE, press("x"))).toMatchObject({ match: null, isConsumed: false });
  });

  it("never acts while typing in a field, with a modifier, or inside an open dialog", () => {
    expect(resolveKey(QUEUE, NO_SEQUENCE, press("a", 0, { isInField: true })).match).toBeNull();
    expect(resolveKey(QUEUE, NO_SEQUENCE, press("a", 0, { hasModifier: true })).match).toBeNull();
    expect(resolveKey(QUEUE, NO_SEQUENCE, press("a", 0, { isInDialog: true })).match).toBeNull();
  });

  it("lets a field-aware key act in a field (Escape leaves the search box)", () => {
    expect(resolveKey(QUEUE, NO_SEQUENCE, press("Escape", 0, { isInField: true })).match?.key).toBe("Escape");
  });

  it("runs 'g a' as navigation, not the page's own 'a'", () => {
    const first = resolveKey(QUEUE, NO_SEQUENCE, press("g", 100));
    expect(first).toMatchObject({ match: null, isConsumed: true });
    const second = resolveKey(QUEUE, first.next, press("a", 400));
    expect(second.match?.key).toBe("g a");
  });

  it("swallows an unknown second key of a sequence, and forgets the prefix after its timeout", () => {
    const g = resolveKey(QUEUE, NO_SEQUENCE, press("g", 0)).next;
    expect(resolveKey(QUEUE, g, press("c", 100))).toMatchObject({ match: null, isConsumed: true });
    expect(resolveKey(QUEUE, g, press("c", SEQUENCE_MS + 1)).match?.key).toBe("c");
  });

  it("repeats only keys made to repeat", () => {
    expect(resolveKey(QUEUE, NO_SEQUENCE, press("j", 0, { isRepeat: true })).match?.key).toBe("j");
    expect(resolveKey(QUEUE, NO_SEQUENCE, press("a", 0, { isRepeat: true })).match).toBeNull();
  });

  it("runs the latest registration of a key", () => {
    const entries = [entry("m", { label: "shell" }), entry("m", { label: "page" })];
    expect(resolveKey(entries, NO_SEQUENCE, press("m")).match?.label).toBe("page");
  });
});

describe("replayEarlyKeys", () => {
  it("runs a key pressed before hydration once its shortcut is registered", () => {
    const shell = [entry("?", { group: "global" })];
    const beforePage = replayEarlyKeys([{ key: "c", at: 500 }], shell, 900);
    expect(beforePage.run).toEqual([]);
    expect(beforePage.pending).toEqual([{ key: "c", at: 500 }]);
    const afterPage = replayEarlyKeys(beforePage.pending, QUEUE, 1200);
    expect(afterPage.run.map((e) => e.key)).toEqual(["c"]);
    expect(afterPage.pending).toEqual([]);
  });

  it("replays in order, sequences included", () => {
    const keys = [
      { key: "j", at: 100 },
      { key: "a", at: 200 },
      { key: "g", at: 300 },
      { key: "i", at: 400 },
    ];
    expect(replayEarlyKeys(keys, QUEUE, 1000).run.map((e) => e.key)).toEqual(["j", "a", "g i"]);
  });

  it("drops keys older than the replay window", () => {
    const result = replayEarlyKeys([{ key: "c", at: 0 }], QUEUE, EARLY_KEY_MAX_AGE_MS + 1);
    expect(result).toMatchObject({ run: [], pending: [] });
  });

  it("drops a waiting key once a later key acted, so it never fires out of order", () => {
    const result = replayEarlyKeys(
      [
        { key: "x", at: 0 },
        { key: "a", at: 10 },
      ],
      QUEUE,
      100,
    );
    expect(result.run.map((e) => e.key)).toEqual(["a"]);
    expect(result.pending).toEqual([]);
  });
});

describe("what the help and legend list", () => {
  it("lists the page's own and list keys in the help, global ones apart, and hides legend-less keys from the legend", () => {
    expect(pageEntries(QUEUE).map((e) => e.key)).toEqual(["j", "Escape", "a", "c"]);
    expect(legendEntries(QUEUE).map((e) => e.key)).toEqual(["j", "a", "c"]);
  });

  it("lists a key once, with the label of the shortcut that runs", () => {
    const entries = [entry("m", { label: "shell" }), entry("a"), entry("m", { label: "page" })];
    expect(pageEntries(entries).map((e) => e.label)).toEqual(["page", "do a"]);
  });

  it("prints keys the way a keyboard shows them", () => {
    expect(formatKey("ArrowLeft")).toBe("←");
    expect(formatKey("g i")).toBe("g i");
    expect(formatKey("Escape")).toBe("Esc");
  });
});

describe("the early key recorder (inline script)", () => {
  type Listener = (e: unknown) => void;
  function loadRecorder() {
    const listeners = new Set<Listener>();
    const fakeWindow: Record<string, unknown> = {
      addEventListener: (_type: string, f: Listener) => listeners.add(f),
      removeEventListener: (_type: string, f: Listener) => listeners.delete(f),
    };
    fakeWindow.window = fakeWindow;
    runInNewContext(EARLY_KEYS_SOURCE, fakeWindow);
    const keydown = (key: string, extra: Record<string, unknown> = {}) => {
      for (const f of listeners) f({ key, timeStamp: 42, target: { closest: () => null }, ...extra });
    };
    return { recorder: fakeWindow[EARLY_KEYS_GLOBAL] as EarlyKeysRecorder, keydown, listeners };
  }

  it("keeps letters pressed outside fields and hands them over once", () => {
    const { recorder, keydown, listeners } = loadRecorder();
    keydown("c");
    keydown("Enter");
    keydown("a", { ctrlKey: true });
    keydown("m", { target: { closest: () => ({}) } });
    expect(recorder.stop()).toEqual([{ key: "c", at: 42 }]);
    expect(listeners.size).toBe(0);
    expect(recorder.stop()).toEqual([]);
  });
});
