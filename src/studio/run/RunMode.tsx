/**
 * Run mode: the canvas coloured by the open run (statuses, taken edges, current state) beside
 * the Run panel, with a draggable splitter. The canvas colours are a pure function of the run's
 * history and the cursor (src/run), selected by the canvas (./runHighlights.ts).
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import { Canvas } from '../canvas/Canvas';
import { useStudio } from '../StudioContext';
import { useActiveRun, useRun, useRunData, useRunSession } from './hooks';
import { RunPanel, type RunTab } from './RunPanel';
import { useRunHighlightsSource } from './runHighlights';
import { loadPanelWidth, savePanelWidth } from './persist';
import './run.css';

const MIN_PANEL = 320;

export default function RunMode() {
  const selection = useStudio((s) => s.selection);
  const run = useActiveRun();
  const data = useRunData(run);
  const selectVisit = useRun((s) => s.selectVisit);
  const chosenVisit = useRun((s) => s.selectedVisit);
  const [tab, setTab] = useState<RunTab>(run ? 'table' : 'start');
  const [width, setWidth] = useState(() => loadPanelWidth() ?? 480);
  const root = useRef<HTMLDivElement>(null);
  // The canvas selects its run colours from the run store itself (they change less often than
  // the panel's data): streamed batches re-render this component, not the canvas.
  const highlights = useRunHighlightsSource();
  const canvas = useMemo(() => <Canvas mode="run" highlights={highlights} />, [highlights]);

  // AWS histories are read in the history worker: it loads when the page is idle, not while the
  // user waits for a dropped file.
  const history = useRunSession().history;
  useEffect(() => {
    if (typeof window.requestIdleCallback !== 'function') {
      const timer = window.setTimeout(() => history.warm(), 500);
      return () => window.clearTimeout(timer);
    }
    const idle = window.requestIdleCallback(() => history.warm(), { timeout: 2000 });
    return () => window.cancelIdleCallback(idle);
  }, [history]);

  // Clicking a state on the canvas opens its latest shown visit.
  // Only a new selection moves the details, not every new event: the visits are read through a ref.
  const shown = useRef(data?.shown);
  const chosen = useRef<{ path: string } | undefined>(undefined);
  useLayoutEffect(() => {
    shown.current = data?.shown;
    chosen.current = chosenVisit !== null ? data?.focus : undefined;
  });
  useEffect(() => {
    const id = selection[0];
    // A row of the Table view selects its state with its own visit: that visit stays.
    if (!id || !shown.current || chosen.current?.path === id) return;
    let latest: number | undefined;
    for (const v of shown.current) if (v.path === id) latest = v.seq;
    if (latest !== undefined) {
      selectVisit(latest);
      setTab('details');
    }
  }, [selection, selectVisit]);

  function onSplitterDown(e: ReactPointerEvent<HTMLDivElement>): void {
    e.currentTarget.setPointerCapture(e.pointerId);
    const move = (ev: PointerEvent) => {
      const box = root.current?.getBoundingClientRect();
      if (!box) return;
      setWidth(Math.min(Math.max(MIN_PANEL, box.right - ev.clientX), box.width - 200));
    };
    const up = (ev: PointerEvent) => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      const box = root.current?.getBoundingClientRect();
      if (box) savePanelWidth(Math.max(MIN_PANEL, box.right - ev.clientX));
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
  }

  return (
    <div className="run-mode" ref={root} data-testid="run-mode" style={{ gridTemplateColumns: `minmax(200px, 1fr) 6px ${width}px` }}>
      <section className="run-canvas" aria-label="Canvas">{canvas}</section>
      <div className="run-splitter" role="separator" aria-orientation="vertical" aria-label="Resize the run panel" tabIndex={0}
        aria-valuenow={Math.round(width)} aria-valuemin={MIN_PANEL} aria-valuemax={2000}
        onPointerDown={onSplitterDown}
        onKeyDown={(e) => {
          if (e.key === 'ArrowLeft') setWidth((w) => w + 20);
          if (e.key === 'ArrowRight') setWidth((w) => Math.max(MIN_PANEL, w - 20));
        }} />
      <aside className="panel" aria-label="Run panel" style={{ minHeight: 0, display: 'flex', flexDirection: 'column' }}>
        <RunPanel data={data} tab={tab} setTab={setTab} />
      </aside>
    </div>
  );
}
