import "server-only";
import { recordAudit, type Actor } from "@/lib/audit/record-audit";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createUserInput, type CreateUserInput } from "@/lib/users/schemas";

export async function createUser(actor: Actor, raw: CreateUserInput) {
  const input = createUserInput.parse(raw);
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
      throw new AppError("CONFLICT", `A user with email ${input.email} already exists`);
    }
    const user = await tx.user.create({
      data: { email: input.email, name: input.name, roles: input.roles, passwordHash },
    });
    const after = {
      id: user.id,
      email: user.email,
      name: user.name,
      roles: user.roles,
      isActive: user.isActive,
    };
    await recordAudit(tx, { actor, action: "user.create", entityType: "user", entityId: user.id, after });
    return after;
  });
}

export async function countUsers(): Promise<number> {
  return db.user.count();
}
