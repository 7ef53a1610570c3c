import { describe, expect, it } from 'vitest';
import type { StateMachine } from '../../../asl/types';
import { freeKey, readValue, renameKey, showValue, variableNameProblem } from './assignValues';
import { applyFieldOps } from './documentEdits';
import { patternsFor } from './integrationPattern';
import { validatePayload } from './payload';
import { effectiveQueryLanguage, inheritedQueryLanguage } from './queryLanguage';
import { foreignFields, inputFields, outputFields, tabsFor } from './tabs';

const def: StateMachine = {
  QueryLanguage: 'JSONata',
  StartAt: 'M',
  States: {
    M: { Type: 'Map', QueryLanguage: 'JSONPath', ItemProcessor: { StartAt: 'In', States: { In: { Type: 'Pass', End: true } } }, End: true },
    T: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', End: true },
  },
};

describe('query language', () => {
  it('inherits from the container state, else the machine', () => {
    expect(effectiveQueryLanguage(def, ['T'])).toBe('JSONata');
    expect(effectiveQueryLanguage(def, ['M'])).toBe('JSONPath');
    expect(inheritedQueryLanguage(def, ['M', 0, 'In'])).toBe('JSONPath');
  });
});

describe('tabs and fields', () => {
  it('gives each state type its tabs', () => {
    expect(tabsFor('Fail')).toEqual(['configuration', 'test-state']);
    expect(tabsFor('Succeed')).toEqual(['configuration', 'input', 'output', 'test-state']);
    expect(tabsFor('Task')).toEqual(['configuration', 'input', 'output', 'error-handling', 'variables', 'test-state']);
    expect(tabsFor('Choice')).toEqual(['configuration', 'input', 'output', 'variables', 'test-state']);
  });
  it('swaps the JSONPath I/O fields for Arguments/Output in JSONata', () => {
    expect(inputFields('Pass', 'JSONPath')).toEqual(['InputPath', 'Parameters']);
    expect(inputFields('Parallel', 'JSONata')).toEqual(['Arguments']);
    expect(outputFields('Task', 'JSONPath')).toEqual(['ResultSelector', 'ResultPath', 'OutputPath']);
    expect(outputFields('Choice', 'JSONPath')).toEqual(['OutputPath']);
    expect(outputFields('Wait', 'JSONata')).toEqual(['Output']);
    expect(foreignFields({ Type: 'Task', OutputPath: '$.Payload', Output: 1 }, 'JSONata')).toEqual(['OutputPath']);
  });
});

describe('integration patterns', () => {
  it('offers what the catalog says, and nothing for plain Lambda ARNs', () => {
    expect(patternsFor('arn:aws:states:::lambda:invoke')).toContain('waitForTaskToken');
    expect(patternsFor('arn:aws:states:::ecs:runTask.sync')).toContain('sync');
    expect(patternsFor('arn:aws:lambda:us-east-1:123456789012:function:f')).toEqual([]);
    expect(patternsFor('arn:aws:states:::http:invoke')).toEqual(['request-response']);
  });
});

describe('payload and Assign values', () => {
  it('requires objects, or expressions in JSONata', () => {
    expect(validatePayload({ a: 1 }, 'JSONPath')).toBeUndefined();
    expect(validatePayload([1], 'JSONPath')).toMatch(/object/);
    expect(validatePayload('{% $states.input %}', 'JSONata')).toBeUndefined();
  });
  it('reads values as JSON when they look like JSON, else as text', () => {
    expect(readValue('42')).toBe(42);
    expect(readValue('{"a":1}')).toEqual({ a: 1 });
    expect(readValue('$.order.id')).toBe('$.order.id');
    expect(readValue('{% $x + 1 %}')).toBe('{% $x + 1 %}');
    expect(showValue({ a: 1 })).toBe('{"a":1}');
    expect(variableNameProblem('order.$', [])).toBeUndefined();
    expect(variableNameProblem('1x', [])).toMatch(/starts with a letter/);
    expect(variableNameProblem('a', ['a'])).toMatch(/already/);
    expect(Object.keys(renameKey({ a: 1, b: 2, c: 3 }, 'b', 'z'))).toEqual(['a', 'z', 'c']);
    expect(freeKey({ variable: 1 })).toBe('variable2');
  });
});

describe('applyFieldOps', () => {
  it('applies sets and unsets in order to one state, or to the machine with []', () => {
    const next = applyFieldOps(def, ['T'], [{ field: ['Retry'], value: [{ ErrorEquals: ['States.ALL'] }] }, { field: ['End'], value: undefined }, { field: ['Next'], value: 'M' }]);
    expect(next.States['T']).toEqual({ Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Retry: [{ ErrorEquals: ['States.ALL'] }], Next: 'M' });
    expect(applyFieldOps(def, [], [{ field: ['Comment'], value: 'hi' }]).Comment).toBe('hi');
    expect(def.States['T']).not.toHaveProperty('Retry');
  });
});
