import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './studio/App';
import { bootStudio } from './studio/workspace/boot';
import { installTestApi } from './studio/testApi';
import { loadValidator } from './store/derived';
import { createStudioStore } from './store/studioStore';
import { SAMPLE_WORKFLOW } from './studio/sampleWorkflow';
import type { Workspace } from './workspace/workspace';
import { MemoryStorage } from './workspace/storage';
import type { StudioStore } from './store/studioStore';
import './studio/styles.css';
import './studio/workspace/workspace.css';
import './studio/files/files.css';
import { takeSessionToken } from './studio/files/sessionToken';
import type { FileSession } from './studio/files/fileSession';
import { preloadCommands } from './studio/canvas/lazyCommands';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

function render(store: StudioStore, workspace: Workspace | null, fileSession: FileSession | null = null): void {
  installTestApi(store, workspace, fileSession);
  createRoot(root!).render(
    <StrictMode>
      <App store={store} workspace={workspace} fileSession={fileSession} />
    </StrictMode>,
  );
  // The editing commands come right after the first paint, before anyone can use them.
  preloadCommands();
}

function showStartupError(message: string): void {
  const box = document.createElement('p');
  box.className = 'startup-error';
  box.setAttribute('role', 'alert');
  box.textContent = message;
  root!.replaceChildren(box);
}

// Opened from the URL `asl-studio open` printed: the document lives in files on disk.
const fileToken = takeSessionToken();
if (fileToken) {
  import('./studio/files/bootFiles').then(({ bootFileStudio }) => bootFileStudio(fileToken)).then(
    ({ store, session }) => render(store, null, session),
    (error: unknown) => showStartupError(`ASL Studio could not open the files: ${error instanceof Error ? error.message : String(error)}. Is asl-studio open still running? Open the URL it printed again.`),
  );
} else bootStudio().then(
  ({ store, workspace }) => render(store, workspace),
  async (error: unknown) => {
    // The library could not start: work in memory, and say so plainly, rather than a blank page.
    console.warn('Workspace start-up failed; working in memory', error);
    const problem = `The local library could not start (${(error as Error).message ?? String(error)}); work is kept in memory only — export it to keep a copy.`;
    try {
      const { store, workspace } = await bootStudio(window.location, { storage: new MemoryStorage(), problem });
      render(store, workspace);
    } catch {
      const store = createStudioStore({ definition: SAMPLE_WORKFLOW, settings: { name: 'OrderWorkflow', type: 'STANDARD' } });
      void loadValidator().then(() => store.getState().revalidate(), () => undefined);
      render(store, null);
    }
  },
);
