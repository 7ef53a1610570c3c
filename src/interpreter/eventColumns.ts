/**
 * The raw event table of a history: per event six references (type, name, data, path, Map
 * iteration, variables) and five numbers (kind, previous event id, time, retry count, and an
 * extra one the history gives a meaning per kind), stored in
 * fixed-size chunks. Appending never copies what is there already (a growing array copies its
 * whole content each time it grows, which was most of the history's allocation).
 */

const CHUNK_BITS = 10;
const CHUNK = 1 << CHUNK_BITS;
const MASK = CHUNK - 1;
const REFS = 6;
const NUMS = 5;
// Event i lives at position i + START: the first chunk is only partly used, so the code that
// starts a new chunk runs (and is profiled by the JIT) early, before the hot functions are
// optimised — a chunk boundary reached first in optimised code would undo the optimisation.
const START = CHUNK - 64;

/** `retryCount` of an event that belongs to no state attempt. */
export const NO_RETRY_COUNT = -1;

/** `extra` of an event that needs none (only `…StateExited` events keep their Entered event's id there). */
export const NO_EXTRA = 0;

export class EventColumns {
  private readonly refs: unknown[][] = [];
  private readonly nums: Float64Array[] = [];
  /** The chunks being filled, and the next offsets in them (a full chunk: none started yet). */
  private refChunk: unknown[] = [];
  private numChunk = new Float64Array(0);
  private refAt = CHUNK * REFS;
  private numAt = CHUNK * NUMS;
  length = 0;

  /** Appends one event; `retryCount` {@link NO_RETRY_COUNT} means none; `extra` is the history's. */
  push(
    kind: number,
    type: string,
    name: string | undefined,
    data: unknown,
    path: string | undefined,
    iteration: number[] | undefined,
    variables: Record<string, unknown> | undefined,
    prev: number,
    time: number,
    retryCount: number,
    extra: number,
  ): void {
    // Kept short and branch-free: the JIT copies this body into every event-recording call site,
    // and a fresh process spends more on compiling those copies than on running them (W5 bench).
    if (this.refAt === CHUNK * REFS) this.startChunk();
    const r = this.refAt;
    const n = this.numAt;
    const refs = this.refChunk;
    refs[r] = type;
    refs[r + 1] = name;
    refs[r + 2] = data;
    refs[r + 3] = path;
    refs[r + 4] = iteration;
    refs[r + 5] = variables;
    const nums = this.numChunk;
    nums[n] = kind;
    nums[n + 1] = prev;
    nums[n + 2] = time;
    // Stored plus one, so "none" (-1) is 0.
    nums[n + 3] = retryCount + 1;
    nums[n + 4] = extra;
    this.refAt = r + REFS;
    this.numAt = n + NUMS;
    this.length += 1;
  }

  /** Starts the next chunk (the first one at START). */
  private startChunk(): void {
    const first = this.refs.length === 0;
    this.refChunk = new Array<unknown>(CHUNK * REFS).fill(undefined);
    this.numChunk = new Float64Array(CHUNK * NUMS);
    this.refs.push(this.refChunk);
    this.nums.push(this.numChunk);
    this.refAt = first ? START * REFS : 0;
    this.numAt = first ? START * NUMS : 0;
  }

  private ref(i: number, k: number): unknown {
    const p = i + START;
    return this.refs[p >> CHUNK_BITS]![(p & MASK) * REFS + k];
  }

  private num(i: number, k: number): number {
    const p = i + START;
    return this.nums[p >> CHUNK_BITS]![(p & MASK) * NUMS + k]!;
  }

  type(i: number): string {
    return this.ref(i, 0) as string;
  }

  name(i: number): string | undefined {
    return this.ref(i, 1) as string | undefined;
  }

  data(i: number): unknown {
    return this.ref(i, 2);
  }

  path(i: number): string | undefined {
    return this.ref(i, 3) as string | undefined;
  }

  iteration(i: number): number[] | undefined {
    return this.ref(i, 4) as number[] | undefined;
  }

  variables(i: number): Record<string, unknown> | undefined {
    return this.ref(i, 5) as Record<string, unknown> | undefined;
  }

  /** What the history says the data is (its own small codes). */
  kind(i: number): number {
    return this.num(i, 0);
  }

  prev(i: number): number {
    return this.num(i, 1);
  }

  time(i: number): number {
    return this.num(i, 2);
  }

  retryCount(i: number): number {
    return this.num(i, 3) - 1;
  }

  extra(i: number): number {
    return this.num(i, 4);
  }
}
