/**
 * A recorded execution (`get-execution-history` output) that carries no definition: the workflow
 * it ran on is looked for in its folder — an ASL file, a template's state machine, or
 * `describe-state-machine-for-execution` output saved beside it — and taken when the history
 * fits it (every state the events name is where the events put it). The studio then draws the
 * history on that workflow instead of an empty canvas.
 */
import { lstat, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDefinition } from '../asl/parse';
import { isUsableDefinition } from '../asl/shape';
import type { StateMachine } from '../asl/types';
import { annotateEvents } from '../history/annotate';
import { importExecutionHistory } from '../history/importHistory';
import { isObject } from '../sam/intrinsics';
import { discoverWorkflows, isExecutionHistory, type WorkflowEntry } from './discover';
import { PathGuard } from './pathGuard';
import { inlineDefinitionText } from './workflowText';

export interface HistoryDefinition {
  /** Where the definition came from, relative to the opened folder. */
  file: string;
  /** The workflow entry of the opened folder it is (absent for describe-… output or in one-file mode). */
  id?: string;
  /** The definition's text as the studio would edit it. */
  text: string;
}

export interface HistoryMatch {
  /** The history's files carry the definition themselves (describe-execution output in the same file). */
  carried: boolean;
  /** A workflow of the folder the history fits (first in file order, the machine's name first). */
  found?: HistoryDefinition;
  /** How many definitions were tried. */
  tried: number;
}

const MAX_DESCRIBE_BYTES = 1_000_000;

function definitionOf(text: string): StateMachine | undefined {
  const parsed = parseDefinition(text);
  return isUsableDefinition(parsed) && parsed.definition && Object.keys(parsed.definition.States ?? {}).length > 0 ? parsed.definition : undefined;
}

async function entryText(folder: string, entry: WorkflowEntry): Promise<string | undefined> {
  const fileText = await readFile(join(folder, entry.file), 'utf8');
  return entry.kind === 'Definition' ? inlineDefinitionText(fileText, entry.logicalId!) : fileText;
}

/** `describe-state-machine-for-execution` / `describe-state-machine` output files directly in the folder. */
async function describeOutputs(folder: string): Promise<HistoryDefinition[]> {
  const found: HistoryDefinition[] = [];
  const names = (await readdir(folder).catch(() => [] as string[])).filter((n) => /\.json$/i.test(n)).sort();
  for (const name of names) {
    try {
      // lstat: a symbolic link (perhaps leading out of the folder) is not followed.
      const info = await lstat(join(folder, name));
      if (!info.isFile() || info.size > MAX_DESCRIBE_BYTES) continue;
      const text = await readFile(join(folder, name), 'utf8');
      if (!/"definition"\s*:/.test(text) || isExecutionHistory(text)) continue;
      const value = JSON.parse(text) as unknown;
      if (isObject(value) && typeof value.definition === 'string') found.push({ file: name, text: value.definition });
    } catch {
      // not JSON or unreadable: not a candidate
    }
  }
  return found;
}

/**
 * Finds the definition for the history `historyText`, opened in `folder` (the opened folder, or
 * the folder of the opened history file).
 * @param workflows the opened folder's workflows (folder mode), so a match can be opened for editing
 */
export async function matchHistory(historyText: string, folder: string, workflows?: WorkflowEntry[]): Promise<HistoryMatch> {
  let imported;
  try {
    imported = importExecutionHistory(historyText);
  } catch {
    return { carried: false, tried: 0 };
  }
  if (imported.definition) return { carried: true, tried: 0 };
  const machine = imported.execution.stateMachineArn && /:stateMachine:([^:]+)/.exec(imported.execution.stateMachineArn)?.[1];
  const entries = workflows ?? await discoverWorkflows(await PathGuard.create(folder, false), folder, false).catch(() => []);
  const candidates: HistoryDefinition[] = [];
  for (const entry of entries) {
    if (entry.error || entry.kind === 'history' || entry.kind === 'DefinitionString') continue;
    const text = await entryText(folder, entry).catch(() => undefined);
    if (text !== undefined) candidates.push({ file: entry.file, text, ...(workflows ? { id: entry.id } : {}) });
  }
  candidates.push(...await describeOutputs(folder));
  // The machine named in the execution's ARN first (its logical id or file name), then file order.
  const named = (c: HistoryDefinition) => (machine && (c.id?.endsWith(`#${machine}`) || c.file.replace(/^.*\//, '').startsWith(machine)) ? 0 : 1);
  candidates.sort((a, b) => named(a) - named(b));
  let tried = 0;
  for (const candidate of candidates) {
    const definition = definitionOf(candidate.text);
    if (!definition) continue;
    tried++;
    if (annotateEvents(imported.events, definition).length === 0) return { carried: false, found: candidate, tried };
  }
  return { carried: false, tried };
}
