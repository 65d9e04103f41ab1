import "server-only";
import { db } from "@/lib/db";

// People a record can name (owners, assignees): active users, smallest useful shape.
export async function listActiveUsers() {
  return db.user.findMany({
    where: { isActive: true },
    select: { id: true, name: true, email: true, roles: true },
    orderBy: { name: "asc" },
  });
}
