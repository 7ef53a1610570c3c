/**
 * Time travel over one history: the derivations at any earlier cursor. Moving forward advances
 * the current deriver; moving back resumes from the nearest checkpoint before the cursor (a
 * frozen copy of a LiveRun: cheap, since clones share what no longer changes) instead of
 * re-reading the history from its start. The session leaves checkpoints behind while a run
 * streams; histories without them get theirs on the first move back.
 */
import type { StateMachine } from '../asl/types';
import { LiveRun } from './live';
import type { EventSource } from './eventLog';

/** Most checkpoints kept per history: past it, every other one goes and the spacing doubles. */
const MAX_CHECKPOINTS = 16;
const FIRST_SPACING = 2500;

/** Frozen LiveRuns of one history, ascending by position, about `spacing` events apart. */
export class Checkpoints {
  private list: LiveRun[] = [];
  spacing = FIRST_SPACING;

  /** Keeps a copy of `live` when it went `spacing` events past the last checkpoint. */
  offer(live: LiveRun): void {
    const last = this.list[this.list.length - 1];
    if (live.position - (last?.position ?? 0) >= this.spacing) this.insert(live.clone());
  }

  /** Adds a frozen deriver (the caller never advances it again). */
  insert(frozen: LiveRun): void {
    let at = this.list.length;
    while (at > 0 && this.list[at - 1]!.position > frozen.position) at--;
    this.list.splice(at, 0, frozen);
    if (this.list.length > MAX_CHECKPOINTS) {
      this.list = this.list.filter((_, i) => i % 2 === 1);
      this.spacing *= 2;
    }
  }

  /** The checkpoint with the largest position not past `position`. */
  before(position: number): LiveRun | undefined {
    let found: LiveRun | undefined;
    for (const checkpoint of this.list) {
      if (checkpoint.position > position) break;
      found = checkpoint;
    }
    return found;
  }

  get size(): number {
    return this.list.length;
  }
}

export class TimeTravel {
  private current: LiveRun | undefined;

  constructor(private readonly definition: StateMachine, private events: EventSource,
    private readonly checkpoints: Checkpoints = new Checkpoints()) {}

  /** Reads later versions of the same history from now on (a live run grew). */
  follow(events: EventSource): this {
    this.events = events;
    return this;
  }

  /** The deriver read up to `cursor` (inclusive). */
  at(cursor: number): LiveRun {
    const position = cursor + 1;
    let current = this.current;
    if (!current || current.position > position) {
      current = this.fromCheckpoint(position);
      this.current = current;
    }
    current.advance(this.events, cursor);
    return current;
  }

  private fromCheckpoint(position: number): LiveRun {
    const spacing = this.checkpoints.spacing;
    let deriver = this.checkpoints.before(position)?.clone() ?? new LiveRun(this.definition);
    // Far from any checkpoint: leave new ones on the way (each frozen, the walk goes on with a copy).
    while (position - deriver.position > spacing) {
      deriver.advance(this.events, deriver.position + spacing - 1);
      this.checkpoints.insert(deriver);
      deriver = deriver.clone();
    }
    return deriver;
  }
}
