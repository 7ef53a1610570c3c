/** The file changed on disk while the studio had unsaved edits: the user picks, nothing is lost silently. */
import { useState } from 'react';
import { Dialog } from '../workspace/Dialog';
import { useStudio } from '../StudioContext';
import { LineDiffView } from '../workspace/DiffViews';
import type { FileSession } from './fileSession';
import { useFileStatus } from './FileSessionContext';

export function ConflictDialog({ session }: { session: FileSession }) {
  const conflict = useFileStatus((s) => s.conflict);
  const file = useFileStatus((s) => s.current.file);
  const mine = useStudio((s) => s.text);
  const [showDiff, setShowDiff] = useState(false);
  if (!conflict) return null;
  return (
    <Dialog title="Changed on disk" testId="file-conflict" wide onClose={() => session.status.setState({ conflict: undefined, error: 'The file on disk differs from your edits; Save asks again.' })}>
      <p>{file} changed on disk while you have unsaved edits here. Which version do you want?</p>
      <div className="dialog-actions">
        <button type="button" className="primary" data-testid="file-keep-mine" onClick={() => void session.keepMine()}>Keep mine (write it to disk)</button>
        <button type="button" data-testid="file-take-theirs" onClick={() => session.takeTheirs()}>Take theirs (Undo brings mine back)</button>
        <button type="button" data-testid="file-show-diff" aria-pressed={showDiff} onClick={() => setShowDiff((v) => !v)}>{showDiff ? 'Hide diff' : 'Show diff'}</button>
      </div>
      {showDiff && <LineDiffView before={conflict.theirs} after={mine} testId="file-diff" label="Differences: lines only on disk are marked -, lines only in your version +" />}
    </Dialog>
  );
}
