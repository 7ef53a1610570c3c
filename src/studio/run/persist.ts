/**
 * What the run panel remembers between visits in localStorage: the panel width. (Mocks and
 * inputs are saved with each workflow: see src/run/runData.ts.) Storage failures are ignored.
 */

const PREFIX = 'asl-studio.run.';

function read(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(PREFIX + key) ?? null;
  } catch {
    return null;
  }
}

function write(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(PREFIX + key, value);
  } catch {
    // Storage may be full or disabled; remembering is a convenience only.
  }
}

export function loadPanelWidth(): number | null {
  const n = Number(read('panelWidth'));
  return Number.isFinite(n) && n > 0 ? n : null;
}

export function savePanelWidth(width: number): void {
  write('panelWidth', String(Math.round(width)));
}
