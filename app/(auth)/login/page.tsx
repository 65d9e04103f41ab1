import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/app/(auth)/login/_components/login-form";
import { getPagePrincipal } from "@/lib/auth/principal";
import { safeCallbackPath } from "@/lib/auth/safe-callback";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  if (await getPagePrincipal()) redirect(callbackUrl);
  return (
    <main className="grid min-h-dvh place-items-center px-4">
      <div className="w-full max-w-sm">
        <div className="mb-6 flex items-center gap-2">
          <span
            aria-hidden
            className="grid size-8 place-items-center rounded-md bg-accent font-bold text-accent-fg"
          >
            N
          </span>
          <div>
            <h1 className="text-lg font-semibold leading-tight">Neuron Ops</h1>
            <p className="text-xs text-muted">Operations portal</p>
          </div>
        </div>
        <LoginForm callbackUrl={callbackUrl} expired={params.expired === "1"} />
      </div>
    </main>
  );
}
