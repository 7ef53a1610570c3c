/**
 * An append-only list in fixed-size chunks: appending never copies what is there already (a
 * growing array copies its whole content each time it grows). For the history's long columns.
 */

const CHUNK_BITS = 11;
const CHUNK = 1 << CHUNK_BITS;
const MASK = CHUNK - 1;
// Item i lives at position i + START: the first chunk is only partly used, so starting a new
// chunk happens (and is profiled by the JIT) early rather than first in optimised code.
const START = CHUNK - 64;

export class ChunkedList<T> {
  private readonly chunks: T[][] = [];
  private current: T[] = [];
  /** Next offset in `current` (CHUNK: a new chunk is due, also before the first one). */
  private at = CHUNK;
  length = 0;

  push(value: T): void {
    // Short: the JIT copies this into every caller (the stage log has seven call sites).
    if (this.at === CHUNK) this.startChunk();
    this.current[this.at++] = value;
    this.length += 1;
  }

  /** Starts the next chunk (the first one at START), full size at once: filling it never reallocates. */
  private startChunk(): void {
    this.current = new Array<T>(CHUNK).fill(undefined as T);
    this.chunks.push(this.current);
    this.at = this.chunks.length === 1 ? START : 0;
  }

  /** The value at `index` (undefined past the end). */
  get(index: number): T | undefined {
    if (index >= this.length) return undefined;
    const p = index + START;
    return this.chunks[p >> CHUNK_BITS]![p & MASK];
  }
}
