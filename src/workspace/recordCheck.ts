/**
 * Reading a stored workflow without trusting it: IndexedDB and localStorage hold whatever an
 * older version, an extension, a full disk or a curious user left there. A record whose workflow
 * can be recovered is repaired (missing history, view or versions are dropped; a definition is
 * rebuilt from the code text); one that cannot is refused with a reason, to be set aside.
 */
import { parseDefinition } from '../asl';
import { hasStateMachineShape, isUsableDefinition } from '../asl/shape';
import type { StateMachine, WorkflowSettings } from '../asl/types';
import type { VersionRecord, WorkflowRecord } from './records';
import { isObj } from '../asl/objects';

export type RecordCheck =
  | { ok: true; record: WorkflowRecord; repairs: string[] }
  | { ok: false; reason: string };

const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** The workflow a stored definition/text pair stands for, or a reason it has none. */
function workflowOf(definition: unknown, text: unknown): { definition: StateMachine; text: string } | string {
  if (hasStateMachineShape(definition)) return { definition, text: typeof text === 'string' ? text : JSON.stringify(definition, null, 2) };
  // An older or damaged record may hold the definition as text (or only the code text).
  for (const candidate of [definition, text]) {
    if (typeof candidate !== 'string') continue;
    const parsed = parseDefinition(candidate);
    if (isUsableDefinition(parsed) && parsed.definition) return { definition: parsed.definition, text: typeof text === 'string' ? text : candidate };
  }
  return definition === undefined ? 'it has no definition' : 'its definition is not a state machine';
}

const LOG_LEVELS = ['OFF', 'ALL', 'ERROR', 'FATAL'];
const isStringMap = (v: unknown): v is Record<string, string> => isObj(v) && Object.values(v).every((x) => typeof x === 'string');

/**
 * Settings as an object whose typed fields (read by every view and by the SAM export) have the
 * right types; a field of the wrong type is dropped. Used for stored records and share links.
 */
export function settingsOf(value: unknown): WorkflowSettings | undefined {
  if (!isObj(value)) return undefined;
  const settings = { ...value };
  const drop = (key: string, ok: (v: unknown) => boolean) => {
    if (settings[key] !== undefined && !ok(settings[key])) delete settings[key];
  };
  // Kept as data they are harmless, but one Object.assign or for-in copy away from a prototype.
  for (const key of ['__proto__', 'constructor', 'prototype']) delete settings[key];
  drop('name', (v) => typeof v === 'string');
  drop('type', (v) => v === 'STANDARD' || v === 'EXPRESS');
  drop('logging', (v) => isObj(v) && LOG_LEVELS.includes(v['level'] as string));
  drop('tracing', (v) => typeof v === 'boolean');
  drop('roleArn', (v) => typeof v === 'string');
  drop('autoPublishAlias', (v) => typeof v === 'string');
  drop('tags', isStringMap);
  drop('events', isObj);
  drop('substitutions', isObj);
  return settings as WorkflowSettings;
}

const MODES = ['design', 'code', 'run', 'config'];

function historyOf(value: unknown): WorkflowRecord['history'] | undefined {
  if (!isObj(value) || !Array.isArray(value['past']) || !Array.isArray(value['future'])) return undefined;
  const entryOk = (e: unknown) => isObj(e) && typeof e['label'] === 'string' && isObj(e['snapshot'])
    && hasStateMachineShape(e['snapshot']['definition']) && typeof e['snapshot']['text'] === 'string' && isObj(e['snapshot']['settings']);
  return value['past'].every(entryOk) && value['future'].every(entryOk) ? (value as unknown as WorkflowRecord['history']) : undefined;
}

function viewOf(value: unknown): WorkflowRecord['view'] | undefined {
  if (!isObj(value) || !MODES.includes(value['mode'] as string) || !Array.isArray(value['selection'])) return undefined;
  return value['selection'].every((s) => typeof s === 'string') ? (value as WorkflowRecord['view']) : undefined;
}

function versionOf(value: unknown): VersionRecord | undefined {
  if (!isObj(value) || typeof value['id'] !== 'string') return undefined;
  const workflow = workflowOf(value['definition'], value['text']);
  if (typeof workflow === 'string') return undefined;
  return {
    id: value['id'],
    label: typeof value['label'] === 'string' ? value['label'] : 'Version',
    createdAt: isTime(value['createdAt']) ? value['createdAt'] : 0,
    ...workflow,
    settings: settingsOf(value['settings']) ?? {},
    ...(value['run'] !== undefined ? { run: value['run'] } : {}),
  };
}

/** Checks (and where possible repairs) one record read from the library. */
export function checkRecord(raw: unknown): RecordCheck {
  if (!isObj(raw)) return { ok: false, reason: `the record is ${raw === null ? 'null' : Array.isArray(raw) ? 'an array' : typeof raw}, not a workflow` };
  if (typeof raw['id'] !== 'string' || raw['id'] === '') return { ok: false, reason: 'the record has no id' };
  const workflow = workflowOf(raw['definition'], raw['text']);
  if (typeof workflow === 'string') return { ok: false, reason: workflow };
  const repairs: string[] = [];
  const settings = settingsOf(raw['settings']);
  if (!settings) repairs.push('settings');
  const name = typeof raw['name'] === 'string' && raw['name'].trim() !== '' ? raw['name']
    : typeof settings?.name === 'string' && settings.name !== '' ? settings.name : 'Recovered workflow';
  if (name !== raw['name']) repairs.push('name');
  const updatedAt = isTime(raw['updatedAt']) ? raw['updatedAt'] : 0;
  const createdAt = isTime(raw['createdAt']) ? raw['createdAt'] : updatedAt;
  if (updatedAt !== raw['updatedAt'] || createdAt !== raw['createdAt']) repairs.push('dates');
  const history = raw['history'] === undefined ? undefined : historyOf(raw['history']);
  if (raw['history'] !== undefined && !history) repairs.push('undo history');
  const view = raw['view'] === undefined ? undefined : viewOf(raw['view']);
  if (raw['view'] !== undefined && !view) repairs.push('view');
  const rawVersions = Array.isArray(raw['versions']) ? raw['versions'] : [];
  const versions = rawVersions.map(versionOf).filter((v): v is VersionRecord => v !== undefined);
  if (!Array.isArray(raw['versions']) || versions.length !== rawVersions.length) repairs.push('versions');
  if (workflow.definition !== raw['definition']) repairs.push('definition');
  const record: WorkflowRecord = {
    id: raw['id'],
    name,
    createdAt,
    updatedAt,
    ...workflow,
    settings: settings ?? { name },
    ...(raw['run'] !== undefined ? { run: raw['run'] } : {}),
    ...(typeof raw['tests'] === 'string' ? { tests: raw['tests'] } : {}),
    ...(history ? { history } : {}),
    ...(view ? { view } : {}),
    versions,
    ...(typeof raw['saveId'] === 'string' ? { saveId: raw['saveId'] } : {}),
  };
  return { ok: true, record, repairs };
}
