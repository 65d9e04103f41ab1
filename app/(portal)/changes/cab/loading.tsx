import { PanelsLoading } from "@/components/ui/segment-loading";

export default function Loading() {
  return <PanelsLoading panels={["h-56", "h-56", "h-56"]} />;
}
