/**
 * The layout engine the canvas shares across mounts: elkjs in its own worker (elkjs's worker
 * build, emitted as an asset), or elkjs's bundled build in this thread where workers are missing.
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

/** Started on the first layout, so the worker costs nothing before the canvas needs it. */
export const layoutEngine = new LayoutEngine(() => (elkPromise ??= createElk()));
