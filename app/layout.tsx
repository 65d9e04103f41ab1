import type { Metadata, Viewport } from "next";
import { cookies } from "next/headers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Neuron Ops", template: "%s · Neuron Ops" },
  description: "Operations portal of the Neuron platform",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

// The theme is a cookie, so the server renders the right colours and no inline script is needed.
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const theme = (await cookies()).get("theme")?.value;
  const themeClass = theme === "dark" || theme === "light" ? theme : undefined;
  return (
    <html lang="en" className={themeClass}>
      <body className="min-h-dvh font-sans text-sm antialiased">{children}</body>
    </html>
  );
}
