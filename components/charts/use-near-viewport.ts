"use client";
import { useEffect, useRef, useState } from "react";

/**
 * Whether the element behind the returned ref has come within `margin` of the viewport (it stays true
 * once it has). Charts wait for it before loading recharts and drawing: on a phone every chart of a
 * dashboard is below the fold, and drawing them all at load kept the page busy for seconds
 * (docs/performance.md, "Lighthouse (mobile)"). Without IntersectionObserver it is true at once.
 */
export function useNearViewport<T extends Element>(margin = "300px") {
  const ref = useRef<T>(null);
  const [isNear, setIsNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || isNear) return;
    if (typeof IntersectionObserver === "undefined") {
      setIsNear(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setIsNear(true);
          observer.disconnect();
        }
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [isNear, margin]);
  return { ref, isNear };
}
