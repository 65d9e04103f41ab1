// `npm run audit:verify`: walks the audit chain; exits 1 and names the first broken record, if any.
import { resolveDatabase } from "./lib/database";

const database = await resolveDatabase();
process.env.DATABASE_URL = database.url;
const { verifyAuditLog } = await import("../lib/audit/verify-audit-log");
let code = 0;
try {
  const verdict = await verifyAuditLog((n) => process.stdout.write(`\r  checked ${n} records…`));
  process.stdout.write("\r");
  if (verdict.ok) console.log(`Audit log intact: ${verdict.checked} records, every hash and link matches.`);
  else {
    console.error(
      `Audit log BROKEN at record #${verdict.brokenId}: ${verdict.reason}. ${verdict.checked} records before it are intact.`,
    );
    code = 1;
  }
} finally {
  await database.stop();
}
process.exit(code);
