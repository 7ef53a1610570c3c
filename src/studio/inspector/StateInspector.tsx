import { lazy, Suspense } from 'react';
import { useStateEditor } from './StateEditorContext';
import { TAB_LABELS, tabsFor, type InspectorTab } from './model/tabs';
import { NameField } from './forms/NameField';
import { ConfigurationTab } from './tabs/ConfigurationTab';
import { InputTab } from './tabs/InputTab';
import { OutputTab } from './tabs/OutputTab';
import { ErrorHandlingTab } from './tabs/ErrorHandlingTab';
import { VariablesTab } from './tabs/VariablesTab';
import { onTablistKeyDown, tabStop } from '../shell/tablistKeys';

// Loaded when the tab opens: it brings the TestState engine.
const TestStatePanel = lazy(() => import('./testState/TestStatePanel'));

/** Header (type, name, problems) and the tabs of the selected state; the chosen tab outlives a change of selection. */
export function StateInspector({ chosen, onChoose }: { chosen: InspectorTab; onChoose(tab: InspectorTab): void }) {
  const { state, language, diagnostics, editError } = useStateEditor();
  const tabs = tabsFor(state.Type);
  const tab = tabs.includes(chosen) ? chosen : 'configuration';
  return (
    <div className="insp-state" data-testid="inspector-state" data-type={state.Type} data-language={language}>
      <header className="insp-header">
        <span className="insp-type" data-testid="inspector-type">{state.Type}</span>
        <span className="insp-language" title="Effective query language">{language}</span>
      </header>
      <NameField />
      {editError && <p className="insp-error" role="alert" data-testid="inspector-edit-error">{editError}</p>}
      {diagnostics.length > 0 && (
        <ul className="insp-diagnostics" data-testid="inspector-diagnostics">
          {diagnostics.map((d, i) => <li key={i} className={`sev-${d.severity}`}>{d.message}</li>)}
        </ul>
      )}
      <div className="insp-tabs" role="tablist" aria-label="State settings" onKeyDown={onTablistKeyDown}>
        {tabs.map((t) => (
          <button key={t} type="button" role="tab" aria-selected={t === tab} tabIndex={tabStop(t === tab)} data-testid={`inspector-tab-${t}`} onClick={() => onChoose(t)}>
            {TAB_LABELS[t]}
          </button>
        ))}
      </div>
      <div className="insp-panel" role="tabpanel" data-testid={`inspector-panel-${tab}`}>
        {tab === 'configuration' && <ConfigurationTab />}
        {tab === 'input' && <InputTab />}
        {tab === 'output' && <OutputTab />}
        {tab === 'error-handling' && <ErrorHandlingTab />}
        {tab === 'variables' && <VariablesTab />}
        {tab === 'test-state' && (
          <Suspense fallback={<p className="insp-hint">Loading…</p>}>
            <TestStatePanel />
          </Suspense>
        )}
      </div>
      <details className="insp-definition" data-testid="inspector-definition">
        <summary>Definition</summary>
        <pre>{JSON.stringify(state, null, 2)}</pre>
      </details>
    </div>
  );
}
