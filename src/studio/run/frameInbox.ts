/**
 * Paces what a run streams onto the main thread. Each animation frame decodes queued batches
 * within a time budget, and idle time between frames decodes more (decoding acknowledges a
 * batch, so the worker waits when the page is busy); the events go to `accept` (which folds
 * them into the run's derivations). What was
 * accepted becomes visible through `commit` (the store update, hence a render) at most every
 * `commitMs` while the stream flows, and at once when it pauses: a 10,000-item Map renders about
 * ten times a second instead of on every frame. Tasks (the result) run in order, after a commit.
 * A timer backs the frame request up: hidden pages get no frames, and Node tests have none.
 */
import type { HistoryEvent } from '../../interpreter/types';

/** A batch decoded on demand (see `EventBatch` of the worker client). */
export interface LazyBatch {
  readonly count: number;
  decode(): HistoryEvent[];
}

export interface InboxSink<S> {
  /** Decoded events, in order (called inside the frame's budget). */
  accept(events: readonly HistoryEvent[]): void;
  /** Makes everything accepted so far visible, with the run's latest state. */
  commit(snapshot: S): void;
}

export interface FrameInbox<S> {
  /** Queues decoded events; `snapshot` is the run's state after them. */
  add(events: readonly HistoryEvent[], snapshot: S): void;
  /** Queues a batch to decode in a frame. */
  addBatch(batch: LazyBatch, snapshot: S): void;
  /** Runs `task` once everything queued before it was committed. */
  then(task: () => void): void;
}

export interface FrameInboxOptions {
  /** Decoding time per frame (ms); at least one batch is decoded per frame. */
  budgetMs?: number;
  /** Shortest time between two commits while batches keep coming (ms). */
  commitMs?: number;
  /** Longest wait when no frame comes (ms). */
  fallbackMs?: number;
  now?: () => number;
}

/** Idle time left for the browser when idle decoding stops (ms): a batch takes a few ms. */
const IDLE_RESERVE_MS = 4;

type Entry<S> =
  | { kind: 'events'; events: readonly HistoryEvent[]; snapshot: S }
  | { kind: 'batch'; batch: LazyBatch; snapshot: S }
  | { kind: 'task'; task: () => void };

export function frameInbox<S>(sink: InboxSink<S>, options: FrameInboxOptions = {}): FrameInbox<S> {
  const hasFrames = typeof requestAnimationFrame === 'function';
  const hasIdle = hasFrames && typeof requestIdleCallback === 'function';
  const budgetMs = options.budgetMs ?? 10;
  const commitMs = options.commitMs ?? (hasFrames ? 100 : 0);
  const fallbackMs = options.fallbackMs ?? (hasFrames ? 100 : 0);
  const now = options.now ?? (() => performance.now());
  const queue: Entry<S>[] = [];
  let head = 0;
  let pending: { snapshot: S } | undefined;
  let lastCommit = -Infinity;
  let frame: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idleRequest: number | undefined;

  function commit(): void {
    if (!pending) return;
    const { snapshot } = pending;
    pending = undefined;
    lastCommit = now();
    sink.commit(snapshot);
  }

  /** Processes queued entries in order while `more()` allows another batch (tasks always run). */
  function work(more: () => boolean): void {
    while (head < queue.length) {
      const entry = queue[head]!;
      if (entry.kind === 'batch') {
        if (!more()) break;
        sink.accept(entry.batch.decode());
        pending = { snapshot: entry.snapshot };
      } else if (entry.kind === 'events') {
        if (entry.events.length > 0) sink.accept(entry.events);
        pending = { snapshot: entry.snapshot };
      } else {
        commit();
        entry.task();
      }
      head++;
    }
    if (head === queue.length) {
      queue.length = 0;
      head = 0;
    } else if (head > 256) {
      queue.splice(0, head);
      head = 0;
    }
  }

  function flush(): void {
    if (frame !== undefined && hasFrames) cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
    frame = undefined;
    timer = undefined;
    const arrived = head < queue.length;
    const deadline = now() + budgetMs;
    let first = true;
    work(() => {
      const go = first || now() <= deadline;
      first = false;
      return go;
    });
    // While batches keep coming, commits wait for their interval; a quiet frame commits at once.
    if (pending && (!arrived || now() - lastCommit >= commitMs)) commit();
    if (pending || head < queue.length) schedule();
  }

  /** Between frames, idle time decodes more batches (commits stay with the frames). */
  function idle(deadline: IdleDeadline): void {
    idleRequest = undefined;
    work(() => deadline.timeRemaining() > IDLE_RESERVE_MS);
    if (head < queue.length) requestIdle();
  }

  function requestIdle(): void {
    if (idleRequest === undefined && hasIdle) idleRequest = requestIdleCallback(idle, { timeout: 50 });
  }

  function schedule(): void {
    requestIdle();
    if (timer !== undefined) return;
    timer = setTimeout(flush, fallbackMs);
    if (hasFrames) frame = requestAnimationFrame(flush);
  }

  function push(entry: Entry<S>): void {
    queue.push(entry);
    schedule();
  }

  return {
    add: (events, snapshot) => push({ kind: 'events', events, snapshot }),
    addBatch: (batch, snapshot) => push({ kind: 'batch', batch, snapshot }),
    then: (task) => push({ kind: 'task', task }),
  };
}
