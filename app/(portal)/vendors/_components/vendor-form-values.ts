// The vendor form's state and its mapping to the API input: dates as typed (YYYY-MM-DD, empty = none),
// numbers as text until saved, so a half-typed value is the schema's to report.
import type { Criticality } from "@/lib/vendors/assessment-formula";
import type { CreateVendorInput, VendorResponse } from "@/lib/vendors/schemas";

export type CertificationValue = { name: string; expiresAt: string };

export type VendorFormValues = {
  name: string;
  serviceType: string;
  criticality: Criticality;
  owner: string;
  services: string[];
  contractStart: string;
  contractEnd: string;
  renewalDate: string;
  noticePeriodDays: string;
  recoveryTimeHours: string;
  certifications: CertificationValue[];
  notes: string;
};

export const EMPTY_VENDOR_FORM: VendorFormValues = {
  name: "",
  serviceType: "",
  criticality: "IMPORTANT",
  owner: "",
  services: [],
  contractStart: "",
  contractEnd: "",
  renewalDate: "",
  noticePeriodDays: "90",
  recoveryTimeHours: "",
  certifications: [],
  notes: "",
};

export function valuesFromVendor(v: VendorResponse): VendorFormValues {
  return {
    name: v.name,
    serviceType: v.serviceType,
    criticality: v.criticality,
    owner: v.owner,
    services: v.services,
    contractStart: v.contractStart ?? "",
    contractEnd: v.contractEnd ?? "",
    renewalDate: v.renewalDate ?? "",
    noticePeriodDays: String(v.noticePeriodDays),
    recoveryTimeHours: v.recoveryTimeHours === null ? "" : String(v.recoveryTimeHours),
    certifications: v.certifications.map((c) => ({ name: c.name, expiresAt: c.expiresAt ?? "" })),
    notes: v.notes,
  };
}

const numberOrText = (text: string) =>
  text.trim() !== "" && Number.isFinite(Number(text)) ? Number(text) : text;

// Every field is sent, also on edit: the PATCH replaces what it is given.
export function toVendorInput(v: VendorFormValues): Record<keyof CreateVendorInput, unknown> {
  return {
    ...v,
    contractStart: v.contractStart || null,
    contractEnd: v.contractEnd || null,
    renewalDate: v.renewalDate || null,
    noticePeriodDays: v.noticePeriodDays.trim() === "" ? 90 : numberOrText(v.noticePeriodDays),
    recoveryTimeHours: v.recoveryTimeHours.trim() === "" ? null : numberOrText(v.recoveryTimeHours),
    certifications: v.certifications
      .filter((c) => c.name.trim() || c.expiresAt)
      .map((c) => ({ name: c.name, expiresAt: c.expiresAt || null })),
  };
}
