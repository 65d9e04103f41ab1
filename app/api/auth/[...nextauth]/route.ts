// Serves next-auth's endpoints. Credential sign-ins are rate limited per account and per client first.
import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { problemResponse } from "@/lib/api/problem";
import { otherMethods, problemUnlessJson } from "@/lib/api/route-methods";
import { clientIp } from "@/lib/auth/client-ip";
import { authOptions } from "@/lib/auth/options";
import { checkSignInAllowed, recordSignInAttempt } from "@/lib/auth/sign-in-attempts";
import { AppError } from "@/lib/errors";

const nextAuth = NextAuth(authOptions) as (req: NextRequest, ctx: unknown) => Promise<Response>;

type Ctx = { params: Promise<{ nextauth: string[] }> };

export async function GET(req: NextRequest, ctx: Ctx) {
  return problemUnlessJson(await nextAuth(req, ctx));
}

export async function POST(req: NextRequest, ctx: Ctx) {
  const { nextauth } = await ctx.params;
  if (nextauth.join("/") === "callback/credentials") {
    const form = await req
      .clone()
      .formData()
      .catch(() => null);
    const field = form?.get("email");
    const email = (typeof field === "string" ? field : "").replaceAll("\0", "").trim().toLowerCase();
    const ip = clientIp(req.headers);
    const limit = await checkSignInAllowed(email, ip);
    if (!limit.allowed) {
      await recordSignInAttempt({
        email,
        userId: null,
        clientIp: ip,
        success: false,
        reason: "RATE_LIMITED",
      });
      return problemResponse(
        new AppError(
          "RATE_LIMITED",
          `Too many failed sign-ins. Try again in ${Math.ceil(limit.retryAfterSeconds / 60)} minute(s).`,
          {
            headers: { "retry-after": String(limit.retryAfterSeconds) },
          },
        ),
      );
    }
  }
  return problemUnlessJson(await nextAuth(req, ctx));
}

// Any other method: 405 problem+json with Allow (OPTIONS: 204 with Allow).
export const { PUT, PATCH, DELETE, OPTIONS } = otherMethods("GET", "POST");
