import { ListLoading } from "@/components/ui/segment-loading";

export default function Loading() {
  return <ListLoading chips={6} panels={4} />;
}
