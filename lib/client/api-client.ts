"use client";
// Browser-side calls to our own API. Problem+json bodies become ApiError with the server's detail.
export type FieldError = { path: string; message: string };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly errors: FieldError[] = [],
  ) {
    super(detail || title);
  }
  get isConflict() {
    return this.status === 409;
  }
}

export async function apiFetch<T>(
  path: string,
  init: RequestInit & { json?: unknown; idempotencyKey?: string } = {},
): Promise<T> {
  const { json, idempotencyKey, headers, ...rest } = init;
  const res = await fetch(path, {
    ...rest,
    headers: {
      accept: "application/json",
      ...(json !== undefined ? { "content-type": "application/json" } : {}),
      ...(idempotencyKey ? { "idempotency-key": idempotencyKey } : {}),
      ...headers,
    },
    body: json !== undefined ? JSON.stringify(json) : rest.body,
  });
  if (res.status === 204) return undefined as T;
  const body = (await res.json().catch(() => null)) as {
    title?: string;
    detail?: string;
    errors?: FieldError[];
  } | null;
  if (!res.ok) {
    if (res.status === 401 && typeof window !== "undefined") {
      // A full page load on purpose: it drops every cached query of the ended session.
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination
      window.location.href = `/login?callbackUrl=${encodeURIComponent(window.location.pathname)}`;
    }
    throw new ApiError(
      res.status,
      body?.title ?? res.statusText,
      body?.detail ?? "The request failed",
      Array.isArray(body?.errors) ? body.errors : [],
    );
  }
  return body as T;
}

export function fieldErrorMap(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  return Object.fromEntries(error.errors.map((e) => [e.path, e.message]));
}
