/**
 * One row under the top bar for what the user must know: storage trouble, a broken share link,
 * what was repaired. Bounded in height (a long report scrolls inside it, the editor below keeps
 * its room) and always dismissible.
 */
import { useWorkspace, useWorkspaceStatus } from './WorkspaceContext';

export function WorkspaceNotice() {
  const workspace = useWorkspace();
  const problem = useWorkspaceStatus((s) => s.problem);
  const notice = useWorkspaceStatus((s) => s.notice);
  if (!problem && !notice) return null;
  return (
    <div className={`workspace-notice${problem ? ' problem' : ''}`} role="status" data-testid="workspace-notice">
      <div className="workspace-notice-text" tabIndex={0} aria-label="Notice">
        {problem && <p data-testid="workspace-problem">{problem}</p>}
        {notice && <p data-testid="workspace-message">{notice}</p>}
      </div>
      <button type="button" data-testid="workspace-notice-dismiss"
        onClick={() => workspace?.status.setState({ notice: undefined, problem: undefined })}>Dismiss</button>
    </div>
  );
}
