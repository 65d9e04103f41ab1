// The four dashboards' contracts: GET /api/dashboards/{executive|operations|application|security}.
// Every figure is computed on the server from rollups kept by PostgreSQL triggers (see the
// `dashboards` migration), so each answer reads a few hundred rows at most, however long the history.
import { z } from "zod";
import { instant } from "@/lib/api/instant";
import { incidentResponse, severity } from "@/lib/incidents/schemas";
import { changeSummaryResponse } from "@/lib/changes/schemas";
import { securityEventResponse } from "@/lib/security/schemas";
import { availabilityResponse } from "@/lib/sla/schemas";

export const DASHBOARDS = ["executive", "operations", "application", "security"] as const;
export type DashboardName = (typeof DASHBOARDS)[number];

export const dashboardQuery = z
  .object({
    from: instant.optional().describe("Start of the period (default: 30 days before `to`)"),
    to: instant.optional().describe("End of the period (default: now)"),
  })
  .describe("A period of at most 3 years");
export type DashboardQuery = z.infer<typeof dashboardQuery>;

const period = z.object({ from: z.iso.datetime(), to: z.iso.datetime(), days: z.number() });
const tier = z.enum(["CRITICAL", "STANDARD", "DEVELOPMENT"]);

// Availability of one service for a calendar month (from the impact rollup plus open incidents): the
// figures of GET /api/availability without the per-incident lists and the intermediate minutes.
export const serviceAvailabilitySummary = availabilityResponse.shape.services.element.omit({
  incidents: true,
  maintenance: true,
  monthMinutes: true,
  elapsedMinutes: true,
  measuredMinutes: true,
  budgetUsedMinutes: true,
});
export type ServiceAvailabilitySummary = z.infer<typeof serviceAvailabilitySummary>;
export const tierAvailabilitySummary = availabilityResponse.shape.tiers.element;

export const availabilitySummary = z.object({
  month: z.string().describe("YYYY-MM, the month that contains `to`"),
  tiers: z.array(tierAvailabilitySummary),
  services: z.array(serviceAvailabilitySummary),
});
export type AvailabilitySummary = z.infer<typeof availabilitySummary>;

// ---------------------------------------------------------------- executive
const severityCount = z.object({
  P1: z.number().int(),
  P2: z.number().int(),
  P3: z.number().int(),
  P4: z.number().int(),
});
export const executiveDashboard = z.object({
  period,
  generatedAt: z.iso.datetime(),
  availability: availabilitySummary,
  // 12 calendar months ending with the month that contains `to`, by creation month.
  incidentTrend: z.array(severityCount.extend({ month: z.string() })),
  responseTrend: z.array(
    z.object({ month: z.string(), mttaMinutes: z.number().nullable(), mttrMinutes: z.number().nullable() }),
  ),
  compliance: z.array(
    z.object({
      severity,
      incidents: z.number().int(),
      mttaMinutes: z.number().nullable(),
      mttrMinutes: z.number().nullable(),
      responseCompliance: z.number().nullable(),
      resolutionCompliance: z.number().nullable(),
    }),
  ),
  changes: z.object({
    finished: z.number().int(),
    completed: z.number().int(),
    rolledBack: z.number().int(),
    successRate: z.number().nullable(),
    changeCausedIncidents: z.number().int(),
  }),
  vendors: z.object({
    total: z.number().int(),
    byAction: z.array(
      z.object({ action: z.enum(["CONTINUE", "REVIEW", "REPLACE", "UNASSESSED"]), count: z.number().int() }),
    ),
    reviewsOverdue: z.number().int(),
  }),
  dr: z.object({
    functions: z.number().int(),
    compliant: z.number().int().describe("Functions with every DR test type done on schedule"),
    overdueTests: z.number().int(),
    missedTargets: z.number().int().describe("Recent tests that missed their RTO or RPO"),
    overdueFunctions: z.number().int().describe("Functions with at least one DR test type overdue"),
    missedFunctions: z
      .number()
      .int()
      .describe("Functions with a test since the DR look-back start that missed its RTO or RPO"),
    compliance: z.number().nullable(),
  }),
});
export type ExecutiveDashboard = z.infer<typeof executiveDashboard>;

