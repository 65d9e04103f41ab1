"use client";
import { SegmentError, type SegmentErrorProps } from "@/components/ui/segment-error";

export default function NotificationsError(props: SegmentErrorProps) {
  return <SegmentError {...props} title="Your notification settings could not be loaded" />;
}
