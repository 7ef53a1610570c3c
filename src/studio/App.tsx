import { lazy, Suspense } from 'react';
import type { StudioStore } from '../store/studioStore';
import { StudioProvider, useStudio } from './StudioContext';
import { TopBar } from './shell/TopBar';
import { StatusBar } from './shell/StatusBar';
import { useGlobalShortcuts } from './shell/useGlobalShortcuts';
import { ErrorBoundary } from './shell/ErrorBoundary';
import { DesignMode } from './shell/DesignMode';
import { useWorkspaceStatus, WorkspaceProvider } from './workspace/WorkspaceContext';
import { WorkspaceNotice } from './workspace/WorkspaceNotice';
import type { Workspace } from '../workspace/workspace';
import { FileSessionProvider, useFileSession } from './files/FileSessionContext';
import type { FileSession } from './files/fileSession';

// Modes other than Design load on demand so the studio paints before Monaco and the run engine arrive.
const CodeMode = lazy(() => import('./code/CodeMode'));
const RunMode = lazy(() => import('./run/RunMode'));
const ConfigMode = lazy(() => import('./config/ConfigMode'));
// Shown only when another tab saved over this one's edits: loaded then (with its diff views).
const TabConflictDialog = lazy(() => import('./workspace/TabConflictDialog').then((m) => ({ default: m.TabConflictDialog })));

const FileNotice = lazy(() => import('./files/FileBar').then((m) => ({ default: m.FileNotice })));

/** The notices of the opened file (file mode only). */
function FileNotices() {
  return useFileSession() ? <Suspense fallback={null}><FileNotice /></Suspense> : null;
}

function TabConflict() {
  const conflict = useWorkspaceStatus((s) => s.conflict);
  return conflict ? <Suspense fallback={null}><TabConflictDialog /></Suspense> : null;
}

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
      <TabConflict />
      <FileNotices />
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
