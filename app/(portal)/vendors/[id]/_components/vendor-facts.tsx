// The vendor's details, contract and certifications, as read; dates are calendar days (no time zone).
import { CertStatusBadge } from "@/app/(portal)/vendors/_components/vendor-badges";
import { ReviewDue } from "@/app/(portal)/vendors/_components/vendor-cells";
import { Panel } from "@/components/ui/panel";
import { FactPair as Fact, NoneRecorded } from "@/components/ui/record-facts";
import { ServiceLinks } from "@/components/ui/service-links";
import { Instant } from "@/components/ui/time";
import { REVIEW_INTERVAL_MONTHS } from "@/lib/vendors/cadence";
import type { VendorResponse } from "@/lib/vendors/schemas";

const none = <span className="text-muted">—</span>;

export function VendorFacts({ vendor }: { vendor: VendorResponse }) {
  return (
    <div className="space-y-4">
      <Panel title="Details">
        <dl className="grid gap-x-4 gap-y-3 text-sm sm:grid-cols-2 lg:grid-cols-1 xl:grid-cols-2">
          <Fact label="Service type">{vendor.serviceType}</Fact>
          <Fact label="Owner">{vendor.owner}</Fact>
          <Fact label="Next review">
            <ReviewDue vendor={vendor} />
            <span className="block text-xs text-muted">
              every {REVIEW_INTERVAL_MONTHS[vendor.criticality]} months
            </span>
          </Fact>
          <Fact label="Recovery time">
            {vendor.recoveryTimeHours === null ? (
              <span className="text-muted">Not stated</span>
            ) : (
              <span className="font-mono">{vendor.recoveryTimeHours} h</span>
            )}
          </Fact>
          <Fact label="Services">
            <ServiceLinks slugs={vendor.services} empty="—" />
          </Fact>
        </dl>
        {vendor.notes ? (
          <p className="mt-3 border-t border-border pt-2 text-sm whitespace-pre-wrap">{vendor.notes}</p>
        ) : null}
      </Panel>
      <Panel title="Contract">
        <dl className="grid grid-cols-2 gap-x-4 gap-y-3 font-mono text-sm">
          <Fact label="Start">
            {vendor.contractStart ? <Instant at={vendor.contractStart} zone="utc" dateOnly /> : none}
          </Fact>
          <Fact label="End">
            {vendor.contractEnd ? <Instant at={vendor.contractEnd} zone="utc" dateOnly /> : none}
          </Fact>
          <Fact label="Renewal">
            {vendor.renewalDate ? <Instant at={vendor.renewalDate} zone="utc" dateOnly /> : none}
          </Fact>
          <Fact label="Notice period">{vendor.noticePeriodDays} days</Fact>
        </dl>
        {vendor.noticeDeadline ? (
          <p
            data-testid="notice-status"
            className={
              vendor.inNoticePeriod
                ? "mt-2 rounded-md bg-warning/10 px-2 py-1 text-sm text-warning"
                : "mt-2 text-xs text-muted"
            }
          >
            {vendor.inNoticePeriod
              ? `In its notice period since ${vendor.noticeDeadline}: decide now whether to renew.`
              : `Give notice by ${vendor.noticeDeadline} to leave at renewal.`}
          </p>
        ) : null}
      </Panel>
      <Panel title="Certifications">
        {vendor.certifications.length ? (
          <table className="w-full text-left text-sm" aria-label="Certifications">
            <tbody>
              {vendor.certifications.map((c) => (
                <tr key={c.name} className="border-t border-border first:border-0">
                  <td className="py-1 pr-2">{c.name}</td>
                  <td className="px-2 py-1 font-mono text-xs text-muted">
                    {c.expiresAt ? (
                      <>
                        expires <Instant at={c.expiresAt} zone="utc" dateOnly />
                      </>
                    ) : (
                      "no expiry"
                    )}
                  </td>
                  <td className="py-1 pl-2 text-right">
                    <CertStatusBadge status={c.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <NoneRecorded />
        )}
      </Panel>
    </div>
  );
}
