/** The local library: search, open (here or in a new tab), rename, duplicate, delete with undo, import files. */
import { useEffect, useMemo, useState } from 'react';
import { useWorkspace, useWorkspaceStatus } from './WorkspaceContext';
import { Dialog } from './Dialog';
import { importWorkflowFiles } from './importFiles';
import { plural } from '../plural';

export default function LibraryDrawer({ onClose }: { onClose: () => void }) {
  const workspace = useWorkspace();
  const workflows = useWorkspaceStatus((s) => s.workflows);
  const currentId = useWorkspaceStatus((s) => s.currentId);
  const deleted = useWorkspaceStatus((s) => s.recentlyDeleted);
  const [query, setQuery] = useState('');
  const [renaming, setRenaming] = useState<string | null>(null);
  const [report, setReport] = useState<string[]>([]);
  useEffect(() => { void workspace?.refreshList(); }, [workspace]);
  const shown = useMemo(() => workflows.filter((w) => w.name.toLowerCase().includes(query.trim().toLowerCase())), [workflows, query]);
  if (!workspace) return null;

  async function onImport(files: FileList | null): Promise<void> {
    if (!files || !workspace) return;
    setReport(await importWorkflowFiles(workspace, files));
  }

  return (
    <Dialog title="Library" onClose={onClose} wide testId="library">
      <div className="gallery-toolbar">
        <input type="search" placeholder="Search workflows" aria-label="Search workflows" data-testid="library-search" value={query} onChange={(e) => setQuery(e.target.value)} />
        <label className="button-like">
          Import files…
          <input type="file" multiple hidden data-testid="library-import" accept=".json,.yaml,.yml,.asl.json,.asl.yaml"
            onChange={(e) => void onImport(e.currentTarget.files)} />
        </label>
        <span className="muted">{plural(workflows.length, 'workflow')} · saved in {workspace.status.getState().storageKind === 'indexeddb' ? 'this browser' : 'memory only'}</span>
      </div>
      {report.length > 0 && <ul className="import-report" data-testid="import-report">{report.map((r, i) => <li key={i}>{r}</li>)}</ul>}
      {deleted && (
        <div className="toast" role="status" data-testid="library-deleted">
          Deleted “{deleted.name}”. <button type="button" data-testid="library-undo-delete" onClick={() => void workspace.undoDelete()}>Undo</button>
        </div>
      )}
      <table className="library-table">
        <thead><tr><th>Name</th><th>States</th><th>Updated</th><th><span className="visually-hidden">Actions</span></th></tr></thead>
        <tbody>
          {shown.map((w) => (
            <tr key={w.id} data-testid={`library-row-${w.name}`} className={w.id === currentId ? 'current' : ''}>
              <td>
                {renaming === w.id ? (
                  <input autoFocus defaultValue={w.name} aria-label="New name" data-testid="library-rename-input"
                    onKeyDown={(e) => {
                      if (e.key === 'Enter') { void workspace.rename(w.id, e.currentTarget.value.trim() || w.name); setRenaming(null); }
                      if (e.key === 'Escape') setRenaming(null);
                    }}
                    onBlur={(e) => { void workspace.rename(w.id, e.currentTarget.value.trim() || w.name); setRenaming(null); }} />
                ) : (
                  <button type="button" className="link" data-testid="library-open" onClick={() => { void workspace.open(w.id).then(onClose); }}>
                    {w.name}{w.id === currentId ? ' (open)' : ''}
                  </button>
                )}
              </td>
              <td>{w.stateCount}</td>
              <td>{new Date(w.updatedAt).toLocaleString()}</td>
              <td className="row-actions">
                <a href={`?workflow=${encodeURIComponent(w.id)}`} target="_blank" rel="noopener">New tab</a>
                <button type="button" data-testid="library-rename" onClick={() => setRenaming(w.id)}>Rename</button>
                <button type="button" data-testid="library-duplicate" onClick={() => void workspace.duplicate(w.id)}>Duplicate</button>
                <button type="button" data-testid="library-delete" onClick={() => void workspace.delete(w.id)}>Delete</button>
              </td>
            </tr>
          ))}
          {shown.length === 0 && <tr><td colSpan={4} className="empty">{workflows.length === 0 ? 'The library is empty.' : `No workflow matches “${query}”.`}</td></tr>}
        </tbody>
      </table>
    </Dialog>
  );
}
