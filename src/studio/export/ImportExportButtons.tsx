/**
 * The top bar's Import and Export buttons, and the window-wide file drop that opens Import. The
 * dialogs (and the SAM layer they use) load on first use.
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import { useStudioStore } from '../StudioContext';
import './buttons.css';

const ImportDialog = lazy(() => import('./ImportDialog'));
const ExportDialog = lazy(() => import('./ExportDialog'));

function hasFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

export function ImportExportButtons() {
  const [open, setOpen] = useState<'import' | 'export' | null>(null);
  const [dropped, setDropped] = useState<File[]>();
  const [dragging, setDragging] = useState(false);
  const studio = useStudioStore();

  useEffect(() => {
    // Only file drags are taken; the palette's own drags onto the canvas carry no files.
    let depth = 0;
    const onEnter = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth += 1;
      setDragging(true);
      // It may be an AWS execution history: its worker loads while the user drags.
      if (depth === 1) void import('../run/openRecorded').then((recorded) => recorded.warmHistory(studio));
    };
    const onLeave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onOver = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      const files = [...(e.dataTransfer?.files ?? [])];
      if (files.length === 0) return;
      void routeDrop(files);
    };
    // An AWS execution history opens in Run mode (loaded on first use); anything else goes to Import.
    const routeDrop = async (files: File[]) => {
      const recorded = await import('../run/openRecorded');
      const sources = recorded.historyFiles(files);
      if (await recorded.looksLikeHistory(sources)) {
        await recorded.openHistoryFiles(studio, sources);
        return;
      }
      setDropped(files);
      setOpen('import');
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [studio]);

  const close = () => {
    setOpen(null);
    setDropped(undefined);
  };
  return (
    <div className="import-export-buttons">
      <button type="button" data-testid="open-import" title="Open a SAM / CloudFormation template or an ASL file (or drop it on the window)" onClick={() => setOpen('import')}>Import</button>
      <button type="button" data-testid="open-export" title="Export as a SAM or CloudFormation template, or as ASL" onClick={() => setOpen('export')}>Export</button>
      {dragging && <div className="import-drop-overlay" data-testid="import-drop-overlay">Drop a template or ASL file to import it, or an AWS execution history to open it</div>}
      <Suspense fallback={null}>
        {open === 'import' && <ImportDialog files={dropped} onClose={close} />}
        {open === 'export' && <ExportDialog onClose={close} />}
      </Suspense>
    </div>
  );
}
