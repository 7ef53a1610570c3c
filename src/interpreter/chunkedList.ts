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
  length = 0;

  push(value: T): void {
    if ((this.length & MASK) === 0) {
      this.current = [];
      this.chunks.push(this.current);
    }
    this.current.push(value);
    this.length += 1;
  }

  /** The value at `index` (undefined past the end). */
  get(index: number): T | undefined {
    return this.chunks[index >> CHUNK_BITS]?.[index & MASK];
  }
}
