import { PanelsLoading } from "@/components/ui/segment-loading";

export default function Loading() {
  return <PanelsLoading panels={["h-8 w-96 max-w-full", "h-[36rem]"]} />;
}
