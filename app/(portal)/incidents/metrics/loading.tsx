import { PanelsLoading } from "@/components/ui/segment-loading";

export default function Loading() {
  return <PanelsLoading label="Loading incident metrics" panels={["h-8 w-96 max-w-full", "h-72", "h-40"]} />;
}
