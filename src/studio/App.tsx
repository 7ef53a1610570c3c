import { lazy, Suspense, useEffect, useState, type ComponentType } from 'react';
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

const FileNotice = lazy(() => import('./files/FileBar').then((m) => ({ default: m.FileNotice })));

/** The notices of the opened file (file mode only). */
function FileNotices() {
  return useFileSession() ? <Suspense fallback={null}><FileNotice /></Suspense> : null;
}

/**
 * The dialog for another tab's save over this one's edits, loaded (with its diff views) when that
 * happens. Not through Suspense: React reveals a suspended boundary on a timer, and a tab whose
 * timers are held back (in the background) would not show the choice.
 */
function TabConflict() {
  const conflict = useWorkspaceStatus((s) => s.conflict);
  const [Dialog, setDialog] = useState<ComponentType | null>(null);
  useEffect(() => {
    if (conflict && !Dialog) void import('./workspace/TabConflictDialog').then((m) => setDialog(() => m.TabConflictDialog));
  }, [conflict, Dialog]);
  return conflict && Dialog ? <Dialog /> : null;
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
