/** Top-bar buttons of the workspace: New, Library, Versions, Share, image export, theme, help. */
import { lazy, Suspense, useEffect, useState } from 'react';
import { SunMoon } from 'lucide-react';
import { useStudio } from '../StudioContext';
import { useWorkspace } from './WorkspaceContext';
import { isTypingEvent } from '../shell/editableTarget';
import { applyTheme, loadTheme, type ThemeChoice } from './theme';

const NewDialog = lazy(() => import('./NewDialog'));
const LibraryDrawer = lazy(() => import('./LibraryDrawer'));
const VersionsDialog = lazy(() => import('./VersionsDialog'));
const ShareDialog = lazy(() => import('./ShareDialog'));
const ShortcutsHelp = lazy(() => import('./ShortcutsHelp'));

type Open = 'new' | 'library' | 'versions' | 'share' | 'help' | null;

export function WorkspaceMenu() {
  const workspace = useWorkspace();
  const name = useStudio((s) => s.settings.name) ?? 'workflow';
  const [open, setOpen] = useState<Open>(null);
  const [theme, setTheme] = useState<ThemeChoice>(loadTheme);
  const [imageError, setImageError] = useState<string | null>(null);
  useEffect(() => applyTheme(theme), [theme]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === '?' && !isTypingEvent(e)) setOpen('help');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const close = () => setOpen(null);

  async function exportImage(format: 'svg' | 'png'): Promise<void> {
    setImageError(null);
    try {
      const { exportCanvasImage } = await import('./exportImage');
      await exportCanvasImage(format, name.replace(/[^\w.-]+/g, '-'));
    } catch (error) {
      setImageError((error as Error).message);
    }
  }

  return (
    <div className="workspace-menu">
      <button type="button" data-testid="ws-new" onClick={() => setOpen('new')}>New</button>
      {workspace && <button type="button" data-testid="ws-library" onClick={() => setOpen('library')}>Library</button>}
      {workspace && <button type="button" data-testid="ws-versions" onClick={() => setOpen('versions')}>Versions</button>}
      <button type="button" data-testid="ws-share" onClick={() => setOpen('share')}>Share</button>
      <button type="button" data-testid="ws-export-svg" title="Export the graph as SVG" onClick={() => void exportImage('svg')}>SVG</button>
      <button type="button" data-testid="ws-export-png" title="Export the graph as PNG" onClick={() => void exportImage('png')}>PNG</button>
      {imageError && <span className="error" role="alert">{imageError}</span>}
      <label className="theme-choice" title="Colour theme">
        <SunMoon size={14} aria-hidden="true" />
        <select aria-label="Theme" data-testid="ws-theme" value={theme} onChange={(e) => setTheme(e.target.value as ThemeChoice)}>
          <option value="system">System</option>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
      </label>
      <button type="button" data-testid="ws-help" title="Keyboard shortcuts (?)" onClick={() => setOpen('help')}>?</button>
      <Suspense fallback={null}>
        {open === 'new' && <NewDialog onClose={close} />}
        {open === 'library' && <LibraryDrawer onClose={close} />}
        {open === 'versions' && <VersionsDialog onClose={close} />}
        {open === 'share' && <ShareDialog onClose={close} />}
        {open === 'help' && <ShortcutsHelp onClose={close} />}
      </Suspense>
    </div>
  );
}