// ---------------------------------------------------------------- operations
const incidentRef = z.object({ key: z.string(), title: z.string(), severity, status: z.string() });
export const operationsDashboard = z.object({
  generatedAt: z.iso.datetime(),
  counts: z.object({
    open: z.number().int(),
    P1: z.number().int(),
    P2: z.number().int(),
    P3: z.number().int(),
    P4: z.number().int(),
    breached: z.number().int(),
    atRisk: z.number().int(),
    overdueUpdates: z.number().int(),
  }),
  // The 25 most urgent open incidents, in queue order (severity, then the deadline that matters now).
  queue: z.array(incidentResponse),
  breaches: z
    .array(incidentRef.extend({ clock: z.enum(["response", "resolution"]), dueAt: z.iso.datetime() }))
    .describe("Deadlines missed in the last 24 h"),
  escalations: z
    .array(incidentRef.extend({ level: z.string(), firedAt: z.iso.datetime(), notified: z.number().int() }))
    .describe("Escalations in the last 24 h"),
  overdueUpdates: z.array(incidentRef.extend({ nextUpdateDueAt: z.iso.datetime() })),
  changesToday: z.array(changeSummaryResponse),
  windows: z.array(
    z.object({
      environment: z.enum(["PRODUCTION", "STAGING", "DEVELOPMENT"]),
      open: z.boolean(),
      current: z.object({ start: z.iso.datetime(), end: z.iso.datetime() }).nullable(),
      next: z.object({ start: z.iso.datetime(), end: z.iso.datetime() }).nullable(),
      frozen: z.boolean(),
    }),
  ),
  freezes: z.array(
    z.object({ id: z.string(), reason: z.string(), start: z.iso.datetime(), end: z.iso.datetime() }),
  ),
  cabWaiting: z.array(changeSummaryResponse),
});
export type OperationsDashboard = z.infer<typeof operationsDashboard>;

// ---------------------------------------------------------------- application
export const PERFORMANCE_METRICS = ["api_latency_ms", "db_query_ms", "page_load_ms", "search_ms"] as const;
export const CAPACITY_METRICS = ["cpu_percent", "memory_percent", "disk_percent"] as const;
export const WEB_VITAL_METRICS = ["lcp_ms", "fcp_ms", "ttfb_ms", "inp_ms", "cls"] as const;
export const SAMPLE_METRICS = [...PERFORMANCE_METRICS, ...CAPACITY_METRICS, ...WEB_VITAL_METRICS] as const;
export type PerformanceMetric = (typeof PERFORMANCE_METRICS)[number];
export type CapacityMetric = (typeof CAPACITY_METRICS)[number];
export type SampleMetric = (typeof SAMPLE_METRICS)[number];

export const performanceFigure = z.object({
  metric: z.enum(PERFORMANCE_METRICS),
  samples: z.number().int(),
  p95: z
    .number()
    .nullable()
    .describe(
      "Upper edge of the histogram bucket holding the 95th percentile (at most 10 % above the true value)",
    ),
  average: z.number().nullable(),
  target: z.number().describe("p95 target from the handbook"),
  met: z.boolean().nullable(),
  daily: z.array(z.object({ day: z.string(), p95: z.number().nullable(), samples: z.number().int() })),
});
export const capacityFigure = z.object({
  metric: z.enum(CAPACITY_METRICS),
  samples: z.number().int(),
  average: z.number().nullable(),
  peak: z.number().nullable(),
  averageTarget: z.number(),
  peakTarget: z.number(),
  headroom: z.number().nullable().describe("100 − peak, percentage points"),
  bufferOk: z.boolean().nullable().describe("At least the handbook's 20 % buffer left at peak"),
  trendPerDay: z.number().nullable().describe("Least-squares slope of the daily average, points per day"),
  averageCrossesAt: z.iso
    .datetime()
    .nullable()
    .describe("When the daily average reaches its target at this trend (null: not rising or too few days)"),
  peakCrossesAt: z.iso.datetime().nullable(),
  bufferCrossesAt: z.iso
    .datetime()
    .nullable()
    .describe("When the peak leaves less than the 20 % buffer at this trend"),
  daily: z.array(z.object({ day: z.string(), average: z.number().nullable(), peak: z.number().nullable() })),
});
export const applicationDashboard = z.object({
  period,
  generatedAt: z.iso.datetime(),
  month: z.string(),
  services: z.array(
    z.object({
      slug: z.string(),
      name: z.string(),
      tier,
      availability: serviceAvailabilitySummary,
      performance: z.array(performanceFigure),
      capacity: z.array(capacityFigure),
    }),
  ),
});
export type ApplicationDashboard = z.infer<typeof applicationDashboard>;

