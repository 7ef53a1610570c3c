/** "New": a blank workflow or a starter template, built on or run as a demo with its mocks. */
import { useMemo, useState } from 'react';
import { STARTER_TEMPLATES, type StarterTemplate } from '../../templates';
import { useStudioStore } from '../StudioContext';
import { useWorkspace } from './WorkspaceContext';
import { emptyDefinition } from '../../workspace/workspace';
import { defaultWorkflowName, toStateMachineName } from '../../workspace/names';
import { runSessionFor } from '../run/session';
import { workflowKey } from '../run/useMocks';
import { Dialog } from './Dialog';
import { plural } from '../plural';

export default function NewDialog({ onClose }: { onClose: () => void }) {
  const studio = useStudioStore();
  const workspace = useWorkspace();
  const [query, setQuery] = useState('');
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    return STARTER_TEMPLATES.filter((t) => !q || `${t.title} ${t.description} ${t.category}`.toLowerCase().includes(q));
  }, [query]);

  async function open(template: StarterTemplate | null, demo: boolean): Promise<void> {
    // A valid state machine name at once (the workspace makes it unique in the library).
    const requested = template ? toStateMachineName(template.title) : defaultWorkflowName();
    const definition = template?.definition ?? emptyDefinition();
    const settings = { name: requested, type: 'STANDARD' as const };
    // The template's mocks and input are the new workflow's run data, so "build on" runs at once too.
    const run = template ? { mocks: template.mocks, input: JSON.stringify(template.input, null, 2) } : undefined;
    const session = runSessionFor(studio, workspace);
    const created = workspace ? await workspace.create(requested, definition, { settings, ...(run ? { run } : {}) }) : undefined;
    if (!workspace) {
      studio.getState().load(definition, { settings, label: 'New workflow' });
      session.store.getState().loadRunData(run);
    }
    const name = created?.name ?? requested;
    onClose();
    if (!template) return;
    const key = workflowKey(name);
    if (demo) {
      studio.getState().setMode('run');
      session.start({
        definition, input: template.input, name: `${template.id}-demo`, workflow: key, mocks: template.mocks,
        mockLabel: 'template mocks', defaultPolicy: 'fail', breakpoints: [],
      });
    }
  }

  return (
    <Dialog title="New workflow" onClose={onClose} wide testId="new-dialog">
      <div className="gallery-toolbar">
        <button type="button" className="primary" data-testid="new-blank" onClick={() => void open(null, false)}
          title="One Pass state to build from: a state machine needs at least one state">Blank workflow</button>
        <input type="search" placeholder="Search templates" aria-label="Search templates" value={query} onChange={(e) => setQuery(e.target.value)} />
      </div>
      <ul className="gallery">
        {shown.map((t) => (
          <li key={t.id} className="gallery-card" data-testid={`template-${t.id}`}>
            <div className="gallery-category">{t.category}</div>
            <h3>{t.title}</h3>
            <p>{t.description}</p>
            <div className="gallery-meta">
              {plural(countStates(t), 'state')} · demo ends <b className={t.expectedStatus === 'SUCCEEDED' ? 'ok' : 'bad'}>{t.expectedStatus}</b>
            </div>
            <div className="gallery-actions">
              <button type="button" data-testid={`template-${t.id}-build`} onClick={() => void open(t, false)}>Build on it</button>
              <button type="button" className="primary" data-testid={`template-${t.id}-demo`} onClick={() => void open(t, true)}>Run as demo</button>
            </div>
          </li>
        ))}
        {shown.length === 0 && <li className="empty">No template matches “{query}”.</li>}
      </ul>
    </Dialog>
  );
}

function countStates(t: StarterTemplate): number {
  return JSON.stringify(t.definition).match(/"Type":/g)?.length ?? 0;
}
