"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ServiceForm } from "@/app/(portal)/services/_components/service-form";
import { PageHeader } from "@/components/ui/page-header";
import { fieldErrorMap } from "@/lib/client/api-client";
import { useCreateService } from "@/lib/client/services";

export function NewService() {
  const router = useRouter();
  const create = useCreateService();
  // One key per form visit: a double submit or a retry after a timeout creates the service once.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  return (
    <>
      <PageHeader title="New service" description="Add a service to the catalog." />
      {create.error && !fieldErrorMap(create.error).slug ? (
        <p role="alert" className="mb-4 max-w-2xl rounded-md bg-danger/10 px-3 py-2 text-sm text-danger">
          {create.error.message}
        </p>
      ) : null}
      <ServiceForm
        mode="create"
        initial={{ slug: "", name: "", owner: "", tier: "STANDARD", description: "" }}
        submitting={create.isPending}
        serverErrors={fieldErrorMap(create.error)}
        onSubmit={(input) =>
          create.mutate({ input, idempotencyKey }, { onSuccess: (s) => router.push(`/services/${s.slug}`) })
        }
        onCancel={() => router.push("/services")}
      />
    </>
  );
}
