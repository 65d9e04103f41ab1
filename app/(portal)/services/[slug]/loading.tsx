import { SkeletonRows } from "@/components/ui/states";

export default function Loading() {
  return <SkeletonRows rows={5} columns={2} />;
}
