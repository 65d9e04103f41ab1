"use client";
// The overall score across assessments, oldest first, with the bands drawn in: above the upper line is
// CONTINUE, below the lower one REPLACE. The history list below carries the same figures.
import { formatScore } from "@/app/(portal)/vendors/_components/vendor-labels";
import { LineChartCard } from "@/components/charts/line-chart-card";
import { BANDS } from "@/lib/vendors/assessment-formula";
import type { AssessmentResponse } from "@/lib/vendors/schemas";

export function ScoreTrend({ items }: { items: AssessmentResponse[] }) {
  const rows = [...items]
    .reverse()
    .map((a) => ({ day: a.assessedAt.slice(0, 10), overall: a.overallScore, action: a.recommendedAction }));
  const first = rows[0];
  const last = rows[rows.length - 1];
  const summary =
    first && last && rows.length > 1
      ? `${rows.length} assessments: ${formatScore(first.overall)} on ${first.day} → ${formatScore(last.overall)} on ${last.day} (${last.action}).`
      : last
        ? `One assessment so far: ${formatScore(last.overall)} on ${last.day} (${last.action}).`
        : "No assessments yet.";
  return (
    <LineChartCard
      testId="score-trend"
      title="Overall score over time"
      summary={summary}
      data={rows}
      categoryKey="day"
      series={[{ key: "overall", name: "Overall score", color: "var(--accent)" }]}
      yDomain={[1, 5]}
      yTicks={[1, 2, 3, 4, 5]}
      formatTick={(v) => String(v)}
      formatValue={(v) => `${formatScore(v)} of 5`}
      referenceLines={[
        { y: BANDS.CONTINUE_MIN, label: "Continue", color: "var(--success)" },
        { y: BANDS.REVIEW_MIN, label: "Review", color: "var(--warning)" },
      ]}
    />
  );
}
