/** What an Express workflow cannot run: `.sync` and `.waitForTaskToken` integrations (and activities). */
import { forEachState } from '../../asl';
import type { StateMachine } from '../../asl/types';

export interface ExpressConflict {
  state: string;
  reason: string;
}

/** States that make the workflow unusable as an Express state machine. */
export function expressConflicts(definition: StateMachine): ExpressConflict[] {
  const out: ExpressConflict[] = [];
  forEachState(definition, ({ name, state }) => {
    const resource = (state as { Resource?: unknown }).Resource;
    if (typeof resource !== 'string') return;
    if (/\.sync(:\d+)?$/.test(resource)) out.push({ state: name, reason: 'runs a job (.sync)' });
    else if (resource.endsWith('.waitForTaskToken')) out.push({ state: name, reason: 'waits for a task token' });
    else if (/^arn:aws[a-z-]*:states:[^:]*:\d*:activity:/.test(resource)) out.push({ state: name, reason: 'runs an activity' });
  });
  return out;
}
