import { buttonClass } from "@/components/ui/button";
import { ErrorState } from "@/components/ui/states";

/** What a page shows when its data could not be loaded and nothing older is on screen: why, and a Retry. */
export function LoadError({ title, error, onRetry }: { title: string; error: Error; onRetry: () => void }) {
  return (
    <ErrorState
      title={title}
      detail={error.message}
      action={
        <button className={buttonClass()} onClick={onRetry}>
          Retry
        </button>
      }
    />
  );
}
