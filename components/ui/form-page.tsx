// The page a record is added on (a vendor, a business function, an integration, an incident): the way
// back to its list, the page's title and what happens next, then the form.
import type { ReactNode } from "react";
import { PageHeader } from "@/components/ui/page-header";
import { BackLink } from "@/components/ui/record-header";

type Props = {
  /** The list the new record joins. */
  back: { href: string; label: string };
  title: string;
  description: ReactNode;
  children: ReactNode;
};

/** @example <FormPage back={{ href: "/vendors", label: "Vendors" }} title="Add vendor" description="…"><NewVendor /></FormPage> */
export function FormPage({ back, title, description, children }: Props) {
  return (
    <>
      <BackLink href={back.href} className="mb-2">
        {back.label}
      </BackLink>
      <PageHeader title={title} description={description} />
      {children}
    </>
  );
}
