"use client";
// A record page whose writers open one form at a time in place (edit a vendor, assess it; edit a business
// function, record a DR test): which form is open, the key and the header button that open each, the
// legend, and Esc to close. One declaration feeds the keys, the buttons and the `?` help.
import { useState, type ReactNode } from "react";
import { ShortcutButton } from "@/components/ui/shortcut-button";
import { KeyLegend, useShortcuts } from "@/components/ui/shortcuts";

export type RecordMode<M extends string> = {
  mode: M;
  /** The key that opens it, and what the `?` help and the legend say about it. */
  key: string;
  label: string;
  hint: string;
  /** The header button: its words and icon (lucide, `size-4`); the page's main action is `isPrimary`. */
  button: string;
  icon: ReactNode;
  isPrimary?: boolean;
};

/**
 * @example const { mode, close, actions } = useRecordModes(canWrite, [{ mode: "edit", key: "e", … }]);
 * <PageHeader actions={actions} />; {mode === "edit" ? <EditVendor onDone={close} /> : null}
 */
export function useRecordModes<M extends string>(canWrite: boolean, modes: readonly RecordMode<M>[]) {
  const [mode, setMode] = useState<M | "view">("view");
  const isViewing = mode === "view";
  const close = () => setMode("view");
  useShortcuts([
    ...modes.map((m) => ({
      key: m.key,
      label: m.label,
      hint: m.hint,
      when: canWrite && isViewing,
      run: () => setMode(m.mode),
    })),
    { key: "Escape", label: "Close the form", hint: "close", when: !isViewing, run: close },
  ]);
  const actions =
    canWrite && isViewing ? (
      <>
        <KeyLegend />
        {modes.map((m) => (
          <ShortcutButton
            key={m.mode}
            shortcut={m.key}
            icon={m.icon}
            variant={m.isPrimary ? "primary" : undefined}
            onClick={() => setMode(m.mode)}
          >
            {m.button}
          </ShortcutButton>
        ))}
      </>
    ) : null;
  return { mode, close, actions };
}
