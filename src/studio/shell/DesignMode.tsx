import { lazy, Suspense, useState } from 'react';
import { Palette } from '../palette/Palette';
import { Canvas } from '../canvas/Canvas';
import { CodePanelToggle, useCodePanelOpen } from '../code/CodePanelToggle';
import { SidePanel } from './SidePanel';
import { gridColumns, loadLayout, saveLayout, type PanelLayout } from './panelLayout';

// The inspector's forms arrive just after the canvas paints (it keeps the first download small).
const Inspector = lazy(() => import('../inspector/Inspector').then((m) => ({ default: m.Inspector })));
// The code side panel brings Monaco: loaded only when opened.
const CodeSidePanel = lazy(() => import('../code/CodeSidePanel'));

/** Design mode: states browser | canvas | inspector, like Workflow Studio (+ an optional code panel before the inspector). */
export function DesignMode() {
  const [codeOpen, setCodeOpen] = useCodePanelOpen();
  const [layout, setLayout] = useState<PanelLayout>(loadLayout);
  const update = (change: Partial<PanelLayout>, persist: boolean) => {
    setLayout((current) => {
      const next = { ...current, ...change };
      if (persist) saveLayout(next);
      return next;
    });
  };
  return (
    <div className={codeOpen ? 'design-mode with-code' : 'design-mode'} style={{ gridTemplateColumns: gridColumns(layout, codeOpen) }}>
      <SidePanel side="left" label="States browser" width={layout.left} collapsed={layout.leftCollapsed}
        onResize={(left, done) => update({ left }, done)} onToggle={() => update({ leftCollapsed: !layout.leftCollapsed }, true)}>
        <Palette />
      </SidePanel>
      <section className="panel panel-center" aria-label="Canvas"><Canvas mode="design" /></section>
      {/* The code panel sits beside the canvas; the inspector keeps the right edge. */}
      {codeOpen && (
        <Suspense fallback={<aside className="panel code-side-panel" aria-busy="true" />}>
          <CodeSidePanel onClose={() => setCodeOpen(false)} width={layout.code} onResize={(code, done) => update({ code }, done)} />
        </Suspense>
      )}
      <SidePanel side="right" label="Inspector" width={layout.right} collapsed={layout.rightCollapsed}
        onResize={(right, done) => update({ right }, done)} onToggle={() => update({ rightCollapsed: !layout.rightCollapsed }, true)}>
        <Suspense fallback={<p className="empty" role="status">Loading the inspector…</p>}><Inspector /></Suspense>
      </SidePanel>
      <CodePanelToggle open={codeOpen} onToggle={() => setCodeOpen(!codeOpen)} />
    </div>
  );
}
