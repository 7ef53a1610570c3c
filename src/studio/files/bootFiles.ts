/**
 * Start-up in file-bound mode (the page was opened from the URL `asl-studio open` printed): the
 * document comes from the server instead of the browser's library.
 */
import { loadJsonataSyntax, loadYaml, parseDefinition } from '../../asl';
import { loadValidator } from '../../store/derived';
import { isUsableDefinition } from '../../asl/shape';
import { createStudioStore, type StudioStore } from '../../store/studioStore';
import { FileApi, type FileDocument, type FileWorkflow } from './fileApi';
import type { StateMachine } from '../../asl/types';
import { FileSession } from './fileSession';
import { testsBinding, testsStoreFor } from '../tests/testsStore';

export interface BootedFiles {
  store: StudioStore;
  session: FileSession;
}

export async function bootFileStudio(token: string, location: Location = window.location): Promise<BootedFiles> {
  await loadYaml().catch(() => undefined);
  const api = new FileApi(token);
  const { workflows, start } = await api.list();
  // A history opened with --definition starts there (on that definition), also after a reload.
  const wanted = new URLSearchParams(location.search).get('workflow') ?? start;
  // A folder opens on its first workflow; a recorded execution in it only when asked for (?workflow=) or alone.
  const first = workflows.find((w) => w.id === wanted && !w.error) ?? workflows.find((w) => !w.error && w.kind !== 'history') ?? workflows.find((w) => !w.error);
  if (!first) {
    const reasons = workflows.map((w) => `${w.id}: ${w.error ?? ''}`).join('; ');
    throw new Error(workflows.length === 0 ? 'No workflow was found under the opened path.' : `No workflow can be opened (${reasons}).`);
  }
  const doc = await api.read(first.id);
  if (first.kind === 'history') {
    const from = doc.definitionFrom;
    // Folder mode (or --definition): the workflow the history fits opens for editing (the fix), the history as a run on it.
    if (from?.id && workflows.some((w) => w.id === from.id && !w.error)) {
      const booted = await bindTests(bootWorkflow(api, workflows, await api.read(from.id)));
      const recorded = await import('../run/openRecorded');
      await recorded.openHistoryFiles(booted.store, [{ name: doc.entry.file, text: doc.text }], { definitionLabel: from.given ? `${from.file} (--definition)` : `${from.file}, which the history fits` });
      return booted;
    }
    return bootHistory(api, workflows, doc);
  }
  return bindTests(bootWorkflow(api, workflows, doc));
}

function bootWorkflow(api: FileApi, workflows: FileWorkflow[], doc: FileDocument): BootedFiles {
  const parsed = parseDefinition(doc.text);
  // Broken text opens as it is (errors shown in the code view) over an empty canvas.
  const definition = isUsableDefinition(parsed) && parsed.definition ? parsed.definition : { StartAt: '', States: {} };
  const name = doc.entry.logicalId ?? doc.entry.file.replace(/^.*\//, '').replace(/\.(asl\.)?(json|ya?ml)$/i, '');
  // A template's machine opens with the template's settings (Config mode writes them back there).
  const store = createStudioStore({ definition, settings: doc.settings ?? { name }, text: doc.text });
  void loadValidator().then(() => store.getState().revalidate(), () => undefined);
  void loadJsonataSyntax().then(() => store.getState().revalidate(), () => undefined);
  const session = new FileSession(store, api, workflows, doc);
  return { store, session };
}

/** The Tests tab reads and writes the workflow's test file on disk (`<name>.sfn-test.yaml` beside it). */
async function bindTests(booted: BootedFiles): Promise<BootedFiles> {
  const tests = testsStoreFor(booted.store);
  await booted.session.bindTests(testsBinding(tests), (problem) => tests.setState({ problem }));
  return booted;
}

/**
 * `asl-studio open history.json`: the recorded execution opens in Run mode on the definition it
 * carries (describe-execution output in the same file), else on the workflow beside it that it
 * fits (read-only here: open the folder to edit it), else on an empty workflow where the run view
 * says the definition is missing and how to supply it. The history file is never written.
 */
async function bootHistory(api: FileApi, workflows: FileWorkflow[], doc: FileDocument): Promise<BootedFiles> {
  const [{ importExecutionHistory }, recorded] = await Promise.all([import('../../history/importHistory'), import('../run/openRecorded')]);
  const files = [{ name: doc.entry.file, text: doc.text }];
  let definition: StateMachine = { StartAt: '', States: {} };
  let definitionLabel: string | undefined;
  try {
    const carried = importExecutionHistory(files).definition;
    const beside = doc.definitionFrom ? parseDefinition(doc.definitionFrom.text) : undefined;
    if (carried) definition = carried;
    else if (beside && isUsableDefinition(beside) && beside.definition) {
      definition = beside.definition;
      definitionLabel = `${doc.definitionFrom!.file}, beside the history (which fits it)`;
    }
  } catch {
    // The run view lists the located problems (openHistoryFiles below).
  }
  const name = doc.entry.file.replace(/^.*\//, '').replace(/\.json$/i, '');
  const store = createStudioStore({ definition, settings: { name } });
  // The session compares the workflow with its own text: edits mark it dirty; Save says the history is never written.
  const session = new FileSession(store, api, workflows, { ...doc, text: store.getState().text });
  await recorded.openHistoryFiles(store, files, definitionLabel ? { definitionLabel } : {});
  return { store, session };
}
