import "server-only";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { ServiceResponse } from "@/lib/services/schemas";
import { toServiceResponse } from "@/lib/services/to-service-response";

/** One service as the API returns it; NOT_FOUND (404) when missing. */
export async function getService(slug: string): Promise<ServiceResponse> {
  const row = await db.service.findUnique({ where: { slug } });
  if (!row) throw notFound(`Service '${slug}'`);
  return toServiceResponse(row);
}
