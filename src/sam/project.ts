/** The `DefinitionUri` project folder (template.yaml, statemachine/*.asl.json, README.md) as a zip. */
import { strToU8, zipSync } from 'fflate';
import type { StateMachine } from '../asl/types';
import { buildSamTemplate } from './buildTemplate';
import type { SamExportOptions } from './settings';

/**
 * Zip of the SAM project folder; `folder` is the top-level directory inside the archive. `extra`:
 * more files of the project by path (the workflow's test file beside its definition).
 */
export function toSamProjectZip(definition: StateMachine, options: SamExportOptions = {}, folder = 'sam-app', extra: Record<string, string> = {}): Uint8Array {
  const { files } = buildSamTemplate(definition, { ...options, format: 'sam', definitionMode: 'uri' });
  const entries: Record<string, Uint8Array> = {};
  for (const [path, text] of Object.entries({ ...files, ...extra })) entries[`${folder}/${path}`] = strToU8(text);
  // Fixed timestamps keep the archive byte-identical for identical input.
  return zipSync(entries, { level: 6, mtime: new Date('2020-01-01T00:00:00Z') });
}
