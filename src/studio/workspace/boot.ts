/**
 * Start-up: open the library, then pick what to show — a shared link (as a new copy), the
 * workflow named in `?workflow=`, the last one open (with crash recovery), or the sample.
 */
import { detectFormat, loadJsonataSyntax, loadYaml, parseDefinition } from '../../asl';
import { loadValidator } from '../../store/derived';
import { createStudioStore, type StudioStore } from '../../store/studioStore';
import { isUsableDefinition } from '../../asl/shape';
import { makeRecord, recoverRecord, Workspace } from '../../workspace/workspace';
import { openWorkspaceStorage, type OpenedStorage } from '../../workspace/storage';
import type { ReadShareResult } from '../../workspace/shareLink';
import { sharePayloadOf } from '../../workspace/shareParam';
import { lastCurrent } from '../../workspace/journal';
import { SAMPLE_WORKFLOW } from '../sampleWorkflow';
import type { WorkflowRecord } from '../../workspace/records';
import { readRunData } from '../../run/runData';
import { testsBinding, testsStoreFor } from '../tests/testsStore';

export interface Booted {
  store: StudioStore;
  workspace: Workspace;
}

function parseUsable(text: string) {
  const parsed = parseDefinition(text);
  return isUsableDefinition(parsed) ? parsed.definition : undefined;
}

export async function bootStudio(location: Location = window.location, opened?: OpenedStorage): Promise<Booted> {
  const yamlReady = loadYaml();
  const { storage, problem } = opened ?? await openWorkspaceStorage();
  let notice: string | undefined;
  let record: WorkflowRecord | undefined;
  const damaged: string[] = [];
  const onDamaged = (reason: string) => damaged.push(reason);
  // Edits journaled before the reload on a version another tab has saved over since.
  let unsaved: WorkflowRecord | undefined;
  const onConflict = (mine: WorkflowRecord) => { unsaved = mine; };

  // The link's decoder loads only when there is a link to read.
  const share: ReadShareResult = sharePayloadOf(location.hash) === undefined
    ? { kind: 'none' }
    : (await import('../../workspace/shareLink')).readShareHash(location.hash, parseUsable);
  if (share.kind === 'ok') {
    const name = `${share.shared.name ?? 'Shared workflow'} (shared copy)`;
    const run = readRunData(share.shared.run);
    record = makeRecord(name, share.definition, { text: share.shared.text, ...(share.shared.settings ? { settings: share.shared.settings } : {}), ...(run ? { run } : {}) });
    notice = `Opened a shared workflow as a new copy: “${name}”.`;
  } else if (share.kind === 'broken') {
    notice = share.reason;
  }
  if (share.kind !== 'none') history.replaceState(null, '', location.pathname + location.search);

  if (!record) {
    const explicit = new URLSearchParams(location.search).get('workflow') ?? undefined;
    record = await recoverRecord(storage, explicit ?? lastCurrent(), onDamaged, onConflict);
    if (!record && explicit) notice = 'The workflow in the link is not in this browser’s library; showing the latest one instead.';
    if (!record) {
      // The last-open workflow is unknown or gone: open the newest one rather than a new sample.
      const newest = (await storage.list()).sort((a, b) => b.updatedAt - a.updatedAt)[0];
      if (newest) record = await recoverRecord(storage, newest.id, onDamaged, onConflict);
    }
  }
  if (!record) record = makeRecord('OrderWorkflow', SAMPLE_WORKFLOW, { settings: { type: 'STANDARD' } });

  let stored = true;
  try {
    await storage.put(record);
  } catch {
    stored = false; // reported by the save below; the studio still opens
  }
  // A workflow last kept as YAML needs the (lazily loaded) YAML parser before it can be shown.
  if (detectFormat(record.text) === 'yaml') await yamlReady.catch(() => undefined);
  const store = createStudioStore({ definition: record.definition, settings: record.settings, text: record.text });
  // Full JSONata syntax checks arrive after the first paint; then every view re-validates.
  void loadValidator().then(() => store.getState().revalidate(), () => undefined);
  void loadJsonataSyntax().then(() => store.getState().revalidate(), () => undefined);
  const workspace = new Workspace(store, storage, record, { problem });
  // The workflow's test cases are saved and restored with it.
  workspace.bindTests(testsBinding(testsStoreFor(store)));
  workspace.display(record);
  if (!stored) void workspace.flush();
  if (unsaved && unsaved.id === record.id) workspace.restoreUnsaved(unsaved, record);
  if (notice) workspace.status.setState({ notice });
  // What reading the library repaired or set aside (damaged records, a damaged crash journal).
  workspace.showStorageNotices(damaged);
  void workspace.refreshList().catch((error: unknown) => workspace.status.setState({ problem: `The library could not be listed: ${(error as Error).message}` }));
  window.addEventListener('pagehide', () => workspace.flushBeforeLeaving());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') workspace.flushBeforeLeaving();
  });
  return { store, workspace };
}
