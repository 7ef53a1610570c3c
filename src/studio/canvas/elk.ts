/**
 * The layout engine the canvas shares across mounts: elkjs in its own worker (elkjs's worker
 * build, emitted as an asset), or elkjs's bundled build in this thread where workers are missing.
 * Most layouts never need ELK (see useCanvasLayout); the worker is started once the page is idle,
 * so a workflow that does need it (a loop, an irregular scope) doesn't wait for its start-up.
 */
import { LayoutEngine } from '../../graph';
import type { ElkLike } from '../../graph';
import elkWorkerUrl from 'elkjs/lib/elk-worker.min.js?url';

let elkPromise: Promise<ElkLike> | undefined;

async function createElk(): Promise<ElkLike> {
  if (typeof Worker !== 'undefined') {
    try {
      const { default: ELK } = await import('elkjs/lib/elk-api');
      return new ELK({ workerUrl: elkWorkerUrl }) as unknown as ElkLike;
    } catch {
      // Fall through to the in-thread build.
    }
  }
  const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
  return new ELK() as unknown as ElkLike;
}

const elk = () => (elkPromise ??= createElk());

export const layoutEngine = new LayoutEngine(elk);

let warming = false;

/** Starts the ELK worker (and its compiler) with a tiny layout when the page is next idle. */
export function warmUpLayout(): void {
  if (warming) return;
  warming = true;
  const run = () => {
    void elk()
      .then((instance) => instance.layout({ id: 'warm-up', children: [{ id: 'a', width: 10, height: 10 }, { id: 'b', width: 10, height: 10 }], edges: [{ id: 'e', sources: ['a'], targets: ['b'] }] }))
      .catch(() => undefined);
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 3000 });
  else setTimeout(run, 1000);
}
