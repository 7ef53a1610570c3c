import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './studio/App';
import { bootStudio } from './studio/workspace/boot';
import { installTestApi } from './studio/testApi';
import { createStudioStore } from './store/studioStore';
import { SAMPLE_WORKFLOW } from './studio/sampleWorkflow';
import type { Workspace } from './workspace/workspace';
import type { StudioStore } from './store/studioStore';
import './studio/styles.css';
import './studio/workspace/workspace.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

function render(store: StudioStore, workspace: Workspace | null): void {
  installTestApi(store, workspace);
  createRoot(root!).render(
    <StrictMode>
      <App store={store} workspace={workspace} />
    </StrictMode>,
  );
}

bootStudio().then(
  ({ store, workspace }) => render(store, workspace),
  (error: unknown) => {
    // The library could not start at all: open the sample in memory rather than a blank page.
    console.warn('Workspace start-up failed; running without a library', error);
    render(createStudioStore({ definition: SAMPLE_WORKFLOW, settings: { name: 'OrderWorkflow', type: 'STANDARD' } }), null);
  },
);
