import "server-only";
import { decodeCursor, encodeCursor, type Page } from "@/lib/api/pagination";
import { db } from "@/lib/db";
import type { ServiceListQuery, ServiceResponse } from "@/lib/services/schemas";
import { toServiceResponse } from "@/lib/services/to-service-response";
import { likeLiteral } from "@/lib/api/like";

// Ordered by slug, keyset-paged on it.
export async function listServices(query: ServiceListQuery): Promise<Page<ServiceResponse>> {
  const after = decodeCursor(query.cursor, (v) => (typeof v === "string" ? v : undefined));
  const rows = await db.service.findMany({
    where: {
      tier: query.tier,
      ...(query.q
        ? {
            OR: [
              { slug: { contains: likeLiteral(query.q), mode: "insensitive" } },
              { name: { contains: likeLiteral(query.q), mode: "insensitive" } },
              { owner: { contains: likeLiteral(query.q), mode: "insensitive" } },
            ],
          }
        : {}),
      ...(after ? { slug: { gt: after } } : {}),
    },
    orderBy: { slug: "asc" },
    take: query.limit + 1,
  });
  const items = rows.slice(0, query.limit).map(toServiceResponse);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > query.limit && last ? encodeCursor(last.slug) : null };
}
