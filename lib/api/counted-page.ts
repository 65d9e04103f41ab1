// A list page that also says how many items match its filters in all: `{ items, nextCursor, total }`.
// `total` is counted with the list's own WHERE (without the cursor), so a dashboard figure that links
// to a filtered list can be checked against it, and a user sees "23 incidents" even when 50 are shown.
import { z } from "zod";
import type { Page } from "@/lib/api/pagination";

/** A page of a list plus the number of items matching its filters across every page. */
export type CountedPage<T> = Page<T> & { total: number };

/** The response schema of a counted list (the OpenAPI document shows `total` on it). */
export const countedPageResponse = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    nextCursor: z.string().nullable(),
    total: z.number().int().min(0).describe("Items matching the filters, across every page"),
  });
