// Bulk-loads security events for performance work: three years of them (300,000 by default), generated
// inside PostgreSQL (generate_series) in chunks. The mix follows what the portal records: mostly
// successful sign-ins (LOGIN_ATTEMPT LOW), some failed (MEDIUM) and rate-limited (HIGH) ones, data
// access (LOW, CSV exports MEDIUM), system changes (MEDIUM, role and access changes HIGH) and a few
// ANOMALY events raised by the detection rules. Everything older than a week has been investigated but
// a handful; recent events mostly wait in the queue. The statement trigger on security_events folds
// each chunk into security_event_daily once. Like the bulk incidents, this is load-test data: no audit.
import { Presets, SingleBar } from "cli-progress";
import pg from "pg";

const YEAR_MS = 365.25 * 24 * 3_600_000;

// $1..$2 rows, the first at $3, one every $4 ms (jittered); $5 is "now"; $6/$7 user ids and emails.
const GENERATE_SQL = `
WITH base AS (
  SELECT g,
    $3::timestamptz + ((g - random()) * $4::float8) * interval '1 millisecond' AS at,
    random() AS r_kind, random() AS r_inv, random() AS r_x,
    ($6::uuid[])[1 + (g * 7) % cardinality($6::uuid[])] AS uid,
    ($7::text[])[1 + (g * 7) % cardinality($7::text[])] AS email,
    '10.' || (g % 7) || '.' || ((g * 13) % 250) || '.' || ((g * 31) % 250) AS ip
  FROM generate_series($1::int, $2::int) g
), kinded AS (
  SELECT *,
    CASE
      WHEN r_kind < 0.60 THEN 'LOGIN_OK'
      WHEN r_kind < 0.74 THEN 'LOGIN_FAIL'
      WHEN r_kind < 0.76 THEN 'LOGIN_LIMITED'
      WHEN r_kind < 0.87 THEN 'DATA_READ'
      WHEN r_kind < 0.89 THEN 'DATA_EXPORT'
      WHEN r_kind < 0.97 THEN 'CHANGE'
      WHEN r_kind < 0.99 THEN 'CHANGE_ACCESS'
      ELSE 'ANOMALY'
    END AS kind,
    -- A fifth of the failed sign-ins name an account that does not exist.
    (r_x < 0.2) AS unknown_account
  FROM base
), triaged AS (
  SELECT *,
    CASE
      WHEN at < $5::timestamptz - interval '7 days' THEN r_inv < 0.998
      WHEN kind IN ('LOGIN_OK', 'DATA_READ') THEN r_inv < 0.5
      ELSE r_inv < 0.15
    END AS investigated,
    CASE WHEN kind = 'ANOMALY' THEN
      CASE WHEN r_x < 0.45 THEN 'repeated-failed-sign-ins-account' WHEN r_x < 0.7 THEN 'repeated-failed-sign-ins-client'
           WHEN r_x < 0.9 THEN 'sign-in-after-failures' ELSE 'admin-access-granted' END
    END AS rule
  FROM kinded
)
INSERT INTO security_events (id, at, type, severity, source, user_id, user_email, summary, details, rule, rule_subject, investigated, resolved, notes, version)
SELECT gen_random_uuid(), at,
  (CASE WHEN kind LIKE 'LOGIN%' THEN 'LOGIN_ATTEMPT' WHEN kind LIKE 'DATA%' THEN 'DATA_ACCESS' WHEN kind LIKE 'CHANGE%' THEN 'SYSTEM_CHANGE' ELSE 'ANOMALY' END)::"SecurityEventType",
  (CASE kind
    WHEN 'LOGIN_OK' THEN 'LOW' WHEN 'LOGIN_FAIL' THEN 'MEDIUM' WHEN 'LOGIN_LIMITED' THEN 'HIGH'
    WHEN 'DATA_READ' THEN 'LOW' WHEN 'DATA_EXPORT' THEN 'MEDIUM'
    WHEN 'CHANGE' THEN 'MEDIUM' WHEN 'CHANGE_ACCESS' THEN 'HIGH'
    ELSE CASE WHEN rule = 'admin-access-granted' OR r_inv < 0.1 THEN 'CRITICAL' ELSE 'HIGH' END
  END)::"SecuritySeverity",
  CASE WHEN kind = 'ANOMALY' THEN 'neuron-ops detection' WHEN kind = 'DATA_READ' AND g % 5 = 0 THEN 'document-store' ELSE 'neuron-ops' END,
  CASE WHEN kind = 'LOGIN_FAIL' AND unknown_account THEN NULL WHEN kind = 'ANOMALY' AND rule = 'repeated-failed-sign-ins-client' THEN NULL ELSE uid END,
  CASE WHEN kind = 'LOGIN_FAIL' AND unknown_account THEN 'user' || (g % 50) || '@example.com' WHEN kind = 'ANOMALY' AND rule = 'repeated-failed-sign-ins-client' THEN NULL ELSE email END,
  CASE kind
    WHEN 'LOGIN_OK' THEN 'Signed in: ' || email || ' from ' || ip
    WHEN 'LOGIN_FAIL' THEN (CASE WHEN unknown_account THEN 'Unknown account: user' || (g % 50) || '@example.com' ELSE 'Wrong password: ' || email END) || ' from ' || ip
    WHEN 'LOGIN_LIMITED' THEN 'Refused by the sign-in limit: ' || email || ' from ' || ip
    WHEN 'DATA_READ' THEN email || ' viewed ' || (ARRAY['the audit log', 'client documents', 'the security queue', 'vendor contracts'])[1 + g % 4]
    WHEN 'DATA_EXPORT' THEN email || ' viewed the audit log (CSV export)'
    WHEN 'CHANGE' THEN email || ' ' || (ARRAY['changed a service''s settings', 'updated a deployment window', 'edited an escalation policy', 'rotated an API token'])[1 + g % 4]
    WHEN 'CHANGE_ACCESS' THEN email || ' ' || (ARRAY['changed the roles of a user', 'approved an access request', 'deactivated a user'])[1 + g % 3]
    ELSE CASE rule
      WHEN 'repeated-failed-sign-ins-account' THEN (5 + g % 6) || ' failed sign-ins for ' || email || ' within 15 minutes'
      WHEN 'repeated-failed-sign-ins-client' THEN (10 + g % 9) || ' failed sign-ins from ' || ip || ' within 15 minutes'
      WHEN 'sign-in-after-failures' THEN email || ' signed in after ' || (3 + g % 4) || ' failed attempts within 15 minutes'
      ELSE 'ADMIN access granted to ' || email || ' on ' || (ARRAY['production database', 'billing', 'document store'])[1 + g % 3]
    END
  END,
  CASE
    WHEN kind LIKE 'LOGIN%' THEN jsonb_build_object('clientIp', ip, 'success', kind = 'LOGIN_OK',
      'reason', CASE kind WHEN 'LOGIN_OK' THEN 'OK' WHEN 'LOGIN_LIMITED' THEN 'RATE_LIMITED' ELSE CASE WHEN unknown_account THEN 'UNKNOWN_ACCOUNT' ELSE 'BAD_PASSWORD' END END)
    WHEN kind LIKE 'DATA%' THEN jsonb_build_object('resource', CASE WHEN kind = 'DATA_EXPORT' THEN 'audit_log' ELSE (ARRAY['audit_log', 'documents', 'security_events', 'vendor_contracts'])[1 + g % 4] END, 'via', CASE WHEN kind = 'DATA_EXPORT' THEN 'csv' ELSE 'page' END)
    WHEN kind LIKE 'CHANGE%' THEN jsonb_build_object('action', CASE WHEN kind = 'CHANGE_ACCESS' THEN 'access' ELSE 'settings' END, 'clientIp', ip)
    ELSE jsonb_build_object('windowMinutes', 15, 'clientIp', ip)
  END,
  rule,
  CASE WHEN rule = 'repeated-failed-sign-ins-client' THEN ip WHEN rule IS NOT NULL THEN email END,
  investigated,
  investigated,
  CASE WHEN investigated AND kind = 'ANOMALY' THEN (ARRAY['Checked with the account owner: expected.', 'Password reset and sessions revoked.', 'Blocked the client address at the gateway.'])[1 + g % 3] END,
  1
FROM triaged`;

