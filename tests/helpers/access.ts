// Calls to the access-request routes the way a client makes them.
import * as cancelRoute from "@/app/api/access-requests/[id]/cancel/route";
import * as decisionRoute from "@/app/api/access-requests/[id]/decision/route";
import * as revokeRoute from "@/app/api/access-requests/[id]/revoke/route";
import * as requestRoute from "@/app/api/access-requests/[id]/route";
import * as requestsRoute from "@/app/api/access-requests/route";
import { call } from "./api";
import { unique } from "../factories";

type Json = Record<string, unknown>;
export type AccessRequestJson = Json & {
  id: string;
  status: string;
  version: number;
  expiresAt: string | null;
  approvals: Json[];
};

export const requestAccess = async (token: string, body: Json = {}) => {
  const res = await call(requestsRoute.POST, "POST", "/api/access-requests", {
    token,
    body: {
      accessType: "READ",
      resources: [unique("res")],
      justification: "Read the payment logs for the open incident",
      durationDays: 7,
      ...body,
    },
  });
  return { ...res, json: res.json as AccessRequestJson };
};
export const listAccess = (token: string, query: Record<string, string> = {}) =>
  call(requestsRoute.GET, "GET", "/api/access-requests", { token, query });
export const getAccess = (token: string, id: string) =>
  call(requestRoute.GET, "GET", `/api/access-requests/${id}`, { token, params: { id } });
export const decideAccess = (
  token: string,
  id: string,
  body: { decision: "APPROVE" | "DENY"; comment?: string; expiresAt?: string },
) => call(decisionRoute.POST, "POST", `/api/access-requests/${id}/decision`, { token, params: { id }, body });
export const cancelAccess = (token: string, id: string, version: number) =>
  call(cancelRoute.POST, "POST", `/api/access-requests/${id}/cancel`, {
    token,
    params: { id },
    body: { version },
  });
export const revokeAccess = (
  token: string,
  id: string,
  version: number,
  reason = "No longer on the incident",
) =>
  call(revokeRoute.POST, "POST", `/api/access-requests/${id}/revoke`, {
    token,
    params: { id },
    body: { version, reason },
  });
