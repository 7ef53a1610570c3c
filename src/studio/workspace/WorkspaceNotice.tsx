/** One line under the top bar for what the user must know: storage trouble, a broken share link. */
import { useWorkspace, useWorkspaceStatus } from './WorkspaceContext';

export function WorkspaceNotice() {
  const workspace = useWorkspace();
  const problem = useWorkspaceStatus((s) => s.problem);
  const notice = useWorkspaceStatus((s) => s.notice);
  if (!problem && !notice) return null;
  return (
    <div className={`workspace-notice${problem ? ' problem' : ''}`} role="status" data-testid="workspace-notice">
      {problem && <span data-testid="workspace-problem">{problem}</span>}
      {notice && <span data-testid="workspace-message">{notice}</span>}
      <button type="button" onClick={() => workspace?.status.setState({ notice: undefined })} hidden={!notice}>Dismiss</button>
    </div>
  );
}
