import { mkdirSync } from "node:fs";
import type { FullConfig } from "@playwright/test";
import { signInState, STATE_DIR } from "./auth";

export const E2E_USERS = [
  "engineer@neuron.test",
  "manager@neuron.test",
  "cab1@neuron.test",
  "security@neuron.test",
  "executive@neuron.test",
  "admin@neuron.test",
];

export default async function globalSetup(config: FullConfig) {
  const baseURL = String(config.projects[0]?.use.baseURL);
  mkdirSync(STATE_DIR, { recursive: true });
  for (const email of E2E_USERS) await signInState(baseURL, email);
}
