// Home ("/"): an HTTP redirect before anything renders. The triage queue is the home of everyone who
// triages; people whose only role is EXECUTIVE land on the executive dashboard (the figures are what
// they read). Anonymous visitors never get here: proxy.ts sends them to the sign-in page.
import type { NextRequest } from "next/server";
import { principalFromRequest } from "@/lib/auth/principal";

export async function GET(req: NextRequest) {
  const user = await principalFromRequest(req);
  const executiveOnly = !!user && user.roles.length > 0 && user.roles.every((r) => r === "EXECUTIVE");
  const target = !user ? "/login" : executiveOnly ? "/dashboards/executive" : "/incidents";
  // A relative Location: right behind any proxy, whatever host name the portal sees.
  return new Response(null, { status: 307, headers: { location: target, "cache-control": "no-store" } });
}
