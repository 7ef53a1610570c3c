/**
 * The Run panel: Start and Mocks before a run; with a run open, its controls, callback box and
 * summary above the Table, Events, Step details and Executions tabs.
 */
import { lazy, Suspense, useCallback, useState } from 'react';
import { useRun, type RunData } from './hooks';
import { StartForm } from './StartForm';
import { MocksEditor } from './MocksEditor';
import { RunControls } from './RunControls';
import { CallbackBox } from './CallbackBox';
import { SummaryView } from './SummaryView';
import { TableView } from './TableView';
import { EventsView } from './EventsView';
import { StepDetails } from './StepDetails';
import { ExecutionsView } from './ExecutionsView';
import { RecordedPanel } from './RecordedPanel';
import { OpenExecution } from './OpenExecution';
import { onTablistKeyDown, tabStop } from '../shell/tablistKeys';

// The Tests tab's code (runner client, coverage, editor) loads when the tab is first opened.
const TestsPanel = lazy(() => import('../tests/TestsPanel'));

export type RunTab = 'start' | 'mocks' | 'table' | 'events' | 'details' | 'executions' | 'tests';

const TABS: { id: RunTab; label: string; needsRun?: boolean }[] = [
  { id: 'start', label: 'Start' },
  { id: 'mocks', label: 'Mocks' },
  { id: 'table', label: 'Table', needsRun: true },
  { id: 'events', label: 'Events', needsRun: true },
  { id: 'details', label: 'Step details', needsRun: true },
  { id: 'executions', label: 'Executions' },
  { id: 'tests', label: 'Tests' },
];

export function RunPanel({ data, tab, setTab }: { data: RunData | undefined; tab: RunTab; setTab: (tab: RunTab) => void }) {
  const [collapsedSummary, setCollapsedSummary] = useState(false);
  const shown = !data && TABS.find((t) => t.id === tab)?.needsRun ? 'start' : tab;
  const openDetails = useCallback(() => setTab('details'), [setTab]);
  const openTable = useCallback(() => setTab('table'), [setTab]);
  const opening = useRun((s) => s.opening);
  return (
    <div className="run-panel" data-testid="run-panel">
      {/* The panel's sections are h3s: this heading keeps the outline in order (axe heading-order). */}
      <h2 className="visually-hidden">Run panel</h2>
      {opening && <p className="run-note run-opening" role="status" data-testid="history-opening">Reading {opening.join(', ')}…</p>}
      {data && (
        <>
          <RunControls data={data} />
          <div style={{ padding: '0 10px' }}>
            <CallbackBox run={data.run} />
            {data.run.recorded && <RecordedPanel data={data} />}
            <details open={!collapsedSummary} onToggle={(e) => setCollapsedSummary(!(e.currentTarget as HTMLDetailsElement).open)}>
              <summary className="run-note">Summary</summary>
              <SummaryView data={data} />
            </details>
          </div>
        </>
      )}
      <div className="run-tabs" role="tablist" aria-label="Run panel" onKeyDown={onTablistKeyDown}>
        {TABS.map((t) => (
          <button key={t.id} type="button" role="tab" data-testid={`run-tab-${t.id}`} aria-selected={shown === t.id}
            tabIndex={tabStop(shown === t.id)}
            disabled={t.needsRun && !data} onClick={() => setTab(t.id)}>{t.label}</button>
        ))}
      </div>
      <div className="run-panel-body" role="tabpanel">
        {shown === 'start' && <OpenExecution onOpened={openTable} />}
        {shown === 'start' && <StartForm onStarted={openTable} />}
        {shown === 'mocks' && <MocksEditor />}
        {shown === 'table' && data && <TableView data={data} onOpen={openDetails} />}
        {shown === 'events' && data && <EventsView data={data} />}
        {shown === 'details' && data && <StepDetails data={data} />}
        {shown === 'executions' && <ExecutionsView onOpen={openTable} />}
        {shown === 'tests' && (
          <Suspense fallback={<p className="run-note">Loading the tests…</p>}>
            <TestsPanel onOpenRun={openTable} />
          </Suspense>
        )}
      </div>
    </div>
  );
}
