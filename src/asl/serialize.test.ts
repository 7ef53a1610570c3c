import { describe, expect, it } from 'vitest';
import { parseDefinition } from './parse';
import { serializeDefinition } from './serialize';

const def = {
  States: {
    Work: {
      Next: 'Done',
      Retry: [{ MaxAttempts: 2, ErrorEquals: ['States.ALL'] }],
      Resource: 'arn:aws:states:::lambda:invoke',
      'x-custom': 1,
      Parameters: { z: 1, a: 2 },
      Type: 'Task',
    },
    Done: { Type: 'Succeed' },
  },
  Version: '1.0',
  StartAt: 'Work',
  Comment: 'c',
  QueryLanguage: 'JSONPath',
} as const;

describe('serializeDefinition', () => {
  it("uses Workflow Studio's key order and keeps unknown keys", () => {
    const text = serializeDefinition(def);
    const back = JSON.parse(text) as Record<string, Record<string, Record<string, unknown>>>;
    expect(Object.keys(back)).toEqual(['Comment', 'QueryLanguage', 'StartAt', 'States', 'Version']);
    const work = back.States?.Work ?? {};
    expect(Object.keys(work)).toEqual(['Type', 'Resource', 'Parameters', 'Retry', 'x-custom', 'Next']);
    expect(Object.keys(work.Parameters as object)).toEqual(['z', 'a']);
    expect(Object.keys((work.Retry as object[])[0] ?? {})).toEqual(['ErrorEquals', 'MaxAttempts']);
  });

  it('indents as asked and ends with a newline', () => {
    const text = serializeDefinition(def, { indent: 4 });
    expect(text).toMatch(/^\{\n {4}"Comment"/);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('round-trips through JSON and YAML', () => {
    for (const format of ['json', 'yaml'] as const) {
      const r = parseDefinition(serializeDefinition(def, { format }));
      expect(r.format).toBe(format);
      expect(r.definition).toEqual(def);
    }
  });

  it('writes YAML with the same key order', () => {
    const yaml = serializeDefinition(def, { format: 'yaml' });
    expect(yaml.indexOf('Comment')).toBeLessThan(yaml.indexOf('StartAt'));
    expect(yaml.indexOf('Type: Task')).toBeLessThan(yaml.indexOf('Resource'));
  });
});
