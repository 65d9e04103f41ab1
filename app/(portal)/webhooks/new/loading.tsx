import { FormLoading } from "@/components/ui/segment-loading";

export default function Loading() {
  return <FormLoading label="Loading the new webhook form" />;
}
