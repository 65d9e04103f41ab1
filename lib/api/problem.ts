// RFC 9457 problem+json responses.
import { AppError, type ErrorCode, type FieldError } from "@/lib/errors";

export const PROBLEM_CONTENT_TYPE = "application/problem+json";

export function problemResponse(error: AppError): Response {
  const body: Record<string, unknown> = {
    type: `https://neuron-ops.dev/problems/${error.code.toLowerCase().replaceAll("_", "-")}`,
    title: error.title,
    status: error.status,
    detail: error.detail,
  };
  if (error.errors?.length) body.errors = error.errors;
  return new Response(JSON.stringify(body), {
    status: error.status,
    headers: { "content-type": PROBLEM_CONTENT_TYPE, "cache-control": "no-store", ...error.headers },
  });
}

export function problem(code: ErrorCode, detail: string, errors?: FieldError[]): Response {
  return problemResponse(new AppError(code, detail, { errors }));
}

export function internalProblem(): Response {
  return new Response(
    JSON.stringify({
      type: "about:blank",
      title: "Internal error",
      status: 500,
      detail: "Something went wrong on our side; it has been logged.",
    }),
    { status: 500, headers: { "content-type": PROBLEM_CONTENT_TYPE } },
  );
}
