/**
 * Selection sync between the canvas and the code: a selected node maps to the text of its state
 * (reveal + highlight), a cursor offset maps to the node of the innermost state around it.
 *
 * Loop rule: the editor selects a node only for cursor moves made by the user (mouse/keyboard),
 * and does not reveal a node it selected itself; programmatic reveals move the cursor with source
 * `api`, which the editor ignores.
 */
import { decodeStatePath, encodeStatePath, jsonPathOfState, statePathOfJsonPath } from '../../asl/paths';
import type { StateMachine, TextRange } from '../../asl';
import { createLocator, type TextFormat } from './textLocation';

export interface StateTextRanges {
  /** The state's name (the property key). */
  key: TextRange;
  /** Key and body together (what gets highlighted). */
  property: TextRange;
}

/** Where a node's state is written in the text, or undefined when it is not there (yet). */
export function rangesOfNode(text: string, format: TextFormat, definition: StateMachine, nodeId: string): StateTextRanges | undefined {
  const jsonPath = jsonPathOfState(definition, decodeStatePath(nodeId));
  const locator = createLocator(text, format);
  const key = locator.locate(jsonPath, 'key');
  const property = locator.locate(jsonPath, 'property');
  return key && property ? { key, property } : undefined;
}

/** Node id of the innermost state whose text contains `offset`, or undefined outside any state. */
export function nodeAtOffset(text: string, format: TextFormat, definition: StateMachine, offset: number): string | undefined {
  const jsonPath = createLocator(text, format).pathAt(offset);
  const statePath = statePathOfJsonPath(definition, jsonPath);
  return statePath && statePath.length > 0 ? encodeStatePath(statePath) : undefined;
}
