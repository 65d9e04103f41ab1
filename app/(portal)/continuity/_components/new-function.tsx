"use client";
// The add-a-function page's client island: the function form, then off to the new function.
import { EMPTY_FUNCTION_FORM } from "@/app/(portal)/continuity/_components/function-form-values";
import { FunctionForm } from "@/app/(portal)/continuity/_components/function-form";
import { NewRecordForm } from "@/components/ui/record-form";
import { useCreateFunction } from "@/lib/client/continuity";

export function NewFunction() {
  return (
    <NewRecordForm
      create={useCreateFunction()}
      hrefOf={(fn) => `/continuity/${fn.id}`}
      cancelHref="/continuity"
    >
      {(wiring) => <FunctionForm {...wiring} initial={EMPTY_FUNCTION_FORM} submitLabel="Add function" />}
    </NewRecordForm>
  );
}
