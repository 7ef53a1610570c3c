/**
 * Another tab saved the workflow open here while this tab has edits of its own. Nothing is
 * written until the user chooses: reload theirs, keep mine, or compare the two first. Closing
 * the dialog leaves a banner (the autosave stays held) to choose later.
 */
import { useState } from 'react';
import { useStudio } from '../StudioContext';
import { useWorkspace, useWorkspaceStatus } from './WorkspaceContext';
import { Dialog } from './Dialog';
import { DefinitionDiffList, LineDiffView } from './DiffViews';

export function TabConflictDialog() {
  const workspace = useWorkspace();
  const conflict = useWorkspaceStatus((s) => s.conflict);
  const mine = useStudio((s) => s.text);
  const myDefinition = useStudio((s) => s.definition);
  const [open, setOpen] = useState(true);
  const [compare, setCompare] = useState(false);
  const [seen, setSeen] = useState(conflict);
  // A new conflict (another save from the other tab) opens the dialog again.
  if (seen !== conflict) {
    setSeen(conflict);
    setOpen(true);
  }
  if (!workspace || !conflict) return null;
  const when = new Date(conflict.theirs.updatedAt).toLocaleTimeString();
  if (!open) {
    return (
      <div className="workspace-notice problem" role="status" data-testid="tab-conflict-banner">
        <div className="workspace-notice-text"><p>Not saved: this workflow was changed in another tab. Your edits stay here until you choose.</p></div>
        <button type="button" data-testid="tab-conflict-choose" onClick={() => setOpen(true)}>Choose…</button>
      </div>
    );
  }
  return (
    <Dialog title="Changed in another tab" testId="tab-conflict" wide onClose={() => setOpen(false)}>
      <p>
        “{conflict.theirs.name}” was saved in another tab at {when} while you have edits here.
        Nothing has been overwritten: which version do you want to keep?
      </p>
      <div className="dialog-actions">
        <button type="button" data-testid="tab-reload-theirs" onClick={() => workspace.reloadTheirs()}>Reload theirs (Undo brings mine back)</button>
        <button type="button" className="primary" data-testid="tab-keep-mine" onClick={() => void workspace.keepMine()}>Keep mine (save it over theirs)</button>
        <button type="button" data-testid="tab-compare" aria-pressed={compare} onClick={() => setCompare((v) => !v)}>{compare ? 'Hide comparison' : 'Compare'}</button>
      </div>
      {compare && (
        <section className="tab-conflict-compare" data-testid="tab-compare-view">
          <h3>What your version changes in theirs</h3>
          <DefinitionDiffList before={conflict.theirs.definition} after={myDefinition} testId="tab-diff-states" identical="The state machines are the same (only formatting, settings or mocks differ)." />
          <LineDiffView before={conflict.theirs.text} after={mine} testId="tab-diff-lines" label="Differences: lines only in theirs are marked -, lines only in yours +" />
        </section>
      )}
    </Dialog>
  );
}
