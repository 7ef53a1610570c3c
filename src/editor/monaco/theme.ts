/**
 * Monaco's theme follows the studio's: `data-theme` on <html> when the user chose one, otherwise
 * the system's colour scheme. Monaco themes are global, so one watcher per editor is harmless.
 */
import type * as Monaco from 'monaco-editor/editor';

function prefersDark(): boolean {
  const forced = document.documentElement.getAttribute('data-theme');
  if (forced) return forced === 'dark';
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}

/** Current Monaco theme name for the studio's theme. */
export function monacoTheme(): 'vs' | 'vs-dark' {
  return prefersDark() ? 'vs-dark' : 'vs';
}

/** Keeps Monaco's theme in step with the studio's; returns the cleanup. */
export function followStudioTheme(monaco: typeof Monaco): () => void {
  const apply = () => monaco.editor.setTheme(monacoTheme());
  const observer = new MutationObserver(apply);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  const media = window.matchMedia?.('(prefers-color-scheme: dark)');
  media?.addEventListener('change', apply);
  return () => {
    observer.disconnect();
    media?.removeEventListener('change', apply);
  };
}
