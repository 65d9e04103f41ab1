// TypeScript checks the keys of an object literal against Prisma's input type, but not the keys of an
// object spread into it or passed as a variable: `data: { ...input }` with a misspelt column compiles and
// fails at runtime. `onlyColumns` closes that gap for zod-parsed inputs handed to Prisma whole.

type NoExtraKeys<T, Input> = T & { [K in Exclude<keyof T, keyof Input>]: never };

/**
 * Returns a checker for one Prisma input type: `onlyColumns<Prisma.VendorUncheckedUpdateInput>()(fields)`
 * returns `fields` unchanged, and does not compile if `fields` has a key that is not a column (or relation)
 * of that input. Values are still checked where the result is used as `data`.
 *
 * @example
 * const vendorUpdate = onlyColumns<Prisma.VendorUncheckedUpdateInput>();
 * await tx.vendor.update({ where: { id }, data: { ...vendorUpdate(fields), version } });
 */
export function onlyColumns<Input extends object>() {
  return <T extends object>(value: NoExtraKeys<T, Input>): T => value;
}
