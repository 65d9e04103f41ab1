import type { Metadata, Viewport } from "next";
import { cookies, headers } from "next/headers";
import { EarlyKeysScript } from "@/components/ui/early-keys-script";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Neuron Ops", template: "%s · Neuron Ops" },
  description: "Operations portal of the Neuron platform",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

// The theme is a cookie, so the server renders the right colours without an inline script.
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const theme = (await cookies()).get("theme")?.value;
  const themeClass = theme === "dark" || theme === "light" ? theme : undefined;
  // proxy.ts puts the request's CSP nonce here: without it the browser refuses the inline key recorder.
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <html lang="en" className={themeClass}>
      <head>
        <EarlyKeysScript nonce={nonce} />
      </head>
      <body className="min-h-dvh font-sans text-sm antialiased">{children}</body>
    </html>
  );
}
