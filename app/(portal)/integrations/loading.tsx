import { ListLoading } from "@/components/ui/segment-loading";

export default function Loading() {
  return <ListLoading columns={9} chips={2} />;
}
