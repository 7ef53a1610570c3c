import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './studio/App';
import { bootStudio } from './studio/workspace/boot';
import { installTestApi } from './studio/testApi';
import { createStudioStore } from './store/studioStore';
import { SAMPLE_WORKFLOW } from './studio/sampleWorkflow';
import type { Workspace } from './workspace/workspace';
import { MemoryStorage } from './workspace/storage';
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
  async (error: unknown) => {
    // The library could not start: work in memory, and say so plainly, rather than a blank page.
    console.warn('Workspace start-up failed; working in memory', error);
    const problem = `The local library could not start (${(error as Error).message ?? String(error)}); work is kept in memory only — export it to keep a copy.`;
    try {
      const { store, workspace } = await bootStudio(window.location, { storage: new MemoryStorage(), problem });
      render(store, workspace);
    } catch {
      render(createStudioStore({ definition: SAMPLE_WORKFLOW, settings: { name: 'OrderWorkflow', type: 'STANDARD' } }), null);
    }
  },
);
