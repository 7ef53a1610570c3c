import { useWorkspaceStatus } from './WorkspaceContext';

/** Autosave state in the status bar. */
export function SaveStatus() {
  const saving = useWorkspaceStatus((s) => s.saving);
  const kind = useWorkspaceStatus((s) => s.storageKind);
  const text = saving === 'pending' ? 'Saving…' : saving === 'saved' ? (kind === 'memory' ? 'Kept in memory' : 'Saved') : saving === 'error' ? 'Not saved' : '';
  return <span className={`save-status${saving === 'error' ? ' error' : ''}`} data-testid="save-status" data-state={saving}>{text}</span>;
}
