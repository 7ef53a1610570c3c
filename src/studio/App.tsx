import { lazy, Suspense } from 'react';
import type { StudioStore } from '../store/studioStore';
import { StudioProvider, useStudio } from './StudioContext';
import { TopBar } from './shell/TopBar';
import { StatusBar } from './shell/StatusBar';
import { useGlobalShortcuts } from './shell/useGlobalShortcuts';
import { ErrorBoundary } from './shell/ErrorBoundary';
import { DesignMode } from './shell/DesignMode';
import { WorkspaceProvider } from './workspace/WorkspaceContext';
import { WorkspaceNotice } from './workspace/WorkspaceNotice';
import { TabConflictDialog } from './workspace/TabConflictDialog';
import type { Workspace } from '../workspace/workspace';
import { FileSessionProvider } from './files/FileSessionContext';
import { FileNotice } from './files/FileBar';
import type { FileSession } from './files/fileSession';

// Modes other than Design load on demand so the studio paints before Monaco and the run engine arrive.
const CodeMode = lazy(() => import('./code/CodeMode'));
const RunMode = lazy(() => import('./run/RunMode'));
const ConfigMode = lazy(() => import('./config/ConfigMode'));

export function App({ store, workspace = null, fileSession = null }: { store: StudioStore; workspace?: Workspace | null; fileSession?: FileSession | null }) {
  return (
    <StudioProvider store={store}>
      <WorkspaceProvider workspace={workspace}>
        <FileSessionProvider session={fileSession}>
          <ErrorBoundary area="studio">
            <Shell />
          </ErrorBoundary>
        </FileSessionProvider>
      </WorkspaceProvider>
    </StudioProvider>
  );
}

function Shell() {
  const mode = useStudio((s) => s.mode);
  useGlobalShortcuts();
  return (
    <div className="app" data-mode={mode}>
      <TopBar />
      <WorkspaceNotice />
      <TabConflictDialog />
      <FileNotice />
      <main className="app-main">
        <ErrorBoundary area={mode}>
          <Suspense fallback={<div className="loading" role="status">Loading {mode} mode…</div>}>
            {mode === 'design' && <DesignMode />}
            {mode === 'code' && <CodeMode />}
            {mode === 'run' && <RunMode />}
            {mode === 'config' && <ConfigMode />}
          </Suspense>
        </ErrorBoundary>
      </main>
      <StatusBar />
    </div>
  );
}
