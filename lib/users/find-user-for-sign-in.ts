import "server-only";
import { db } from "@/lib/db";

export async function findUserForSignIn(email: string) {
  return db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, email: true, name: true, passwordHash: true, isActive: true },
  });
}
