import { lazy, Suspense } from 'react';
import { Palette } from '../palette/Palette';
import { Canvas } from '../canvas/Canvas';
import { CodePanelToggle, useCodePanelOpen } from '../code/CodePanelToggle';

// The inspector's forms arrive just after the canvas paints (it keeps the first download small).
const Inspector = lazy(() => import('../inspector/Inspector').then((m) => ({ default: m.Inspector })));
// The code side panel brings Monaco: loaded only when opened.
const CodeSidePanel = lazy(() => import('../code/CodeSidePanel'));

/** Design mode: states browser | canvas | inspector, like Workflow Studio (+ an optional code panel). */
export function DesignMode() {
  const [codeOpen, setCodeOpen] = useCodePanelOpen();
  return (
    <div className={codeOpen ? 'design-mode with-code' : 'design-mode'}>
      <aside className="panel panel-left" aria-label="States browser"><Palette /></aside>
      <section className="panel panel-center" aria-label="Canvas"><Canvas mode="design" /></section>
      <aside className="panel panel-right" aria-label="Inspector">
        <Suspense fallback={<p className="empty" role="status">Loading the inspector…</p>}><Inspector /></Suspense>
      </aside>
      <CodePanelToggle open={codeOpen} onToggle={() => setCodeOpen(!codeOpen)} />
      {codeOpen && (
        <Suspense fallback={<aside className="panel code-side-panel" aria-busy="true" />}>
          <CodeSidePanel onClose={() => setCodeOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}
