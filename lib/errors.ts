// The one error type. Code → HTTP status; `detail` is safe to show to the client, anything else is logged.
export const ERROR_STATUS = {
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNPROCESSABLE: 422,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;
export type FieldError = { path: string; message: string };

const TITLES: Record<ErrorCode, string> = {
  BAD_REQUEST: "Malformed request",
  UNAUTHENTICATED: "Not signed in",
  FORBIDDEN: "Not allowed",
  NOT_FOUND: "Not found",
  METHOD_NOT_ALLOWED: "Method not allowed",
  CONFLICT: "Conflict",
  PAYLOAD_TOO_LARGE: "Request body too large",
  UNPROCESSABLE: "Invalid request",
  RATE_LIMITED: "Too many requests",
  UNAVAILABLE: "Service unavailable",
};

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly detail: string;
  readonly errors?: FieldError[];
  readonly headers?: Record<string, string>;

  constructor(
    code: ErrorCode,
    detail: string,
    options: { errors?: FieldError[]; headers?: Record<string, string> } = {},
  ) {
    super(detail);
    this.name = "AppError";
    this.code = code;
    this.detail = detail;
    this.errors = options.errors;
    this.headers = options.headers;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  get title(): string {
    return TITLES[this.code];
  }
}

export const notFound = (what: string) => new AppError("NOT_FOUND", `${what} was not found`);
export const staleVersion = (what: string) =>
  new AppError("CONFLICT", `${what} was changed by someone else since you read it; reload and try again`);
