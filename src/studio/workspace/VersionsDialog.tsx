/** Versions: publish an immutable named version, view one read-only with its diff, restore it. */
import { useMemo, useState } from 'react';
import { useStudio } from '../StudioContext';
import { useWorkspace, useWorkspaceStatus } from './WorkspaceContext';
import { diffDefinitions } from '../../workspace/definitionDiff';
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
  const diff = useMemo(() => diffDefinitions(version.definition, draft), [version, draft]);
  return (
    <section className="version-view" data-testid="version-view">
      <header>
        <b>{version.label}</b> (read-only)
        <button type="button" data-testid="version-restore" onClick={onRestore}>Restore as draft</button>
      </header>
      <h4>Changes in the current draft since this version</h4>
      {diff.identical ? <p data-testid="version-diff-none">The draft is identical to this version.</p> : (
        <ul className="diff" data-testid="version-diff">
          {diff.added.map((s) => <li key={`a${s.id}`} className="diff-added">+ added {s.type} “{s.name}”</li>)}
          {diff.removed.map((s) => <li key={`r${s.id}`} className="diff-removed">− removed {s.type} “{s.name}”</li>)}
          {diff.changed.map((s) => <li key={`c${s.id}`} className="diff-changed">~ changed “{s.name}”: {s.fields.join(', ')}</li>)}
          {diff.topLevel.map((f) => <li key={`t${f}`} className="diff-changed">~ changed top-level {f}</li>)}
        </ul>
      )}
      <pre className="version-text">{version.text}</pre>
    </section>
  );
}
