/**
 * The file changed on disk while the studio had unsaved edits — the definition's text, the
 * template's settings (Config mode), the workflow's test file, or several: the user picks,
 * nothing is lost silently.
 */
import { useState } from 'react';
import { Dialog } from '../workspace/Dialog';
import { useStudio, useStudioStore } from '../StudioContext';
import { LineDiffView } from '../workspace/DiffViews';
import type { FileSession } from './fileSession';
import { stableJson } from '../../run/runData';
import { useFileStatus } from './FileSessionContext';
import { useStore } from 'zustand';
import { testsStoreFor } from '../tests/testsStore';

// Keys sorted: the diff shows what differs, not the order the settings were read or edited in.
const settingsText = (settings: unknown) => `${stableJson(settings, 2)}\n`;

export function ConflictDialog({ session }: { session: FileSession }) {
  const conflict = useFileStatus((s) => s.conflict);
  const settingsConflict = useFileStatus((s) => s.settingsConflict);
  const testsConflict = useFileStatus((s) => s.testsConflict);
  const myTests = useStore(testsStoreFor(useStudioStore()), (s) => s.text ?? '');
  const current = useFileStatus((s) => s.current);
  const mine = useStudio((s) => s.text);
  const mySettings = useStudio((s) => s.settings);
  const [showDiff, setShowDiff] = useState(false);
  if ((!conflict && !settingsConflict && !testsConflict) || !current) return null;
  const template = current.template ?? current.file;
  const parts = [
    ...(conflict ? [{ what: current.file, edits: 'unsaved edits' }] : []),
    ...(settingsConflict ? [{ what: conflict ? `the settings in ${template}` : `The settings of ${current.logicalId ?? 'this state machine'} in ${template}`, edits: conflict ? 'unsaved settings' : 'unsaved Config-mode settings' }] : []),
    ...(testsConflict ? [{ what: conflict || settingsConflict ? `the tests in ${testsConflict.file}` : `The tests in ${testsConflict.file}`, edits: 'unsaved test edits' }] : []),
  ];
  const what = `${parts.map((p) => p.what).join(' and ')} changed`;
  const edits = parts.map((p) => p.edits).join(' and ');
  return (
    <Dialog title="Changed on disk" testId="file-conflict" wide onClose={() => session.postpone()}>
      <p>{what} on disk while you have {edits} here. Which version do you want?</p>
      <div className="dialog-actions">
        <button type="button" className="primary" data-testid="file-keep-mine" onClick={() => void session.keepMine()}>Keep mine (write it to disk)</button>
        <button type="button" data-testid="file-take-theirs" onClick={() => session.takeTheirs()}>
          {conflict || settingsConflict ? 'Take theirs (Undo brings mine back)' : 'Take theirs (the Tests tab can restore yours)'}
        </button>
        <button type="button" data-testid="file-show-diff" aria-pressed={showDiff} onClick={() => setShowDiff((v) => !v)}>{showDiff ? 'Hide diff' : 'Show diff'}</button>
      </div>
      {showDiff && conflict && <LineDiffView before={conflict.theirs} after={mine} testId="file-diff" label="Differences: lines only on disk are marked -, lines only in your version +" />}
      {showDiff && settingsConflict && (
        <LineDiffView before={settingsText(settingsConflict.theirs)} after={settingsText(mySettings)} testId="file-settings-diff"
          label={`Settings: lines only in ${template} on disk are marked -, lines only in your settings +`} />
      )}
      {showDiff && testsConflict && (
        <LineDiffView before={testsConflict.text ?? ''} after={myTests} testId="file-tests-diff"
          label={`Tests (as the Tests tab edits them): lines only in ${testsConflict.file} on disk are marked -, lines only in your tests +`} />
      )}
    </Dialog>
  );
}
