// Calls to the vendor routes the way a client makes them, vendor bodies with unique names, and UTC
// calendar dates counted from today.
import * as assessmentsRoute from "@/app/api/vendors/[id]/assessments/route";
import * as vendorRoute from "@/app/api/vendors/[id]/route";
import * as vendorsRoute from "@/app/api/vendors/route";
import type { Scores } from "@/lib/vendors/assessment-formula";
import type { AssessmentResponse, VendorResponse } from "@/lib/vendors/schemas";
import { unique } from "../factories";
import { call } from "./api";

type Json = Record<string, unknown>;

export const vendorBody = (overrides: Json = {}): Json => ({
  name: `Vendor ${unique("v")}`,
  serviceType: "Email delivery",
  criticality: "STANDARD",
  owner: "Platform team",
  ...overrides,
});

const asVendor = <R extends { json: unknown }>(res: R) => ({ ...res, vendor: res.json as VendorResponse });
const asAssessment = <R extends { json: unknown }>(res: R) => ({
  ...res,
  assessment: res.json as AssessmentResponse,
});

export const createVendorCall = async (token: string, body: Json) =>
  asVendor(await call(vendorsRoute.POST, "POST", "/api/vendors", { token, body }));
export const listVendorsCall = async (token: string, query: Record<string, string> = {}) => {
  const res = await call(vendorsRoute.GET, "GET", "/api/vendors", { token, query });
  return { ...res, vendors: (res.json.items ?? []) as unknown as VendorResponse[] };
};
export const getVendorCall = async (token: string, id: string) =>
  asVendor(await call(vendorRoute.GET, "GET", `/api/vendors/${id}`, { token, params: { id } }));
export const patchVendorCall = async (token: string, id: string, body: Json) =>
  asVendor(await call(vendorRoute.PATCH, "PATCH", `/api/vendors/${id}`, { token, params: { id }, body }));
export const assessCall = async (token: string, id: string, body: Json) =>
  asAssessment(
    await call(assessmentsRoute.POST, "POST", `/api/vendors/${id}/assessments`, {
      token,
      params: { id },
      body,
    }),
  );
export const listAssessmentsCall = async (token: string, id: string) => {
  const res = await call(assessmentsRoute.GET, "GET", `/api/vendors/${id}/assessments`, {
    token,
    params: { id },
  });
  return { ...res, assessments: (res.json.items ?? []) as unknown as AssessmentResponse[] };
};

// A vendor created through the API; fails loudly if the API refuses it.
export async function createVendorOk(token: string, overrides: Json = {}) {
  const res = await createVendorCall(token, vendorBody(overrides));
  if (res.status !== 201) throw new Error(`createVendor answered ${res.status}: ${res.text}`);
  return res.vendor;
}

export const allScores = (n: number): Scores => ({
  reliability: n,
  performance: n,
  scalability: n,
  dataProtection: n,
  accessControls: n,
  financialStability: n,
  supportQuality: n,
  contractTerms: n,
});

const DAY = 86_400_000;
// The UTC calendar date `days` from today, as YYYY-MM-DD.
export const dayFromToday = (days: number, now = new Date()) =>
  new Date(now.getTime() + days * DAY).toISOString().slice(0, 10);