export async function loadLargeSecurityEvents(
  url: string,
  total = 300_000,
  options: { years?: number; chunk?: number; quiet?: boolean } = {},
) {
  const years = options.years ?? 3;
  const chunk = options.chunk ?? 25_000;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const users = (
      await client.query<{ id: string; email: string }>(
        "SELECT id, email FROM users WHERE is_active ORDER BY email",
      )
    ).rows;
    if (users.length === 0) throw new Error("Seed users first (npm run db:seed)");
    const ids = users.map((u) => u.id);
    const emails = users.map((u) => u.email);
    const end = Date.now();
    const start = end - years * YEAR_MS;
    const step = (end - start) / total;

    const bar = options.quiet
      ? null
      : new SingleBar(
          {
            format:
              "  security events [{bar}] {percentage}% | {value}/{total} | {eta_formatted} left | {rate}/s",
          },
          Presets.shades_classic,
        );
    bar?.start(total, 0, { rate: 0 });
    const began = Date.now();
    let done = 0;
    for (let offset = 0; offset < total; offset += chunk) {
      const n = Math.min(chunk, total - offset);
      await client.query(GENERATE_SQL, [
        offset + 1,
        offset + n,
        new Date(start),
        step,
        new Date(end),
        ids,
        emails,
      ]);
      done += n;
      bar?.update(done, { rate: Math.round(done / Math.max(0.001, (Date.now() - began) / 1000)) });
    }
    bar?.stop();
    await client.query("VACUUM ANALYZE security_events");
    await client.query("ANALYZE security_event_daily");
    return { inserted: done, seconds: (Date.now() - began) / 1000 };
  } finally {
    await client.end();
  }
}
