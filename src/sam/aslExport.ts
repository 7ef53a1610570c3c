/** Raw ASL export (JSON or YAML), as Workflow Studio's "Export definition". */
import { serializeDefinition } from '../asl/serialize';
import type { StateMachine } from '../asl/types';

export type AslExportFormat = 'json' | 'yaml';

/** Definition text in the chosen format. */
export function toAslText(definition: StateMachine, format: AslExportFormat = 'json'): string {
  return serializeDefinition(definition, { format });
}

/** Suggested file name: `<name>.asl.json` / `<name>.asl.yaml`. */
export function aslFileName(name: string | undefined, format: AslExportFormat = 'json'): string {
  const base = (name ?? '').trim().replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'state-machine';
  return `${base}.asl.${format}`;
}
