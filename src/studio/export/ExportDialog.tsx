/**
 * Export: a SAM template (inline Definition, or a DefinitionUri project folder as a zip), plain
 * CloudFormation, or the raw ASL; previewed as text, copied or downloaded.
 */
import { useMemo, useState } from 'react';
import { isValidStateMachineName } from '../../sam';
import { countBySeverity, diagnosticsOf } from '../../store/derived';
import { useStore } from 'zustand';
import { useStudio, useStudioStore } from '../StudioContext';
import { testsStoreFor } from '../tests/testsStore';
import { Dialog } from '../workspace/Dialog';
import { copyText, downloadFile } from './download';
import { buildExport, DEFAULT_CHOICE, type ExportArtifact, type ExportChoice } from './exportArtifact';
import { ExportOptions } from './ExportOptions';
import { importedTemplateOf } from './importedTemplate';
import './export.css';
import { onTablistKeyDown, tabStop } from '../shell/tablistKeys';

const CHOICE_KEY = 'asl-studio.export-choice';

function loadChoice(): ExportChoice {
  try {
    const saved = JSON.parse(localStorage.getItem(CHOICE_KEY) ?? '{}') as Partial<ExportChoice>;
    return { ...DEFAULT_CHOICE, ...saved };
  } catch {
    return DEFAULT_CHOICE;
  }
}

export default function ExportDialog({ onClose }: { onClose(): void }) {
  const definition = useStudio((s) => s.definition);
  const settings = useStudio((s) => s.settings);
  const textValid = useStudio((s) => s.textValid);
  const [choice, setChoiceState] = useState<ExportChoice>(loadChoice);
  const [filePath, setFilePath] = useState<string>();
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string }>();
  const imported = importedTemplateOf(settings);

  const setChoice = (next: ExportChoice) => {
    setChoiceState(next);
    setStatus(undefined);
    try { localStorage.setItem(CHOICE_KEY, JSON.stringify(next)); } catch { /* private mode: the choice is simply not remembered */ }
  };
  // The workflow's test file goes into the SAM project folder beside the definition.
  const tests = useStore(testsStoreFor(useStudioStore()), (s) => s.text);
  const outcome = useMemo((): { artifact: ExportArtifact } | { error: string } => {
    try {
      return { artifact: buildExport(definition, settings, choice, tests) };
    } catch (error) {
      return { error: (error as Error).message };
    }
  }, [definition, settings, choice, tests]);
  const errors = countBySeverity(diagnosticsOf(definition)).error;
  const artifact = 'artifact' in outcome ? outcome.artifact : undefined;
  const file = artifact?.files.find((f) => f.path === filePath) ?? artifact?.files[0];

  const copy = async () => {
    if (!file) return;
    try {
      await copyText(file.text);
      setStatus({ kind: 'ok', text: `Copied ${file.path} to the clipboard.` });
    } catch (error) {
      setStatus({ kind: 'error', text: (error as Error).message });
    }
  };
  const download = () => {
    if (!artifact) return;
    downloadFile(artifact.fileName, artifact.data, artifact.mime);
    setStatus({ kind: 'ok', text: `Downloaded ${artifact.fileName}.` });
  };

  return (
    <Dialog title="Export" onClose={onClose} wide testId="export-dialog">
      <div className="export-layout">
        <div className="export-side">
          <ExportOptions choice={choice} onChange={setChoice} imported={imported} />
          <div className="export-notes">
            {!textValid && <p className="export-note warn">The code has errors: the last valid document is exported.</p>}
            {errors > 0 && <p className="export-note warn" data-testid="export-invalid">The workflow has {errors} validation error{errors === 1 ? '' : 's'}; AWS would refuse it.</p>}
            {choice.format !== 'asl' && settings.name !== undefined && !isValidStateMachineName(settings.name) && (
              <p className="export-note warn" data-testid="export-bad-name">“{settings.name}” is not a valid state machine name (Config mode says why); the deploy would fail.</p>
            )}
            {artifact?.warnings.map((w) => <p key={w} className="export-note warn" data-testid="export-warning">{w}</p>)}
          </div>
        </div>
        <div className="export-main">
          {'error' in outcome ? (
            <p className="export-note error" role="alert" data-testid="export-error">The export failed: {outcome.error}</p>
          ) : (
            <>
              {artifact && artifact.files.length > 1 && (
                <div className="export-files" role="tablist" aria-label="Files of the project" onKeyDown={onTablistKeyDown}>
                  {artifact.files.map((f) => (
                    <button key={f.path} type="button" role="tab" aria-selected={f.path === file?.path} tabIndex={tabStop(f.path === file?.path)} data-testid={`export-file-${f.path}`} onClick={() => setFilePath(f.path)}>{f.path}</button>
                  ))}
                </div>
              )}
              <pre className="export-preview" data-testid="export-preview" tabIndex={0} aria-label={`Preview of ${file?.path ?? 'the export'}`}>{file?.text}</pre>
            </>
          )}
          <div className="export-actions">
            <span className="export-filename" data-testid="export-filename">{artifact?.fileName}</span>
            {status && <span className={status.kind === 'ok' ? 'export-status' : 'export-status error'} role="status" data-testid="export-status">{status.text}</span>}
            <button type="button" data-testid="export-copy" disabled={!file} onClick={() => void copy()}>Copy {artifact && artifact.files.length > 1 ? file?.path : ''}</button>
            <button type="button" className="primary" data-testid="export-download" disabled={!artifact} onClick={download}>Download</button>
          </div>
        </div>
      </div>
    </Dialog>
  );
}
