import { clsx, type ClassValue } from "clsx";
import { twMerge } from "tailwind-merge";

// Later classes win over conflicting earlier ones (`w-full` then `w-40` → `w-40`).
export const cn = (...values: ClassValue[]) => twMerge(clsx(values));
