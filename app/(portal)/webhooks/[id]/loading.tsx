import { DetailLoading } from "@/components/ui/segment-loading";

export default function Loading() {
  return <DetailLoading label="Loading the webhook" />;
}
