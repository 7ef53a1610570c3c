/**
 * The `${Placeholder}`s of a workflow as Config mode shows them: the ones already in the
 * definition with their values, values for placeholders no longer used, and the ones an export
 * would create from concrete ARNs and names.
 */
import type { StateMachine, WorkflowSettings } from '../../asl/types';
import { placeholdersIn, type SamExport } from '../../sam';

export interface PlaceholderRow {
  name: string;
  /** The definition holds `${name}`. */
  used: boolean;
  value: unknown;
  hasValue: boolean;
}

/** Rows for the substitutions editor: placeholders of the definition first, then unused values. */
export function placeholderRows(definition: StateMachine, settings: WorkflowSettings): PlaceholderRow[] {
  const given = settings.substitutions ?? {};
  const used = [...placeholdersIn(definition)].sort();
  const rows: PlaceholderRow[] = used.map((name) => ({ name, used: true, value: given[name], hasValue: Object.hasOwn(given, name) }));
  for (const [name, value] of Object.entries(given)) {
    if (!used.includes(name)) rows.push({ name, used: false, value, hasValue: true });
  }
  return rows;
}

export interface CreatedPlaceholder {
  name: string;
  /** The concrete value the export replaces. */
  literal: string;
  kind: string;
}

/** Placeholders the export would introduce in place of concrete values. */
export function createdPlaceholders(built: Pick<SamExport, 'placeholders'>): CreatedPlaceholder[] {
  return built.placeholders
    .filter((p) => !p.existing && p.literal !== undefined)
    .map((p) => ({ name: p.name, literal: p.literal as string, kind: p.kind }));
}
