// The policy form's values to the API's input and back, the live timeline's steps, and the form's wording
// of the schema's refusals (checked through the API's own schema, as the form does).
import { describe, expect, it } from "vitest";
import {
  moveItem,
  NEW_POLICY_VALUES,
  policyMessage,
  timedSteps,
  toFormValues,
  toPolicyInput,
  type PolicyFormValues,
} from "@/app/(portal)/escalation-policies/_components/policy-form-values";
import { issuesToFieldErrors } from "@/components/ui/form-state";
import { createPolicyInput, type PolicyResponse } from "@/lib/escalation/api-schemas";

const PRIMARY = "11111111-1111-4111-8111-111111111111";

const filled: PolicyFormValues = {
  name: "Payments out of hours",
  scopeKind: "service",
  serviceSlug: "payments-api",
  tier: "",
  steps: [
    { targets: [{ kind: "schedule", value: PRIMARY }], waitMinutes: "5" },
    { targets: [{ kind: "role", value: "OPS_MANAGER" }], waitMinutes: "10" },
  ],
  repeat: "1",
};

const errorsOf = (values: PolicyFormValues) => {
  const parsed = createPolicyInput.safeParse(toPolicyInput(values));
  return parsed.success ? {} : issuesToFieldErrors(parsed.error.issues, (i) => policyMessage(i, values));
};

describe("toPolicyInput", () => {
  it("makes the API's input from the rows", () => {
    expect(createPolicyInput.parse(toPolicyInput(filled))).toEqual({
      name: "Payments out of hours",
      scope: { serviceSlug: "payments-api" },
      steps: [
        { targets: [{ kind: "schedule", scheduleId: PRIMARY }], waitMinutes: 5 },
        { targets: [{ kind: "role", role: "OPS_MANAGER" }], waitMinutes: 10 },
      ],
      repeat: 1,
    });
  });

  it("sends a tier as the scope when the policy is a tier's default", () => {
    expect(toPolicyInput({ ...filled, scopeKind: "tier", tier: "CRITICAL" }).scope).toEqual({
      tier: "CRITICAL",
    });
  });

  it("round-trips a stored policy", () => {
    const stored: PolicyResponse = {
      id: "66666666-6666-4666-8666-666666666666",
      name: "Critical default",
      scope: { tier: "CRITICAL" },
      steps: [{ targets: [{ kind: "user", userId: PRIMARY }], waitMinutes: 15 }],
      repeat: 2,
      createdAt: "2026-12-01T10:00:00.000Z",
      updatedAt: "2026-12-01T10:00:00.000Z",
      version: 3,
    };
    const values = toFormValues(stored);
    expect(values).toMatchObject({ scopeKind: "tier", tier: "CRITICAL", repeat: "2" });
    expect(createPolicyInput.parse(toPolicyInput(values))).toEqual({
      name: stored.name,
      scope: stored.scope,
      steps: stored.steps,
      repeat: 2,
    });
  });
});

describe("the form's messages", () => {
  it("a step with no target, an unchosen target and an unchosen service say what to do", () => {
    const values: PolicyFormValues = {
      ...filled,
      serviceSlug: "",
      steps: [
        {
          targets: [
            { kind: "schedule", value: PRIMARY },
            { kind: "user", value: "" },
          ],
          waitMinutes: "5",
        },
        { targets: [], waitMinutes: "abc" },
      ],
    };
    expect(errorsOf(values)).toEqual({
      "scope.serviceSlug": "Choose a service",
      "steps.0.targets.1.userId": "Choose a person",
      "steps.1.targets": "A step pages at least one target",
      "steps.1.waitMinutes": "Enter a whole number of minutes",
    });
  });

  it("a tier default without its tier asks for one", () => {
    const errors = errorsOf({ ...filled, scopeKind: "tier", tier: "" });
    expect(Object.entries(errors)).toEqual([[expect.stringMatching(/^scope/), "Choose a tier of services"]]);
  });

  it("the new form starts with one step waiting for its schedule and a name", () => {
    expect(errorsOf(NEW_POLICY_VALUES)).toEqual({
      name: "At least 2 characters",
      "scope.serviceSlug": "Choose a service",
      "steps.0.targets.0.scheduleId": "Choose a schedule",
    });
  });
});

describe("timedSteps and moveItem", () => {
  it("times the steps once every wait is a whole number of minutes in range", () => {
    expect(timedSteps(filled)).toEqual({
      steps: [
        { targets: [{ kind: "schedule", scheduleId: PRIMARY }], waitMinutes: 5 },
        { targets: [{ kind: "role", role: "OPS_MANAGER" }], waitMinutes: 10 },
      ],
      repeat: 1,
    });
    for (const wait of ["", "0", "1.5", "1441", "ten"])
      expect(timedSteps({ ...filled, steps: [{ targets: [], waitMinutes: wait }] })).toBeNull();
  });

  it("moves a step up or down and ignores a move past either end", () => {
    expect(moveItem(["a", "b", "c"], 2, 1)).toEqual(["a", "c", "b"]);
    expect(moveItem(["a", "b", "c"], 0, 1)).toEqual(["b", "a", "c"]);
    expect(moveItem(["a", "b", "c"], 0, -1)).toEqual(["a", "b", "c"]);
    expect(moveItem(["a", "b", "c"], 2, 3)).toEqual(["a", "b", "c"]);
  });
});
