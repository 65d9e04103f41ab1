import { ListLoading } from "@/components/ui/segment-loading";

export default function Loading() {
  return <ListLoading columns={6} chips={2} label="Loading the notifications sent" />;
}
