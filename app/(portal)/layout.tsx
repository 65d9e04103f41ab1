import { Providers } from "@/app/providers";
import { AppShell } from "@/components/layout/app-shell";
import { WebVitalsReporter } from "@/components/telemetry/web-vitals-reporter";
import { requirePageUser } from "@/lib/auth/page-guard";
import { can, PERMISSIONS, type Permission } from "@/lib/auth/permissions";

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePageUser();
  const permissions = (Object.keys(PERMISSIONS) as Permission[]).filter((p) => can(user.roles, p));
  return (
    <Providers>
      <WebVitalsReporter />
      <AppShell user={{ name: user.name, email: user.email, roles: user.roles }} permissions={permissions}>
        {children}
      </AppShell>
    </Providers>
  );
}
