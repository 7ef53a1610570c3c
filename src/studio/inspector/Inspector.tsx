/**
 * Design mode's inspector, like Workflow Studio's: the selected state's forms in tabs, or the
 * workflow's own settings when nothing is selected. Every edit is one store command.
 */
import { useMemo, useState } from 'react';
import { decodeStatePath, getState } from '../../asl/paths';
import { useStudio } from '../StudioContext';
import { StateEditorProvider } from './StateEditorContext';
import { StateInspector } from './StateInspector';
import { WorkflowForm } from './forms/WorkflowForm';
import type { InspectorTab } from './model/tabs';
import './inspector.css';

export function Inspector() {
  const selection = useStudio((s) => s.selection);
  const definition = useStudio((s) => s.definition);
  const id = selection.length === 1 ? selection[0] : undefined;
  const path = useMemo(() => (id === undefined ? undefined : decodeStatePath(id)), [id]);
  const [tab, setTab] = useState<InspectorTab>('configuration');

  if (selection.length > 1) {
    return (
      <div className="inspector" data-testid="inspector">
        <p className="empty" data-testid="inspector-multi">{selection.length} states selected.</p>
      </div>
    );
  }
  // A selection that no longer resolves (undo of a rename, deleted state) shows the workflow form.
  if (!path || !getState(definition, path)) {
    return (
      <div className="inspector" data-testid="inspector">
        <WorkflowForm />
      </div>
    );
  }
  return (
    <div className="inspector" data-testid="inspector">
      <StateEditorProvider key={id} path={path}>
        <StateInspector chosen={tab} onChoose={setTab} />
      </StateEditorProvider>
    </div>
  );
}
