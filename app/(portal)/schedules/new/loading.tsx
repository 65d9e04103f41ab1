import { FormLoading } from "@/components/ui/segment-loading";

export default function Loading() {
  return <FormLoading />;
}
