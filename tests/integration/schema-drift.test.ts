// The migrated database must match prisma/schema.prisma exactly: a schema change without its migration
// (or a hand-edited migration that diverges) fails here. Uses Prisma's own schema engine (WebAssembly).
import path from "node:path";
import { describe, expect, it } from "vitest";
import { noFilter, openEngine, schemaFiles } from "../../scripts/prisma-engine/engine.mjs";

const ROOT = path.resolve(import.meta.dirname, "../..");

describe("schema drift", () => {
  it("the migrated database matches schema.prisma", async () => {
    const schemaPath = path.join(ROOT, "prisma/schema.prisma");
    const url = process.env.DATABASE_URL!;
    const engine = await openEngine({ url, schemaPath });
    const result = await engine.diff({
      // The live database, reached through the engine's driver adapter (opened on DATABASE_URL above).
      from: { tag: "schemaDatasource", ...schemaFiles(schemaPath), configDir: ROOT },
      to: { tag: "schemaDatamodel", ...schemaFiles(schemaPath) },
      script: true,
      exitCode: true,
      filters: noFilter,
    });
    expect(result.stdout?.trim() ?? "", "SQL needed to bring the migrated database to schema.prisma").toMatch(
      /^(-- This is an empty migration\.)?$/,
    );
    expect(result.exitCode).toBe(0);
  });
});
