import { useWorkspaceStatus } from './WorkspaceContext';

/** Autosave state in the status bar. */
export function SaveStatus() {
  const saving = useWorkspaceStatus((s) => s.saving);
  const kind = useWorkspaceStatus((s) => s.storageKind);
  const text = saving === 'pending' ? 'Saving…' : saving === 'saved' ? (kind === 'memory' ? 'Kept in memory' : 'Saved') : saving === 'error' ? 'Not saved' : saving === 'conflict' ? 'Not saved: changed in another tab' : '';
  return <span className={`save-status${saving === 'error' || saving === 'conflict' ? ' error' : ''}`} data-testid="save-status" data-state={saving}>{text}</span>;
}
