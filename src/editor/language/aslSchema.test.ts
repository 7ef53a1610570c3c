import { describe, expect, it } from 'vitest';
import { ASL_SCHEMA, withoutNestedIds } from './aslSchema';
import { STATE_SNIPPETS } from './snippets';

describe('ASL schema for Monaco', () => {
  it('keeps the schema and drops nested $id only', () => {
    expect(ASL_SCHEMA['required']).toEqual(['States', 'StartAt']);
    expect(JSON.stringify(ASL_SCHEMA)).not.toContain('"$id"');
    expect(withoutNestedIds({ $id: 'root', a: { $id: 'x', b: 1 } })).toEqual({ $id: 'root', a: { b: 1 } });
  });

  it('covers both query languages', () => {
    const text = JSON.stringify(ASL_SCHEMA);
    for (const word of ['JSONata', 'JSONPath', 'Arguments', 'Output', 'Assign', 'ResultSelector']) expect(text).toContain(`"${word}"`);
  });
});

describe('state snippets', () => {
  it('has one snippet per state type, each a JSON property once placeholders are filled', () => {
    const types = STATE_SNIPPETS.map((s) => /"Type": "(\w+)"/.exec(s.body)?.[1]);
    expect(new Set(types)).toEqual(new Set(['Pass', 'Task', 'Choice', 'Wait', 'Succeed', 'Fail', 'Parallel', 'Map']));
    for (const snippet of STATE_SNIPPETS) {
      const filled = snippet.body.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$0/g, '').replace(/\\\$/g, '$');
      expect(() => JSON.parse(`{${filled}}`), snippet.label).not.toThrow();
    }
  });
});
