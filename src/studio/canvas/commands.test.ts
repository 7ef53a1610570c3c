/** Canvas commands: a refused edit is a message for the user; a bug is thrown, never shown as a refusal. */
import { describe, expect, it } from 'vitest';
import type { StateMachine } from '../../asl/types';
import { createStudioStore } from '../../store/studioStore';
import { renameNode } from './commands';

const def: StateMachine = { StartAt: 'A', States: { A: { Type: 'Pass', Next: 'B' }, B: { Type: 'Succeed' } } };

describe('canvas commands', () => {
  it('renames, and answers a refusal (a name in use) with a message, the document untouched', () => {
    const store = createStudioStore({ definition: def });
    expect(renameNode(store, 'A', 'Start')).toEqual({ ok: true });
    expect(Object.keys(store.getState().definition.States)).toEqual(['Start', 'B']);
    const before = store.getState().text;
    const refused = renameNode(store, 'Start', 'B');
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.message).toMatch(/B/);
    expect(store.getState().text).toBe(before);
  });

  it('throws a bug on instead of turning it into a refusal', () => {
    const store = createStudioStore({ definition: def });
    const broken = { ...store, getState: () => ({ ...store.getState(), edit: () => { throw new TypeError("Cannot read properties of undefined (reading 'Type')"); } }) };
    expect(() => renameNode(broken as typeof store, 'A', 'Start')).toThrow(TypeError);
  });
});
