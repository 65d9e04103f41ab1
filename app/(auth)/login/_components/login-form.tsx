"use client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { Spinner } from "@/components/ui/states";
import { safeCallbackPath } from "@/lib/auth/safe-callback";

type Status = { kind: "idle" } | { kind: "submitting" } | { kind: "error"; message: string };

// Posts to next-auth's credentials callback directly, so a 429 from the sign-in limiter is shown as such.
async function signIn(
  email: string,
  password: string,
): Promise<{ ok: true } | { ok: false; message: string }> {
  const csrf = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await fetch("/api/auth/callback/credentials", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "x-auth-return-redirect": "1" },
    body: new URLSearchParams({ csrfToken: csrf.csrfToken, email, password, json: "true" }),
  });
  if (res.status === 429) {
    const problem = (await res.json().catch(() => ({}))) as { detail?: string };
    return { ok: false, message: problem.detail ?? "Too many failed sign-ins. Try again later." };
  }
  const body = (await res.json().catch(() => ({}))) as { url?: string };
  const error = body.url ? new URL(body.url, window.location.origin).searchParams.get("error") : "unknown";
  if (!res.ok || error) return { ok: false, message: "The email or password is not right." };
  return { ok: true };
}

export function LoginForm({ callbackUrl, expired }: { callbackUrl: string; expired: boolean }) {
  const router = useRouter();
  const [status, setStatus] = useState<Status>({ kind: "idle" });

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setStatus({ kind: "submitting" });
    try {
      const text = (name: string) => {
        const value = form.get(name);
        return typeof value === "string" ? value : "";
      };
      const result = await signIn(text("email"), text("password"));
      if (!result.ok) return setStatus({ kind: "error", message: result.message });
      // The page already checked it; checked again here so this component is safe with any caller.
      router.replace(safeCallbackPath(callbackUrl));
      router.refresh();
    } catch {
      setStatus({
        kind: "error",
        message: "The portal could not be reached. Check your connection and try again.",
      });
    }
  }

  return (
    <form
      onSubmit={(e) => void onSubmit(e)}
      className="space-y-4 rounded-lg border border-border bg-surface p-5 shadow-sm"
      noValidate
    >
      <h2 className="text-base font-semibold">Sign in</h2>
      {expired && status.kind === "idle" ? (
        <p className="rounded-md bg-warning/10 px-3 py-2 text-sm text-warning">
          Your session ended. Sign in again to continue.
        </p>
      ) : null}
      <Field label="Email">
        {(id) => <Input id={id} name="email" type="email" autoComplete="username" required autoFocus />}
      </Field>
      <Field label="Password">
        {(id) => <Input id={id} name="password" type="password" autoComplete="current-password" required />}
      </Field>
      {status.kind === "error" ? (
        <p role="alert" className="rounded-md bg-danger/10 px-3 py-2 text-sm text-danger">
          {status.message}
        </p>
      ) : null}
      <Button type="submit" variant="primary" className="w-full" disabled={status.kind === "submitting"}>
        {status.kind === "submitting" ? <Spinner label="Signing in" /> : null}
        Sign in
      </Button>
    </form>
  );
}
