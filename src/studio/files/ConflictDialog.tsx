/**
 * The file changed on disk while the studio had unsaved edits — the definition's text, the
 * template's settings (Config mode), or both: the user picks, nothing is lost silently.
 */
import { useState } from 'react';
import { Dialog } from '../workspace/Dialog';
import { useStudio } from '../StudioContext';
import { LineDiffView } from '../workspace/DiffViews';
import type { FileSession } from './fileSession';
import { stableJson } from '../../run/runData';
import { useFileStatus } from './FileSessionContext';

// Keys sorted: the diff shows what differs, not the order the settings were read or edited in.
const settingsText = (settings: unknown) => `${stableJson(settings, 2)}\n`;

export function ConflictDialog({ session }: { session: FileSession }) {
  const conflict = useFileStatus((s) => s.conflict);
  const settingsConflict = useFileStatus((s) => s.settingsConflict);
  const current = useFileStatus((s) => s.current);
  const mine = useStudio((s) => s.text);
  const mySettings = useStudio((s) => s.settings);
  const [showDiff, setShowDiff] = useState(false);
  if ((!conflict && !settingsConflict) || !current) return null;
  const template = current.template ?? current.file;
  const what = conflict && settingsConflict ? `${current.file} and the settings in ${template} changed`
    : conflict ? `${current.file} changed` : `The settings of ${current.logicalId ?? 'this state machine'} in ${template} changed`;
  const edits = conflict && settingsConflict ? 'unsaved edits and unsaved settings' : conflict ? 'unsaved edits' : 'unsaved Config-mode settings';
  return (
    <Dialog title="Changed on disk" testId="file-conflict" wide onClose={() => session.postpone()}>
      <p>{what} on disk while you have {edits} here. Which version do you want?</p>
      <div className="dialog-actions">
        <button type="button" className="primary" data-testid="file-keep-mine" onClick={() => void session.keepMine()}>Keep mine (write it to disk)</button>
        <button type="button" data-testid="file-take-theirs" onClick={() => session.takeTheirs()}>Take theirs (Undo brings mine back)</button>
        <button type="button" data-testid="file-show-diff" aria-pressed={showDiff} onClick={() => setShowDiff((v) => !v)}>{showDiff ? 'Hide diff' : 'Show diff'}</button>
      </div>
      {showDiff && conflict && <LineDiffView before={conflict.theirs} after={mine} testId="file-diff" label="Differences: lines only on disk are marked -, lines only in your version +" />}
      {showDiff && settingsConflict && (
        <LineDiffView before={settingsText(settingsConflict.theirs)} after={settingsText(mySettings)} testId="file-settings-diff"
          label={`Settings: lines only in ${template} on disk are marked -, lines only in your settings +`} />
      )}
    </Dialog>
  );
}
