/**
 * The data-flow stages of every state run (`studio.stages` of `…StateExited` events), packed
 * into two flat arrays instead of one retained object per state: per run a bit mask, and the
 * stage values in order, a value equal to the one before it stored once. Reading is in
 * recording order (the history builds its events in order).
 */
import { ChunkedList } from './chunkedList';
import type { StudioStages } from './types';

/** The stages in the order the step-details pane shows them. */
const KEYS = ['input', 'afterInputPath', 'afterParameters', 'arguments', 'result', 'afterResultSelector', 'afterResultPath', 'output'] as const;

// Per key two bits: PRESENT, and SAME (the value is the previous present stage's value).
const PRESENT = 1;
const SAME = 2;
/** Mask of a run recorded without stages. */
const NONE = -1;
/** No value yet (a stage value is never this). */
const NOTHING = Symbol('nothing');

export class StageLog {
  private readonly masks = new ChunkedList<number>();
  private readonly values = new ChunkedList<unknown>();
  private readMask = 0;
  private readValue = 0;

  /** Appends one state run's stages (keys whose value is undefined are left out). */
  record(stages: StudioStages | undefined): void {
    if (stages === undefined) {
      this.masks.push(NONE);
      return;
    }
    // Unrolled: reading the fields by name keeps each read monomorphic.
    this.mask = 0;
    this.last = NOTHING;
    this.add(0, stages.input);
    this.add(1, stages.afterInputPath);
    this.add(2, stages.afterParameters);
    this.add(3, stages.arguments);
    this.add(4, stages.result);
    this.add(5, stages.afterResultSelector);
    this.add(6, stages.afterResultPath);
    this.add(7, stages.output);
    this.masks.push(this.mask);
    this.last = NOTHING;
  }

  private mask = 0;
  private last: unknown = NOTHING;

  private add(k: number, value: unknown): void {
    if (value === undefined) return;
    if (value === this.last) this.mask |= (PRESENT | SAME) << (2 * k);
    else {
      this.mask |= PRESENT << (2 * k);
      this.values.push(value);
      this.last = value;
    }
  }

  /** The next recorded run's stages as an object, or undefined when it had none. */
  next(): StudioStages | undefined {
    const mask = this.masks.get(this.readMask++);
    if (mask === undefined || mask === NONE) return undefined;
    const out: StudioStages = {};
    let last: unknown;
    for (let k = 0; k < KEYS.length; k++) {
      const bits = (mask >> (2 * k)) & 3;
      if (!(bits & PRESENT)) continue;
      if (!(bits & SAME)) last = this.values.get(this.readValue++);
      out[KEYS[k]!] = last;
    }
    return out;
  }
}
