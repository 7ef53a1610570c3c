/**
 * The data-flow stages of every state run (`studio.stages` of `…StateExited` events), packed
 * into two flat lists instead of one retained object per state: per run a bit mask, and the
 * stage values in order, a value equal to the one before it not stored again. Reading is in
 * recording order (the history builds its events in order).
 */
import { ChunkedList } from './chunkedList';
import type { StudioStages } from './types';

/** The stages between a state's input and its output, in the order the step-details pane shows them. */
const KEYS = ['afterInputPath', 'afterParameters', 'arguments', 'result', 'afterResultSelector', 'afterResultPath'] as const;

// Per key two bits (key k at bit 2k): PRESENT, and SAME (the value is the previous present one,
// the input to begin with).
const PRESENT = 1;
const SAME = 2;
/** Mask of a run recorded without stages. */
const NONE = -1;

/**
 * `input` and `output` are not stored: they are the history's own (the Entered event's input,
 * the Exited event's output) and given back to {@link StageLog.next}.
 */
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
    // Unrolled, with the fields read by name: this runs once per state transition.
    const values = this.values;
    let mask = 0;
    let last = stages.input;
    let v = stages.afterInputPath;
    if (v !== undefined) {
      if (v === last) mask |= PRESENT | SAME;
      else {
        mask |= PRESENT;
        values.push((last = v));
      }
    }
    v = stages.afterParameters;
    if (v !== undefined) {
      if (v === last) mask |= (PRESENT | SAME) << 2;
      else {
        mask |= PRESENT << 2;
        values.push((last = v));
      }
    }
    v = stages.arguments;
    if (v !== undefined) {
      if (v === last) mask |= (PRESENT | SAME) << 4;
      else {
        mask |= PRESENT << 4;
        values.push((last = v));
      }
    }
    v = stages.result;
    if (v !== undefined) {
      if (v === last) mask |= (PRESENT | SAME) << 6;
      else {
        mask |= PRESENT << 6;
        values.push((last = v));
      }
    }
    v = stages.afterResultSelector;
    if (v !== undefined) {
      if (v === last) mask |= (PRESENT | SAME) << 8;
      else {
        mask |= PRESENT << 8;
        values.push((last = v));
      }
    }
    v = stages.afterResultPath;
    if (v !== undefined) {
      if (v === last) mask |= (PRESENT | SAME) << 10;
      else {
        mask |= PRESENT << 10;
        values.push(v);
      }
    }
    this.masks.push(mask);
  }

  /**
   * The next recorded run's stages as an object, or undefined when it had none.
   * @param input the run's input (its Entered event's), @param output its output
   */
  next(input: unknown, output: unknown): StudioStages | undefined {
    const mask = this.masks.get(this.readMask++);
    if (mask === undefined || mask === NONE) return undefined;
    const out: StudioStages = {};
    if (input !== undefined) out.input = input;
    let last: unknown = input;
    for (let k = 0; k < KEYS.length; k++) {
      const bits = (mask >> (2 * k)) & 3;
      if (!(bits & PRESENT)) continue;
      if (!(bits & SAME)) last = this.values.get(this.readValue++);
      out[KEYS[k]!] = last;
    }
    if (output !== undefined) out.output = output;
    return out;
  }
}