// ---------------------------------------------------------------- security
const typeCounts = z.object({
  LOGIN_ATTEMPT: z.number().int(),
  DATA_ACCESS: z.number().int(),
  SYSTEM_CHANGE: z.number().int(),
  ANOMALY: z.number().int(),
});
const grantRef = z.object({
  id: z.string(),
  requester: z.string(),
  grantee: z.string(),
  accessType: z.string(),
  resources: z.array(z.string()),
  expiresAt: z.iso.datetime().nullable(),
  decidedAt: z.iso.datetime().nullable(),
});
export const securityDashboard = z.object({
  period,
  generatedAt: z.iso.datetime(),
  totals: z.object({
    events: z.number().int(),
    uninvestigated: z.number().int(),
    failedSignIns: z.number().int(),
    anomalies: z.number().int(),
    pendingAccessRequests: z.number().int(),
    grantsExpiringSoon: z.number().int(),
    adminGrants: z.number().int(),
  }),
  byDay: z.array(typeCounts.extend({ day: z.string(), failedSignIns: z.number().int() })),
  bySeverity: z.array(
    z.object({
      severity: z.enum(["LOW", "MEDIUM", "HIGH", "CRITICAL"]),
      events: z.number().int(),
      uninvestigated: z.number().int(),
    }),
  ),
  byType: z.array(
    z.object({
      type: z.enum(["LOGIN_ATTEMPT", "DATA_ACCESS", "SYSTEM_CHANGE", "ANOMALY"]),
      events: z.number().int(),
      uninvestigated: z.number().int(),
    }),
  ),
  recentAnomalies: z.array(securityEventResponse),
  uninvestigatedEvents: z
    .array(securityEventResponse)
    .describe("The 10 most recent events nobody has investigated yet, highest severity first"),
  pendingAccessRequests: z.array(grantRef),
  grantsExpiringSoon: z.array(grantRef).describe("Approved grants expiring within 7 days"),
  adminGrants: z.array(grantRef).describe("ADMIN grants in force"),
});
export type SecurityDashboard = z.infer<typeof securityDashboard>;

// ---------------------------------------------------------------- samples
export const MAX_SAMPLES_PER_REQUEST = 1000;
export const sampleInput = z.object({
  service: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .regex(/^[a-z0-9][a-z0-9-]*$/, "A service slug"),
  metric: z.enum(SAMPLE_METRICS),
  value: z.number().finite().min(0).max(1e9),
  at: instant.optional().describe("When it was measured (default: now); at most 1 hour in the future"),
});
export const samplesInput = z.object({ samples: z.array(sampleInput).min(1).max(MAX_SAMPLES_PER_REQUEST) });
export type SamplesInput = z.infer<typeof samplesInput>;
export const samplesResponse = z.object({ accepted: z.number().int(), services: z.array(z.string()) });
export const webVitalInput = z.object({
  name: z.enum(["LCP", "FCP", "TTFB", "INP", "CLS"]),
  value: z.number().finite().min(0).max(1e7),
  page: z.string().max(200).optional(),
  loadMs: z
    .number()
    .finite()
    .min(0)
    .max(1e7)
    .optional()
    .describe("Navigation timing: load event end, for page_load_ms"),
});
