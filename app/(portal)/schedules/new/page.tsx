import type { Metadata } from "next";
import { NewSchedule } from "@/app/(portal)/schedules/_components/new-schedule";
import { ForbiddenState } from "@/components/layout/forbidden-state";
import { FormPage } from "@/components/ui/form-page";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";

export const metadata: Metadata = { title: "New schedule" };

export default async function NewSchedulePage() {
  const user = await requirePageUser();
  if (!can(user.roles, "schedule:manage")) return <ForbiddenState />;
  return (
    <FormPage
      back={{ href: "/schedules", label: "On-call schedules" }}
      title="New schedule"
      description="Who is on call, in turns. Its calendar feed link is shown once, right after it is created."
    >
      <NewSchedule />
    </FormPage>
  );
}
