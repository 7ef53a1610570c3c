/** Node ids (encoded StatePaths) of every state of a definition, in document order. */
import { encodeStatePath, forEachState } from '../asl/paths';
import type { StateMachine } from '../asl/types';

export function nodeIdsOf(definition: StateMachine): string[] {
  const ids: string[] = [];
  forEachState(definition, ({ path }) => ids.push(encodeStatePath(path)));
  return ids;
}
