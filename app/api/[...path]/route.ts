// Serves every /api path no other route serves: 404 problem+json (not Next's HTML page), any method.
import { unknownApiPath } from "@/lib/api/route-methods";

export const dynamic = "force-dynamic";

export const { GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = unknownApiPath();
