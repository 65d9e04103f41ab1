"use client";
// Resources as tags: Enter or a comma adds what was typed, Backspace in the empty box removes the last
// one, a pasted comma-separated list becomes several. Text still in the box is added on submit.
import { X } from "lucide-react";
import { cn } from "@/components/ui/cn";

type Props = {
  id: string;
  describedBy: string | undefined;
  isInvalid: boolean;
  tags: string[];
  draft: string;
  onTags: (tags: string[]) => void;
  onDraft: (draft: string) => void;
};

export const splitResources = (text: string) =>
  text
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);

export const addResources = (tags: string[], text: string) => [
  ...new Set([...tags, ...splitResources(text)]),
];

export function ResourceInput({ id, describedBy, isInvalid, tags, draft, onTags, onDraft }: Props) {
  const commit = () => {
    if (!draft.trim()) return false;
    onTags(addResources(tags, draft));
    onDraft("");
    return true;
  };
  return (
    <div
      className={cn(
        "flex min-h-9 w-full flex-wrap items-center gap-1 rounded-md border bg-surface px-1.5 py-1 focus-within:border-accent",
        isInvalid ? "border-danger" : "border-border",
      )}
    >
      <ul aria-label="Resources added" className="contents">
        {tags.map((tag) => (
          <li
            key={tag}
            className="inline-flex items-center gap-0.5 rounded border border-border bg-surface-2 py-0.5 pr-0.5 pl-1.5 font-mono text-xs"
            data-testid="resource-tag"
          >
            {tag}
            <button
              type="button"
              className="rounded p-0.5 text-muted hover:bg-surface hover:text-fg"
              aria-label={`Remove ${tag}`}
              onClick={() => onTags(tags.filter((t) => t !== tag))}
            >
              <X aria-hidden className="size-3" />
            </button>
          </li>
        ))}
      </ul>
      <input
        id={id}
        aria-describedby={describedBy}
        aria-invalid={isInvalid}
        value={draft}
        onChange={(e) => {
          const value = e.target.value;
          // A typed or pasted comma closes a tag.
          if (value.includes(",")) {
            const parts = value.split(",");
            const rest = parts.pop() ?? "";
            onTags(addResources(tags, parts.join(",")));
            onDraft(rest.trimStart());
          } else onDraft(value);
        }}
        onKeyDown={(e) => {
          if (e.key === "Enter" && commit()) e.preventDefault();
          else if (e.key === "Backspace" && !draft && tags.length) onTags(tags.slice(0, -1));
        }}
        onBlur={commit}
        placeholder={tags.length ? "Add another" : "e.g. db:billing (replica), grafana:case-dashboards"}
        className="h-7 min-w-40 flex-1 bg-transparent px-1.5 font-mono text-sm outline-none placeholder:font-sans placeholder:text-muted/70"
        maxLength={200}
      />
    </div>
  );
}
