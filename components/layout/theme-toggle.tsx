"use client";
import { Monitor, Moon, Sun } from "lucide-react";
import { useEffect, useState } from "react";

type Theme = "system" | "light" | "dark";
const NEXT: Record<Theme, Theme> = { system: "light", light: "dark", dark: "system" };
const LABEL: Record<Theme, string> = { system: "System theme", light: "Light theme", dark: "Dark theme" };

function readTheme(): Theme {
  const match = /(?:^|; )theme=(light|dark)/.exec(document.cookie);
  return (match?.[1] as Theme | undefined) ?? "system";
}

export function ThemeToggle() {
  const [theme, setTheme] = useState<Theme>("system");
  useEffect(() => setTheme(readTheme()), []);

  const apply = (next: Theme) => {
    setTheme(next);
    const root = document.documentElement;
    root.classList.remove("light", "dark");
    if (next === "system") document.cookie = "theme=; path=/; max-age=0; samesite=lax";
    else {
      root.classList.add(next);
      document.cookie = `theme=${next}; path=/; max-age=31536000; samesite=lax`;
    }
  };

  const Icon = theme === "dark" ? Moon : theme === "light" ? Sun : Monitor;
  return (
    <button
      type="button"
      onClick={() => apply(NEXT[theme])}
      className="rounded p-1.5 text-muted hover:bg-surface-2 hover:text-fg"
      aria-label={`${LABEL[theme]} (click to change)`}
      title={LABEL[theme]}
    >
      <Icon className="size-4" />
    </button>
  );
}
