// How many items a list's filters match in all, and how many of them are on screen when that is fewer:
// "23 incidents", or "523 incidents · the first 200 are shown: narrow the filters or export".
// `data-list-total` carries the number, so a test can compare it with the figure that linked here.
import { cn } from "@/components/ui/cn";

type Props = {
  /** Matching items across every page (the list API's `total`); undefined while loading. */
  total: number | undefined;
  /** Items on screen. */
  shown: number;
  /** The item's name, singular ("incident"); `plural` when it is not just an added "s". */
  noun: string;
  plural?: string;
  className?: string;
};

export function ListTotal({ total, shown, noun, plural = `${noun}s`, className }: Props) {
  if (total === undefined) return null;
  return (
    <span
      className={cn("text-xs text-muted", className)}
      data-testid="list-total"
      data-list-total={total}
      aria-live="polite"
    >
      <span className="font-medium text-fg">{`${total} ${total === 1 ? noun : plural}`}</span>
      {shown < total ? ` · the first ${shown} are shown: narrow the filters or export` : null}
    </span>
  );
}
