// Types for engine.mjs, as far as the project's own code uses it.
export type SchemaFiles = { files: { path: string; content: string }[] };
export type DiffResult = { exitCode: number; stdout: string | null };
export type SchemaEngine = { diff: (params: unknown) => Promise<DiffResult> };

export function loadEngineWasm(): void;
export function openEngine(options: {
  url: string;
  schemaPath?: string;
  log?: (message: string) => void;
}): Promise<SchemaEngine>;
export function schemaFiles(file: string): SchemaFiles;
export function migrationsList(dir: string, shadowDbInitScript?: string): unknown;
export const noFilter: { externalTables: string[]; externalEnums: string[] };
