import { ListLoading } from "@/components/ui/segment-loading";

export default function Loading() {
  return <ListLoading rows={8} columns={7} panels={4} />;
}
