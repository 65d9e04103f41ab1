// API routes: vendors and their assessments.
import { z } from "zod";
import { defineRoute } from "@/lib/api/define-route";
import {
  assessmentResponse,
  createAssessmentInput,
  createVendorInput,
  updateVendorInput,
  vendorListQuery,
  vendorParams,
  vendorResponse,
} from "@/lib/vendors/schemas";

export const vendorsRoutes = {
  listVendors: defineRoute({
    method: "GET",
    path: "/api/vendors",
    summary: "Vendors with their latest assessment, review cadence and what needs attention",
    tag: "Vendors",
    permission: "vendor:read",
    query: vendorListQuery,
    response: z.object({ items: z.array(vendorResponse) }),
  }),
  createVendor: defineRoute({
    method: "POST",
    path: "/api/vendors",
    summary: "Add a vendor",
    tag: "Vendors",
    permission: "vendor:write",
    body: createVendorInput,
    response: vendorResponse,
    status: 201,
    idempotent: true,
  }),
  getVendor: defineRoute({
    method: "GET",
    path: "/api/vendors/{id}",
    summary: "One vendor",
    tag: "Vendors",
    permission: "vendor:read",
    params: vendorParams,
    response: vendorResponse,
  }),
  updateVendor: defineRoute({
    method: "PATCH",
    path: "/api/vendors/{id}",
    summary: "Edit a vendor (send the version you read)",
    tag: "Vendors",
    permission: "vendor:write",
    params: vendorParams,
    body: updateVendorInput,
    response: vendorResponse,
  }),
  listAssessments: defineRoute({
    method: "GET",
    path: "/api/vendors/{id}/assessments",
    summary: "A vendor's assessments, newest first (the trend)",
    tag: "Vendors",
    permission: "vendor:read",
    params: vendorParams,
    response: z.object({ items: z.array(assessmentResponse) }),
  }),
  createAssessment: defineRoute({
    method: "POST",
    path: "/api/vendors/{id}/assessments",
    summary:
      "Assess a vendor: eight 1–5 scores and certifications → overall score and recommended action, with how it was reached",
    tag: "Vendors",
    permission: "vendor:write",
    params: vendorParams,
    body: createAssessmentInput,
    response: assessmentResponse,
    status: 201,
    idempotent: true,
  }),
} as const;
