"use client";
// A button that does what a page's shortcut does, and says so: `aria-keyshortcuts` for assistive
// technology and the key hint from the registry (shown only while the key is registered).
import type { ComponentProps, ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { KeyHint } from "@/components/ui/shortcuts";

type Props = Omit<ComponentProps<typeof Button>, "children"> & {
  /** The key registered with useShortcuts for the same action. */
  shortcut: string;
  /** A lucide icon at `size-4`, before the label. */
  icon?: ReactNode;
  children: ReactNode;
};

/** @example <ShortcutButton shortcut="e" icon={<Pencil aria-hidden className="size-4" />} onClick={edit}>Edit</ShortcutButton> */
export function ShortcutButton({ shortcut, icon, children, ...props }: Props) {
  return (
    <Button aria-keyshortcuts={shortcut} {...props}>
      {icon} {children} <KeyHint shortcut={shortcut} />
    </Button>
  );
}
