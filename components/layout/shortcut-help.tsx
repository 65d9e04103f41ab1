"use client";
import { useEffect, useRef, useState } from "react";
import { Kbd } from "@/components/ui/states";

type Shortcut = { keys: string; label: string };

const COMMON: Shortcut[] = [
  { keys: "/", label: "Search the current list" },
  { keys: "j / k", label: "Move down / up in a list" },
  { keys: "Enter", label: "Open the selected row" },
  { keys: "?", label: "Show this help" },
];

export function ShortcutHelp({ items }: { items: Shortcut[] }) {
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target?.closest("input, textarea, select")) return;
      if (e.key === "?") setOpen((o) => !o);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  useEffect(() => {
    if (open) dialog.current?.showModal();
    else dialog.current?.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      onClose={() => setOpen(false)}
      className="m-auto w-80 rounded-lg border border-border bg-surface p-4 text-fg shadow-xl backdrop:bg-black/40"
      aria-label="Keyboard shortcuts"
    >
      <h2 className="mb-3 font-semibold">Keyboard shortcuts</h2>
      <ul className="space-y-1.5 text-sm">
        {[...items, ...COMMON].map((s) => (
          <li key={s.keys} className="flex justify-between gap-3">
            <span className="text-muted">{s.label}</span>
            <Kbd>{s.keys}</Kbd>
          </li>
        ))}
      </ul>
      <p className="mt-3 text-xs text-muted">
        Press <Kbd>Esc</Kbd> to close.
      </p>
    </dialog>
  );
}
