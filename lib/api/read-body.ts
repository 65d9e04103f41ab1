// Reads a request body with a byte limit: the declared Content-Length is checked first, and the stream
// is abandoned as soon as it passes the limit, so a 50 MB body costs at most the limit in memory.
import { AppError } from "@/lib/errors";
import { jsonNestingExceeds, MAX_JSON_DEPTH } from "@/lib/api/input-guards";

/** The body limit of a route that does not set `maxBodyBytes` (see docs/api-limits.md). */
export const DEFAULT_MAX_BODY_BYTES = 256 * 1024;

export function formatBytes(bytes: number): string {
  return bytes % (1024 * 1024) === 0
    ? `${bytes / (1024 * 1024)} MiB`
    : bytes % 1024 === 0
      ? `${bytes / 1024} KiB`
      : `${bytes} bytes`;
}

const tooLarge = (limit: number) =>
  new AppError(
    "PAYLOAD_TOO_LARGE",
    `The request body is larger than this route accepts (${formatBytes(limit)}, ${limit} bytes)`,
  );

/** The body as text, at most `limit` bytes of UTF-8; 413 past the limit, 400 for a broken stream or bytes that are not UTF-8. */
export async function readBodyText(req: Request, limit: number): Promise<string> {
  const declared = req.headers.get("content-length");
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared.trim()) > limit)
    throw tooLarge(limit);
  if (!req.body) return "";
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limit) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge(limit);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    // A client that goes away mid-body (a page unloading while it reports) is its problem, not a 500.
    throw new AppError("BAD_REQUEST", "The request body could not be read (the connection closed)");
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new AppError("BAD_REQUEST", "The request body is not valid UTF-8");
  }
}

/** Parses a JSON body after bounding its nesting (a 20,000-deep body would overflow the validators' stacks). Empty text is `{}`. */
export function parseJsonBody(text: string): unknown {
  if (!text.trim()) return {};
  if (jsonNestingExceeds(text, MAX_JSON_DEPTH)) {
    throw new AppError(
      "BAD_REQUEST",
      `The request body nests arrays or objects deeper than ${MAX_JSON_DEPTH} levels`,
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError("BAD_REQUEST", "The request body is not valid JSON");
  }
}
