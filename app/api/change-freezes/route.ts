// Serves GET/POST /api/change-freezes.
import { handle } from "@/lib/api/handler";
import { otherMethods } from "@/lib/api/route-methods";
import { apiRoutes } from "@/lib/api/routes";
import { createFreeze, listFreezes } from "@/lib/changes/change-freezes";
import { AppError } from "@/lib/errors";

export const GET = handle(apiRoutes.listFreezes, async ({ query }) => {
  const from = query.from ? new Date(query.from) : new Date();
  const to = query.to ? new Date(query.to) : new Date(from.getTime() + 366 * 86_400_000);
  if (to <= from)
    throw new AppError("UNPROCESSABLE", "`to` must be after `from`", {
      errors: [{ path: "to", message: "Must be after from" }],
    });
  return { items: await listFreezes(from, to) };
});

export const POST = handle(apiRoutes.createFreeze, async ({ principal, body }) =>
  createFreeze(principal, body),
);

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods(apiRoutes.listFreezes, apiRoutes.createFreeze);
