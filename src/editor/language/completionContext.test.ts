import { describe, expect, it } from 'vitest';
import { completionContext, transitionScope } from './completionContext';

const at = (text: string, marker: string) => {
  const offset = text.indexOf('|');
  expect(offset, marker).toBeGreaterThanOrEqual(0);
  return completionContext(text.replace('|', ''), offset);
};

describe('completionContext', () => {
  it('offers the scope\'s state names in StartAt, Next, Default, Choice and Catch Next', () => {
    const base = (hole: string) => `{"StartAt": ${hole === 'start' ? '"|"' : '"A"'}, "States": {
      "A": {"Type": "Task", "Resource": "x", "Catch": [{"ErrorEquals": ["States.ALL"], "Next": ${hole === 'catch' ? '"|"' : '"B"'}}], "Next": ${hole === 'next' ? '|' : '"B"'}},
      "B": {"Type": "Choice", "Choices": [{"Condition": "{% true %}", "Next": ${hole === 'choice' ? '"X|"' : '"C"'}}], "Default": ${hole === 'default' ? '"|"' : '"C"'}},
      "C": {"Type": "Succeed"}}}`;
    for (const hole of ['start', 'catch', 'next', 'choice', 'default']) {
      const context = at(base(hole), hole);
      expect(context.kind, hole).toBe('state-name');
      if (context.kind === 'state-name') expect(context.names, hole).toEqual(['A', 'B', 'C']);
    }
  });

  it('replaces the whole string literal under the cursor', () => {
    const text = '{"StartAt": "Ab", "States": {"Abc": {"Type": "Succeed"}}}';
    const context = completionContext(text, text.indexOf('Ab') + 1);
    expect(context).toEqual({ kind: 'state-name', names: ['Abc'], replace: { offset: 12, length: 4 } });
  });

  it('uses the names of the enclosing branch, not the top level', () => {
    const text = '{"StartAt": "P", "States": {"P": {"Type": "Parallel", "Branches": [{"StartAt": "B1", "States": {"B1": {"Type": "Pass", "Next": ""}, "B2": {"Type": "Succeed"}}}], "End": true}}}';
    const context = completionContext(text, text.indexOf('"Next": ""') + 9);
    expect(context.kind === 'state-name' && context.names).toEqual(['B1', 'B2']);
  });

  it('recognises a new-state position and nothing elsewhere', () => {
    expect(at('{"StartAt": "A", "States": {"A": {"Type": "Succeed"}, |}}', 'key').kind).toBe('new-state');
    expect(at('{"StartAt": "A", "States": {"A": {"Type": "Succeed", |}}}', 'field').kind).toBe('other');
    expect(at('{"Comment": "|"}', 'comment').kind).toBe('other');
  });

  it('maps transition paths to their scope', () => {
    expect(transitionScope(['States', 'A', 'Next'])).toEqual([]);
    expect(transitionScope(['States', 'M', 'ItemProcessor', 'States', 'I', 'Catch', 0, 'Next'])).toEqual(['States', 'M', 'ItemProcessor']);
    expect(transitionScope(['States', 'A', 'Parameters', 'Next'])).toBeUndefined();
  });
});
