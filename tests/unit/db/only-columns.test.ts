// Compile-time contract, checked by `tsc --noEmit` (part of npm test): each @ts-expect-error below fails
// the type check if the misspelt column ever compiles again.
import { describe, expect, it } from "vitest";
import type { Prisma } from "@/generated/prisma/client";
import { onlyColumns } from "@/lib/db/columns";

describe("writes take Prisma's input types", () => {
  it("a spread input with a misspelt column does not compile", () => {
    const vendorUpdate = onlyColumns<Prisma.VendorUncheckedUpdateInput>();
    const good = { name: "Acme", notes: "n" };
    const misspelt = { name: "Acme", nmae: "Acme" };
    const data: Prisma.VendorUncheckedUpdateInput = { ...vendorUpdate(good), version: 2 };
    // @ts-expect-error `nmae` is not a column of Vendor
    const refused: Prisma.VendorUncheckedUpdateInput = { ...vendorUpdate(misspelt), version: 2 };
    expect(data).toEqual({ name: "Acme", notes: "n", version: 2 });
    expect(refused).toBeDefined(); // the helper only checks types: at runtime it returns its argument
  });

  it("a change update built field by field does not compile with a misspelt column", () => {
    const data: Prisma.ChangeUncheckedUpdateInput = { status: "APPROVED", version: 2 };
    // @ts-expect-error `aprovedAt` is not a column of Change
    data.aprovedAt = new Date();
    expect(data.status).toBe("APPROVED");
  });
});
