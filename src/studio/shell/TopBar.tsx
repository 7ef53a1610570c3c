import { lazy, Suspense } from 'react';
import { Redo2, Undo2 } from 'lucide-react';
import { useStudio } from '../StudioContext';
import type { Mode } from '../../store/studioStore';
import { WorkspaceMenu } from '../workspace/WorkspaceMenu';
import { ImportExportButtons } from '../export/ImportExportButtons';
import { useFileSession } from '../files/FileSessionContext';
import { onTablistKeyDown, tabStop } from './tablistKeys';

// Only in file mode (asl-studio open): loaded then, not with the first paint.
const FileBar = lazy(() => import('../files/FileBar').then((m) => ({ default: m.FileBar })));

const MODES: { id: Mode; label: string }[] = [
  { id: 'design', label: 'Design' },
  { id: 'code', label: 'Code' },
  { id: 'run', label: 'Run' },
  { id: 'config', label: 'Config' },
];

export function TopBar() {
  const mode = useStudio((s) => s.mode);
  const setMode = useStudio((s) => s.setMode);
  const name = useStudio((s) => s.settings.name);
  // Bound to files, the file bar names the workflow (its file) instead.
  const fileBound = useFileSession() !== null;
  const canUndo = useStudio((s) => s.history.past.length > 0);
  const canRedo = useStudio((s) => s.history.future.length > 0);
  const undo = useStudio((s) => s.undo);
  const redo = useStudio((s) => s.redo);
  const undoLabel = useStudio((s) => s.history.past[s.history.past.length - 1]?.label);
  const redoLabel = useStudio((s) => s.history.future[s.history.future.length - 1]?.label);
  return (
    <header className="topbar">
      <h1 className="brand">ASL Studio</h1>
      <WorkspaceMenu />
      {fileBound && <Suspense fallback={null}><FileBar /></Suspense>}
      {!fileBound && <div className="workflow-name" data-testid="workflow-name" title={name ?? 'Untitled workflow'}>{name ?? 'Untitled workflow'}</div>}
      <nav className="mode-tabs" role="tablist" aria-label="Mode" onKeyDown={onTablistKeyDown}>
        {MODES.map((m) => (
          <button key={m.id} type="button" role="tab" aria-selected={mode === m.id} tabIndex={tabStop(mode === m.id)} data-testid={`mode-${m.id}`}
            className={mode === m.id ? 'active' : ''} onClick={() => setMode(m.id)}>
            {m.label}
          </button>
        ))}
      </nav>
      <ImportExportButtons />
      <div className="toolbar">
        {/* Icons, named for screen readers, with what they undo in the tooltip: the bar stays one row. */}
        <button type="button" className="icon-button" data-testid="undo" aria-label="Undo" disabled={!canUndo} onClick={undo}
          title={undoLabel ? `Undo ${undoLabel} (Ctrl+Z)` : 'Undo (Ctrl+Z)'}><Undo2 size={15} aria-hidden="true" /></button>
        <button type="button" className="icon-button" data-testid="redo" aria-label="Redo" disabled={!canRedo} onClick={redo}
          title={redoLabel ? `Redo ${redoLabel} (Ctrl+Shift+Z)` : 'Redo (Ctrl+Shift+Z)'}><Redo2 size={15} aria-hidden="true" /></button>
        <span id="topbar-slot" className="topbar-slot" />
      </div>
    </header>
  );
}
