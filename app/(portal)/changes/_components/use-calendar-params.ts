"use client";
// The calendar's view, anchor day and environment live in the URL, so a manager can share "that week".
import { useSearchParams } from "next/navigation";
import { useSetUrlParams } from "@/components/ui/use-url-params";
import type { CalendarView } from "@/app/(portal)/changes/_components/calendar-range";

export type CalendarParamName = "view" | "date" | "env";

export function useCalendarParams() {
  const search = useSearchParams();
  const view: CalendarView = search.get("view") === "month" ? "month" : "week";
  return {
    view,
    date: search.get("date"),
    env: search.get("env") ?? "",
    setParams: useSetUrlParams<CalendarParamName>(),
  };
}
