"use client";
import { signOut } from "next-auth/react";
import { useEffect } from "react";
import { Spinner } from "@/components/ui/states";

export default function LogoutPage() {
  useEffect(() => {
    void signOut({ callbackUrl: "/login" });
  }, []);
  return (
    <main className="grid min-h-dvh place-items-center">
      <p className="flex items-center gap-2 text-muted">
        <Spinner /> Signing out…
      </p>
    </main>
  );
}
