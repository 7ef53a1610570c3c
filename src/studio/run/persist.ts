/**
 * What the run panel remembers between visits, in localStorage: the last input per workflow,
 * the mocks per workflow and the panel width. Storage failures (private mode, quota) are ignored.
 */
import type { StateMocks } from '../../store/runStore';

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

export function loadInput(workflow: string): string | null {
  return read(`input.${workflow}`);
}

export function saveInput(workflow: string, text: string): void {
  write(`input.${workflow}`, text);
}

export function loadMocks(workflow: string): StateMocks | null {
  const text = read(`mocks.${workflow}`);
  if (!text) return null;
  try {
    const value = JSON.parse(text) as unknown;
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as StateMocks) : null;
  } catch {
    return null;
  }
}

export function saveMocks(workflow: string, mocks: StateMocks): void {
  write(`mocks.${workflow}`, JSON.stringify(mocks));
}

export function loadPanelWidth(): number | null {
  const n = Number(read('panelWidth'));
  return Number.isFinite(n) && n > 0 ? n : null;
}

export function savePanelWidth(width: number): void {
  write('panelWidth', String(Math.round(width)));
}
