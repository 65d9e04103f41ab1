"use client";
// A list's "Add vendor n" button: a link to the add page that also registers its key, so the key, the
// hint on the button and the `?` help come from one declaration. Render it only for those who may add.
import Link from "next/link";
import { useRouter } from "next/navigation";
import type { ReactNode } from "react";
import { Plus } from "lucide-react";
import { buttonClass } from "@/components/ui/button";
import { KeyHint, useShortcuts } from "@/components/ui/shortcuts";

type Props = {
  href: string;
  /** What the key does, in the `?` help: "Add a vendor". */
  shortcutLabel: string;
  /** The key legend's word: "add" by default. */
  hint?: string;
  /** The key: "n" by default. */
  shortcut?: string;
  children: ReactNode;
};

/** @example {canWrite ? <NewRecordLink href="/vendors/new" shortcutLabel="Add a vendor">Add vendor</NewRecordLink> : null} */
export function NewRecordLink({ href, shortcutLabel, hint = "add", shortcut = "n", children }: Props) {
  const router = useRouter();
  useShortcuts([{ key: shortcut, label: shortcutLabel, hint, run: () => router.push(href) }]);
  return (
    <Link className={buttonClass("primary")} href={href} aria-keyshortcuts={shortcut}>
      <Plus aria-hidden className="size-4" /> {children} <KeyHint shortcut={shortcut} />
    </Link>
  );
}
