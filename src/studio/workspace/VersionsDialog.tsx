/** Versions: publish an immutable named version, view one read-only with its diff, restore it. */
import { useState } from 'react';
import { useStudio } from '../StudioContext';
import { useWorkspace, useWorkspaceStatus } from './WorkspaceContext';
import { DefinitionDiffList } from './DiffViews';
import type { VersionRecord } from '../../workspace/records';
import { Dialog } from './Dialog';

export default function VersionsDialog({ onClose }: { onClose: () => void }) {
  const workspace = useWorkspace();
  useWorkspaceStatus((s) => s.currentId);
  const draft = useStudio((s) => s.definition);
  const [label, setLabel] = useState('');
  const [versions, setVersions] = useState<VersionRecord[]>(() => workspace?.versions() ?? []);
  const [viewing, setViewing] = useState<VersionRecord | null>(null);
  if (!workspace) return null;

  async function publish(): Promise<void> {
    if (!workspace) return;
    const v = await workspace.publishVersion(label);
    setVersions(workspace.versions());
    setLabel('');
    setViewing(v);
  }

  return (
    <Dialog title="Versions" onClose={onClose} wide testId="versions">
      <form className="gallery-toolbar" onSubmit={(e) => { e.preventDefault(); void publish(); }}>
        <input placeholder={`Version ${versions.length + 1}`} aria-label="Version name" data-testid="version-label" value={label} onChange={(e) => setLabel(e.target.value)} />
        <button type="submit" className="primary" data-testid="version-publish">Publish version</button>
        <span className="muted">A version is an immutable copy of the workflow with its settings.</span>
      </form>
      <div className="versions-layout">
        <ul className="versions-list">
          {versions.length === 0 && <li className="empty">No versions yet. Publish one to keep this state of the workflow.</li>}
          {[...versions].reverse().map((v) => (
            <li key={v.id} data-testid={`version-${v.label}`}>
              <button type="button" className={viewing?.id === v.id ? 'link active' : 'link'} onClick={() => setViewing(v)}>{v.label}</button>
              <small>{new Date(v.createdAt).toLocaleString()}</small>
            </li>
          ))}
        </ul>
        {viewing && <VersionView version={viewing} draft={draft} onRestore={() => { workspace.restoreVersion(viewing.id); onClose(); }} />}
      </div>
    </Dialog>
  );
}

function VersionView({ version, draft, onRestore }: { version: VersionRecord; draft: VersionRecord['definition']; onRestore: () => void }) {
  return (
    <section className="version-view" data-testid="version-view">
      <header>
        <b>{version.label}</b> (read-only)
        <button type="button" data-testid="version-restore" onClick={onRestore}>Restore as draft</button>
      </header>
      <h4>Changes in the current draft since this version</h4>
      <DefinitionDiffList before={version.definition} after={draft} testId="version-diff" identical="The draft is identical to this version." />
      <pre className="version-text">{version.text}</pre>
    </section>
  );
}
