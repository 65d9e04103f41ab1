import "server-only";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { ServiceResponse } from "@/lib/services/schemas";
import { toServiceResponse } from "@/lib/services/to-service-response";

export async function getServiceOrThrow(slug: string): Promise<ServiceResponse> {
  const row = await db.service.findUnique({ where: { slug } });
  if (!row) throw notFound(`Service '${slug}'`);
  return toServiceResponse(row);
}
