/**
 * The workflows under what `asl-studio open` was given: ASL files, and the state machines of
 * SAM / CloudFormation templates (with the file their definition lives in: the `DefinitionUri`
 * file, or the template itself for an inline `Definition`).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { parseDefinition } from '../asl/parse';
import { readTemplate, TemplateReadError } from '../sam';
import { isObject } from '../sam/intrinsics';
import { parseCfnYaml } from '../sam/cfnYaml';
import { getAttTarget } from '../sam/templateSettings';
import type { PathGuard } from './pathGuard';

export interface WorkflowEntry {
  /** `file` for an ASL file, `template#LogicalId` for a state machine of a template. */
  id: string;
  /** The file (relative to the opened folder) that holds the definition. */
  file: string;
  kind: 'asl' | 'DefinitionUri' | 'Definition' | 'DefinitionString' | 'history';
  template?: string;
  logicalId?: string;
  /** Why it cannot be opened (a missing DefinitionUri file, S3, …). */
  error?: string;
  /**
   * A plain CloudFormation `AWS::StepFunctions::StateMachine` (not SAM): the `AWS::IAM::Role` of
   * the template its RoleArn names, where Config mode writes policies, boundary and path.
   */
  cloudFormation?: { role?: string };
}

const SKIP_DIRS = new Set(['node_modules', '.git', '.aws-sam', '.venv', '__pycache__']);
const MAX_FILES = 5000;
const CANDIDATE = /\.(json|ya?ml)$/i;
/** A workflow's test file (`*.sfn-test.yaml`) is not a workflow: it opens in the Tests tab of the one it tests. */
const TEST_FILE_PATTERN = /\.sfn-test\.(ya?ml|json)$/i;
const MACHINE_TYPES = /AWS::Serverless::StateMachine|AWS::StepFunctions::StateMachine/;

async function walk(dir: string, out: string[], depth: number): Promise<void> {
  if (depth > 8 || out.length >= MAX_FILES) return;
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name) && !entry.name.startsWith('.')) await walk(join(dir, entry.name), out, depth + 1);
    } else if (entry.isFile() && CANDIDATE.test(entry.name) && !TEST_FILE_PATTERN.test(entry.name)) out.push(join(dir, entry.name));
  }
}

/** `aws stepfunctions get-execution-history` output (cheap sniff, as the studio's drop does). */
export function isExecutionHistory(text: string): boolean {
  return /"events"\s*:\s*\[/.test(text) && /"previousEventId"|"ExecutionStarted"/.test(text);
}

function isAsl(text: string): boolean {
  const parsed = parseDefinition(text);
  const value = parsed.definition as unknown;
  return isObject(value) && (typeof value.StartAt === 'string' || isObject(value.States)) && !('Resources' in value);
}

/** The state machines of one template file (entries only; the definitions are read on demand). */
export function templateEntries(text: string, templateName: string): WorkflowEntry[] {
  const value = parseCfnYaml(text);
  if (!isObject(value) || !isObject(value.Resources)) return [];
  const entries: WorkflowEntry[] = [];
  for (const [logicalId, resource] of Object.entries(value.Resources)) {
    if (!isObject(resource) || typeof resource.Type !== 'string' || !MACHINE_TYPES.test(resource.Type)) continue;
    const props = isObject(resource.Properties) ? resource.Properties : {};
    const id = `${templateName}#${logicalId}`;
    const role = resource.Type === 'AWS::StepFunctions::StateMachine' ? getAttTarget(props.RoleArn, 'Arn') : undefined;
    const cloudFormation = resource.Type !== 'AWS::StepFunctions::StateMachine' ? {}
      : { cloudFormation: role && isObject(value.Resources[role]) && value.Resources[role].Type === 'AWS::IAM::Role' ? { role } : {} };
    const base = { id, template: templateName, logicalId, ...cloudFormation };
    if (props.Definition !== undefined) entries.push({ ...base, file: templateName, kind: 'Definition' });
    else if (typeof props.DefinitionUri === 'string' && !/^s3:\/\//i.test(props.DefinitionUri)) {
      entries.push({ ...base, file: posix.normalize(posix.join(posix.dirname(templateName), props.DefinitionUri.replace(/\\/g, '/'))), kind: 'DefinitionUri' });
    } else if (props.DefinitionUri !== undefined || props.DefinitionS3Location !== undefined) {
      entries.push({ ...base, file: templateName, kind: 'DefinitionUri', error: 'The definition is on Amazon S3 (DefinitionUri / DefinitionS3Location); download it next to the template and point DefinitionUri at the file.' });
    } else if (props.DefinitionString !== undefined) {
      entries.push({ ...base, file: templateName, kind: 'DefinitionString', error: 'DefinitionString templates open read-only for now: edit the JSON string in the template.' });
    } else entries.push({ ...base, file: templateName, kind: 'Definition', error: `State machine ${logicalId} has no Definition or DefinitionUri.` });
  }
  return entries;
}

/**
 * Lists the workflows. Opening a template with no state machine throws a TemplateReadError naming
 * what the template holds; in a folder such files are skipped.
 */
export async function discoverWorkflows(guard: PathGuard, opened: string, isFile: boolean): Promise<WorkflowEntry[]> {
  const files: string[] = [];
  if (isFile) files.push(opened);
  else await walk(opened, files, 0);
  const entries: WorkflowEntry[] = [];
  const named = new Set<string>();
  for (const path of files) {
    let text: string;
    try {
      if ((await stat(path)).size > 5_000_000) continue;
      text = await readFile(path, 'utf8');
    } catch {
      continue;
    }
    const name = guard.relativeName(path);
    if (isExecutionHistory(text)) {
      // A recorded execution opens in Run mode, read-only (opened alone, only this file is served).
      entries.push({ id: name, file: name, kind: 'history' });
    } else if (MACHINE_TYPES.test(text)) {
      try {
        const found = templateEntries(text, name);
        if (found.length === 0 && isFile) readTemplate(text); // throws the "no state machine, found: …" message
        for (const entry of found) {
          if (entry.kind === 'DefinitionUri' && !entry.error) {
            try {
              await guard.allow(entry.file);
              await stat(join(guard.base, entry.file));
            } catch (error) {
              entry.error = error instanceof Error && 'code' in error && error.code === 'ENOENT'
                ? `The definition file ${entry.file} (DefinitionUri) was not found next to the template.`
                : error instanceof Error ? error.message : String(error);
            }
          }
          named.add(entry.file);
          entries.push(entry);
        }
      } catch (error) {
        if (isFile) throw error;
      }
    } else if (isAsl(text) || /\.asl\.(json|ya?ml)$/i.test(path)) {
      entries.push({ id: name, file: name, kind: 'asl' });
    } else if (isFile) {
      // Neither ASL nor a template with a state machine: readTemplate says what it is instead.
      readTemplate(text);
      throw new TemplateReadError('no-state-machine', `${name} holds no state machine.`);
    }
  }
  // A definition file listed through its template is not listed again on its own.
  return entries.filter((e) => e.kind !== 'asl' || !named.has(e.file) || isFile).filter((e, i, all) => all.findIndex((o) => o.id === e.id) === i);
}

