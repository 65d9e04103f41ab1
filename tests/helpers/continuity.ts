// Calls to the business-function and DR-test routes the way a client makes them, and function
// bodies with unique names.
import * as functionDrTestsRoute from "@/app/api/business-functions/[id]/dr-tests/route";
import * as functionRoute from "@/app/api/business-functions/[id]/route";
import * as functionsRoute from "@/app/api/business-functions/route";
import * as drTestRoute from "@/app/api/dr-tests/[id]/route";
import type { DrTestResponse, FunctionResponse } from "@/lib/continuity/schemas";
import { unique } from "../factories";
import { call } from "./api";

type Json = Record<string, unknown>;

export const functionBody = (overrides: Json = {}): Json => ({
  name: `Function ${unique("fn")}`,
  criticality: "CRITICAL",
  rtoHours: 4,
  rpoHours: 1,
  ...overrides,
});

const asFunction = <R extends { json: unknown }>(res: R) => ({ ...res, fn: res.json as FunctionResponse });
const asDrTest = <R extends { json: unknown }>(res: R) => ({ ...res, test: res.json as DrTestResponse });

export const createFunctionCall = async (token: string, body: Json) =>
  asFunction(await call(functionsRoute.POST, "POST", "/api/business-functions", { token, body }));
export const listFunctionsCall = async (token: string) => {
  const res = await call(functionsRoute.GET, "GET", "/api/business-functions", { token });
  return { ...res, functions: (res.json.items ?? []) as unknown as FunctionResponse[] };
};
export const getFunctionCall = async (token: string, id: string) =>
  asFunction(
    await call(functionRoute.GET, "GET", `/api/business-functions/${id}`, { token, params: { id } }),
  );
export const patchFunctionCall = async (token: string, id: string, body: Json) =>
  asFunction(
    await call(functionRoute.PATCH, "PATCH", `/api/business-functions/${id}`, {
      token,
      params: { id },
      body,
    }),
  );
export const createDrTestCall = async (token: string, functionId: string, body: Json) =>
  asDrTest(
    await call(functionDrTestsRoute.POST, "POST", `/api/business-functions/${functionId}/dr-tests`, {
      token,
      params: { id: functionId },
      body,
    }),
  );
export const listDrTestsCall = async (token: string, functionId: string) => {
  const res = await call(functionDrTestsRoute.GET, "GET", `/api/business-functions/${functionId}/dr-tests`, {
    token,
    params: { id: functionId },
  });
  return { ...res, tests: (res.json.items ?? []) as unknown as DrTestResponse[] };
};
export const completeDrTestCall = async (token: string, id: string, body: Json) =>
  asDrTest(await call(drTestRoute.PATCH, "PATCH", `/api/dr-tests/${id}`, { token, params: { id }, body }));

// A business function created through the API; fails loudly if the API refuses it.
export async function createFunctionOk(token: string, overrides: Json = {}) {
  const res = await createFunctionCall(token, functionBody(overrides));
  if (res.status !== 201) throw new Error(`createFunction answered ${res.status}: ${res.text}`);
  return res.fn;
}
