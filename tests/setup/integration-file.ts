// Each test file gets its own database, copied from the migrated template, so files never share state.
import { randomBytes } from "node:crypto";
import { inject } from "vitest";
import { ensureDatabase } from "../../lib/db/embedded-postgres";

const adminUrl = inject("adminUrl");
const name = `neuron_test_${randomBytes(6).toString("hex")}`;
await ensureDatabase(adminUrl, name, "neuron_test_template");
const url = new URL(adminUrl);
url.pathname = `/${name}`;
process.env.DATABASE_URL = url.toString();
// Dashboards compute on every call in tests (shared-answers.test.ts covers the cache itself).
process.env.VIEW_CACHE_SECONDS = "0";
process.env.TEST_ADMIN_DATABASE_URL = adminUrl;
// Test receivers (SMTP, webhooks) listen on this machine: the host name `localhost` is allowlisted for
// outbound deliveries, while literal loopback and private addresses stay refused (as in production).
process.env.OUTBOUND_ALLOWLIST ??= "localhost";
