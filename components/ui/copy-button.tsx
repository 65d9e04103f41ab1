"use client";
// Copies a text to the clipboard and says so. Without a clipboard (plain HTTP, no permission) it says
// that too: the text is on screen to select by hand.
import { useState } from "react";
import { Check, Copy } from "lucide-react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";

type Props = {
  text: string;
  /** The button's text ("Copy secret"); its accessible name too. */
  label?: string;
  className?: string;
};

export function CopyButton({ text, label = "Copy", className }: Props) {
  const [result, setResult] = useState<"copied" | "failed" | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setResult("copied");
    } catch {
      setResult("failed");
    }
    setTimeout(() => setResult(null), 2500);
  }

  return (
    <span className={cn("inline-flex items-center gap-2", className)}>
      <Button size="sm" onClick={() => void copy()}>
        {result === "copied" ? (
          <Check aria-hidden className="size-3" />
        ) : (
          <Copy aria-hidden className="size-3" />
        )}{" "}
        {label}
      </Button>
      <span role="status" className={result === "failed" ? "text-xs text-danger" : "text-xs text-success"}>
        {result === "copied" ? "Copied" : result === "failed" ? "Copy failed; select the text instead" : null}
      </span>
    </span>
  );
}
