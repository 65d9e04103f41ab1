// Stands in for `server-only` under Vitest (Next resolves it to an empty module on the server too).
export {};
