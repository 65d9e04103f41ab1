// GET /api/changes/{key}/gate: may this change deploy now (or at `at`)?
import "server-only";
import { evaluateGate } from "@/lib/changes/gate";
import { freezesFor } from "@/lib/changes/get-change";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";

export async function changeGate(key: string, at = new Date()) {
  const change = await db.change.findUnique({ where: { key } });
  if (!change) throw notFound(`Change ${key}`);
  const freezes = await freezesFor(db, change.environment);
  const verdict = evaluateGate(
    {
      ...change,
      emergencyAuthorized: change.category === "EMERGENCY" && change.emergencyAuthorizedById !== null,
      freezes,
    },
    at,
  );
  return { key, at: at.toISOString(), ...verdict };
}
