/**
 * The top bar's file controls in file-bound mode: which workflow (of the opened file or folder),
 * its file, a dirty marker, Save (Ctrl+S) and the autosave setting; and the notices of the file:
 * not saved (read-only…), deleted on disk, changed on disk while edited (the choice dialog).
 */
import { lazy, Suspense, useEffect } from 'react';
import { useFileSession, useFileStatus } from './FileSessionContext';

// Shown only when the file changed on disk under edits: loaded then, not with the first paint.
const ConflictDialog = lazy(() => import('./ConflictDialog').then((m) => ({ default: m.ConflictDialog })));

export function FileBar() {
  const session = useFileSession();
  const workflows = useFileStatus((s) => s.workflows);
  const current = useFileStatus((s) => s.current);
  const dirty = useFileStatus((s) => s.dirty);
  const saving = useFileStatus((s) => s.saving);
  const autosave = useFileStatus((s) => s.autosave);

  useEffect(() => {
    if (!session) return undefined;
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void session.save();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [session]);

  if (!session || !current || !workflows) return null;
  return (
    <div className="file-bar" data-testid="file-bar">
      {workflows.length > 1 ? (
        <select data-testid="file-workflow" aria-label="Workflow" value={current.id} onChange={(e) => void session.open(e.target.value)}>
          {workflows.map((w) => (
            <option key={w.id} value={w.id} disabled={w.error !== undefined} title={w.error}>{w.id}{w.error ? ' (cannot open)' : ''}</option>
          ))}
        </select>
      ) : null}
      <span className="file-path" data-testid="file-path" title={current.file}>{current.file}</span>
      <span className={`file-dirty${dirty ? ' on' : ''}`} data-testid="file-dirty" aria-label={dirty ? 'Unsaved edits' : 'Saved'} title={dirty ? 'Unsaved edits' : 'Saved to disk'}>
        {dirty ? '●' : ''}
      </span>
      <button type="button" data-testid="file-save" disabled={saving === 'saving'} onClick={() => void session.save()} title="Save to disk (Ctrl+S)">
        {saving === 'saving' ? 'Saving…' : 'Save'}
      </button>
      <label className="file-autosave" title="Autosave: write every edit to disk shortly after it is made">
        <input type="checkbox" data-testid="file-autosave" checked={autosave === true} onChange={(e) => session.setAutosave(e.target.checked)} />
        Auto
      </label>
    </div>
  );
}

/** One line under the top bar about the file: not saved, deleted, read-only, settings not written. */
export function FileNotice() {
  const session = useFileSession();
  const error = useFileStatus((s) => s.error);
  const deleted = useFileStatus((s) => s.deleted);
  const readOnly = useFileStatus((s) => s.readOnly);
  const file = useFileStatus((s) => s.current.file);
  const kind = useFileStatus((s) => s.current.kind);
  const conflict = useFileStatus((s) => s.conflict);
  const notice = useFileStatus((s) => s.notice);
  const settingsConflict = useFileStatus((s) => s.settingsConflict);
  const testsConflict = useFileStatus((s) => s.testsConflict);
  if (!session) return null;
  const lines: string[] = [];
  if (deleted) lines.push(`${file ?? 'The file'} was deleted on disk. Your workflow is still here: Save writes it back.`);
  // A recorded execution is read-only by nature: the Run view says what it is.
  if (readOnly && !error && kind !== 'history') lines.push(`${file ?? 'The file'} is read-only: edits stay in the studio until it can be written.`);
  if (error) lines.push(error);
  if (notice) lines.push(notice);
  return (
    <>
      {lines.length > 0 && (
        <div className="workspace-notice problem" role="status" data-testid="file-notice">
          {lines.map((line) => <span key={line}>{line}</span>)}
          {error && <button type="button" onClick={() => session.status.setState({ error: undefined })}>Dismiss</button>}
        </div>
      )}
      {(conflict || settingsConflict || testsConflict) && <Suspense fallback={null}><ConflictDialog session={session} /></Suspense>}
    </>
  );
}
