// Search text for LIKE/ILIKE (and Prisma's `contains`, which passes it to LIKE as it is): `%`, `_` and
// `\` are characters to find, not wildcards.
export const likeLiteral = (text: string) => text.replace(/[\\%_]/g, "\\$&");
