/**
 * Start-up: open the library, then pick what to show — a shared link (as a new copy), the
 * workflow named in `?workflow=`, the last one open (with crash recovery), or the sample.
 */
import { loadJsonataSyntax, loadYaml, parseDefinition } from '../../asl';
import { createStudioStore, isUsableDefinition, type StudioStore } from '../../store/studioStore';
import { makeRecord, recoverRecord, Workspace } from '../../workspace/workspace';
import { openWorkspaceStorage } from '../../workspace/storage';
import { readShareHash } from '../../workspace/shareLink';
import { lastCurrent } from '../../workspace/journal';
import { SAMPLE_WORKFLOW } from '../sampleWorkflow';
import type { WorkflowRecord } from '../../workspace/records';

export interface Booted {
  store: StudioStore;
  workspace: Workspace;
}

function parseUsable(text: string) {
  const parsed = parseDefinition(text);
  return isUsableDefinition(parsed) ? parsed.definition : undefined;
}

export async function bootStudio(location: Location = window.location): Promise<Booted> {
  const yamlReady = loadYaml();
  const { storage, problem } = await openWorkspaceStorage();
  let notice: string | undefined;
  let record: WorkflowRecord | undefined;

  const share = readShareHash(location.hash, parseUsable);
  if (share.kind === 'ok') {
    const name = `${share.shared.name ?? 'Shared workflow'} (shared copy)`;
    record = makeRecord(name, share.definition, { text: share.shared.text, ...(share.shared.settings ? { settings: share.shared.settings } : {}) });
    notice = `Opened a shared workflow as a new copy: “${name}”.`;
  } else if (share.kind === 'broken') {
    notice = share.reason;
  }
  if (share.kind !== 'none') history.replaceState(null, '', location.pathname + location.search);

  if (!record) {
    const requested = new URLSearchParams(location.search).get('workflow') ?? lastCurrent();
    record = await recoverRecord(storage, requested ?? undefined);
    if (!record && requested === null) {
      const existing = await storage.list();
      const newest = existing.sort((a, b) => b.updatedAt - a.updatedAt)[0];
      if (newest) record = await recoverRecord(storage, newest.id);
    }
  }
  if (!record) record = makeRecord('OrderWorkflow', SAMPLE_WORKFLOW, { settings: { type: 'STANDARD' } });

  try {
    await storage.put(record);
  } catch {
    // Reported by the first autosave; the studio still opens.
  }
  // A workflow last kept as YAML needs the (lazily loaded) YAML parser before it can be shown.
  if (!record.text.trimStart().startsWith('{')) await yamlReady.catch(() => undefined);
  const store = createStudioStore({ definition: record.definition, settings: record.settings, text: record.text });
  // Full JSONata syntax checks arrive after the first paint; then every view re-validates.
  void loadJsonataSyntax().then(() => store.getState().revalidate(), () => undefined);
  const workspace = new Workspace(store, storage, record, problem);
  workspace.display(record);
  if (notice) workspace.status.setState({ notice });
  void workspace.refreshList();
  window.addEventListener('pagehide', () => void workspace.flush());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void workspace.flush();
  });
  return { store, workspace };
}
