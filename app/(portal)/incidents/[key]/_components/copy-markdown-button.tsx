"use client";
import { useState } from "react";
import { Copy } from "lucide-react";
import { Button } from "@/components/ui/button";

export function CopyMarkdownButton({ markdown }: { markdown: string }) {
  const [result, setResult] = useState<"copied" | "failed" | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(markdown);
      setResult("copied");
    } catch {
      // No clipboard without HTTPS or permission: the text is on screen to select by hand.
      setResult("failed");
    }
    setTimeout(() => setResult(null), 2500);
  }

  return (
    <span className="inline-flex items-center gap-2">
      <Button size="sm" onClick={() => void copy()}>
        <Copy aria-hidden className="size-3" /> Copy markdown
      </Button>
      <span role="status" className={result === "failed" ? "text-xs text-danger" : "text-xs text-success"}>
        {result === "copied" ? "Copied" : result === "failed" ? "Copy failed; select the text instead" : null}
      </span>
    </span>
  );
}
