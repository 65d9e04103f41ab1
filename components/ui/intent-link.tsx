"use client";
// A link that prefetches its page when the user shows intent (pointer over it, keyboard focus, a touch),
// not when it scrolls into view. For links that come by the dozen (table rows, dashboard figures): Next
// would otherwise prefetch every one on load, each a server render on the instance and a response parsed
// on the phone's main thread while the page is still getting ready (docs/performance.md, Lighthouse).
import Link from "next/link";
import { useRouter } from "next/navigation";
import type { ComponentProps } from "react";

export function IntentLink({
  href,
  onPointerEnter,
  onFocus,
  onTouchStart,
  ...props
}: ComponentProps<typeof Link>) {
  const router = useRouter();
  const url = typeof href === "string" && href.startsWith("/") ? href : null;
  const prefetch = () => {
    if (url) router.prefetch(url);
  };
  return (
    <Link
      {...props}
      href={href}
      prefetch={false}
      onPointerEnter={(e) => {
        prefetch();
        onPointerEnter?.(e);
      }}
      onFocus={(e) => {
        prefetch();
        onFocus?.(e);
      }}
      onTouchStart={(e) => {
        prefetch();
        onTouchStart?.(e);
      }}
    />
  );
}
