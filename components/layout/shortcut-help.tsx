"use client";
// The `?` help: every key that works where you are, read from the shortcut registry (the page's own keys,
// its list's, and the ones that work everywhere), so it can never omit one.
import { useEffect, useRef, useState } from "react";
import { formatKey, pageEntries, uniqueByKey, type ShortcutEntry } from "@/components/ui/shortcut-keys";
import { useRegisteredShortcuts, useShortcuts } from "@/components/ui/shortcuts";
import { Kbd } from "@/components/ui/states";

export function ShortcutHelp() {
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  useShortcuts([{ key: "?", label: "Show this help", group: "global", run: () => setOpen(true) }]);
  const entries = useRegisteredShortcuts();

  useEffect(() => {
    if (open) dialog.current?.showModal();
    else dialog.current?.close();
  }, [open]);

  const here = pageEntries(entries);
  const everywhere = uniqueByKey(entries).filter((e) => e.group === "global");
  return (
    <dialog
      ref={dialog}
      onClose={() => setOpen(false)}
      onKeyDown={(e) => e.key === "?" && setOpen(false)}
      className="m-auto max-h-[85dvh] w-96 max-w-[calc(100vw-2rem)] overflow-y-auto rounded-lg border border-border bg-surface p-4 text-fg shadow-xl backdrop:bg-black/40"
      aria-labelledby="shortcut-help-title"
      data-testid="shortcut-help"
    >
      <h2 id="shortcut-help-title" className="mb-3 font-semibold">
        Keyboard shortcuts
      </h2>
      {open ? (
        <>
          {here.length > 0 ? <Section title="On this page" entries={here} /> : null}
          <Section title="Everywhere" entries={everywhere} />
        </>
      ) : null}
      <p className="mt-3 text-xs text-muted">
        Press <Kbd>Esc</Kbd> to close.
      </p>
    </dialog>
  );
}

function Section({ title, entries }: { title: string; entries: ShortcutEntry[] }) {
  return (
    <section className="mb-3" aria-label={title}>
      <h3 className="mb-1.5 text-xs font-medium tracking-wide text-muted uppercase">{title}</h3>
      <ul className="space-y-1.5 text-sm">
        {entries.map((s) => (
          <li key={s.key} className="flex justify-between gap-3" data-shortcut={s.key}>
            <span className="text-muted">{s.label}</span>
            <Kbd>{formatKey(s.key)}</Kbd>
          </li>
        ))}
      </ul>
    </section>
  );
}
