import { ListLoading } from "@/components/ui/segment-loading";

export default function Loading() {
  return <ListLoading columns={4} label="Loading escalation policies" />;
}
