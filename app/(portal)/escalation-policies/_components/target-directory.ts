// The schedules and active people a policy's targets are chosen from and named by, read on the server
// so the policy pages render names on the first paint (the browser keeps them fresh: useTargetDirectory).
import "server-only";
import type { TargetDirectory } from "@/lib/client/escalation";
import { listSchedules } from "@/lib/oncall/schedules";
import { listActiveUsers } from "@/lib/users/list-users";

export async function loadTargetDirectory(): Promise<TargetDirectory> {
  const [schedules, people] = await Promise.all([listSchedules(), listActiveUsers()]);
  return {
    schedules: schedules.items.map(({ id, name }) => ({ id, name })),
    people: people.map(({ id, name }) => ({ id, name })),
  };
}
