import { ListLoading } from "@/components/ui/segment-loading";

export default function Loading() {
  return <ListLoading columns={6} chips={1} label="Loading webhooks" />;
}
