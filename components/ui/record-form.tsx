"use client";
// A record added on its own page and edited in place share one form (VendorForm, FunctionForm); these
// two wrappers give it what differs: how the values are saved, what Cancel does, and the write's state.
// Adding sends an Idempotency-Key (a double submit or a retry adds the record once) and opens the new
// record; editing sends the version the editor started from (a 409 offers their version).
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Fragment, type ReactNode } from "react";
import { Button, buttonClass } from "@/components/ui/button";
import { useIdempotentCreate, type Write } from "@/components/ui/use-idempotent-create";
import { EditPanel, useVersionedEdit } from "@/components/ui/versioned-edit";

/** What a record form takes besides its initial values and its submit label. */
export type RecordFormWiring<I> = {
  isPending: boolean;
  /** The write's error: a 422's field errors land beside the fields, anything else above the form. */
  serverError: unknown;
  onSave: (input: I) => void;
  cancel: ReactNode;
};

/**
 * The add page's form: `children` renders the record's form with the wiring.
 * @example <NewRecordForm create={useCreateVendor()} hrefOf={(v) => `/vendors/${v.id}`} cancelHref="/vendors">
 *   {(wiring) => <VendorForm {...wiring} initial={EMPTY_VENDOR_FORM} submitLabel="Add vendor" />}
 * </NewRecordForm>
 */
export function NewRecordForm<I, R>({
  create,
  hrefOf,
  cancelHref,
  children,
}: {
  create: Write<{ input: I; idempotencyKey: string }, R>;
  /** Where the new record is shown. */
  hrefOf: (created: R) => string;
  cancelHref: string;
  children: (wiring: RecordFormWiring<I>) => ReactNode;
}) {
  const router = useRouter();
  const send = useIdempotentCreate(create);
  return children({
    // Still pending after success: the page is on its way to the new record.
    isPending: create.isPending || create.isSuccess,
    serverError: create.error,
    onSave: (input) => send(input, (created) => router.push(hrefOf(created))),
    cancel: (
      <Link href={cancelHref} className={buttonClass("ghost")}>
        Cancel
      </Link>
    ),
  });
}

/**
 * The in-place edit panel: the stale-version banner, then the form `children` renders from `base` (the
 * copy the editor started from, replaced by theirs after a 409).
 */
export function EditRecordForm<R extends { version: number }, V extends { version: number }>({
  label,
  record,
  refetch,
  update,
  onDone,
  children,
}: {
  /** The panel's accessible name ("Edit vendor"). */
  label: string;
  record: R;
  refetch: () => Promise<{ data?: R }>;
  update: Write<V, unknown>;
  onDone: () => void;
  children: (base: R, wiring: RecordFormWiring<Omit<V, "version">>) => ReactNode;
}) {
  const edit = useVersionedEdit(record, refetch, update);
  const wiring: RecordFormWiring<Omit<V, "version">> = {
    isPending: update.isPending,
    serverError: update.error,
    // The form's input plus the version it started from is the update's input.
    onSave: (input) => update.mutate({ ...input, version: edit.base.version } as V, { onSuccess: onDone }),
    cancel: <Button onClick={onDone}>Cancel</Button>,
  };
  return (
    <EditPanel label={label} isConflict={edit.isConflict} onReload={edit.loadTheirs}>
      <Fragment key={edit.formKey}>{children(edit.base, wiring)}</Fragment>
    </EditPanel>
  );
}
