"use client";
import { SegmentError, type SegmentErrorProps } from "@/components/ui/segment-error";

export default function VendorsError(props: SegmentErrorProps) {
  return <SegmentError {...props} title="Vendors could not be loaded" />;
}
