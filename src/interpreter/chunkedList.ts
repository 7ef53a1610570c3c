/**
 * An append-only list in fixed-size chunks: appending never copies what is there already (a
 * growing array copies its whole content each time it grows). For the history's long columns.
 */

const CHUNK_BITS = 11;
const CHUNK = 1 << CHUNK_BITS;
const MASK = CHUNK - 1;

export class ChunkedList<T> {
  private readonly chunks: T[][] = [];
  private current: T[] = [];
  /** Next offset in `current` (CHUNK: a new chunk is due). */
  private at = CHUNK;
  length = 0;

  push(value: T): void {
    let at = this.at;
    if (at === CHUNK) {
      // Full size at once: filling it never reallocates.
      this.current = new Array<T>(CHUNK).fill(undefined as T);
      this.chunks.push(this.current);
      at = 0;
    }
    this.current[at] = value;
    this.at = at + 1;
    this.length += 1;
  }

  /** The value at `index` (undefined past the end). */
  get(index: number): T | undefined {
    return index < this.length ? this.chunks[index >> CHUNK_BITS]![index & MASK] : undefined;
  }
}
