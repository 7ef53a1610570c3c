/**
 * Runaway JSONata ends with a clear States.QueryEvaluationError instead of hanging the thread or
 * killing the process (issue #16): recursion, huge `$range`/`$pad`, a fractional `$partition`.
 */
import { describe, expect, it } from 'vitest';
import { startExecution } from './execution';
import { run } from './testing/run';

const passWith = (output: string) => ({
  QueryLanguage: 'JSONata',
  StartAt: 'P',
  States: { P: { Type: 'Pass', Output: `{% ${output} %}`, End: true } },
});

describe('JSONata evaluation budget', () => {
  it.each([
    ['endless tail recursion', '( $f := function($x){ $f($x) }; $f(1) )', /evaluation steps|seconds/],
    ['deep recursion', '( $f := function($x){ 1 + $f($x) }; $f(1) )', /too deeply|call stack/],
    ['$partition with a fractional size', '$partition([1,2,3], 0.5)', /positive integer/],
    ['$range(0, 1e9, 1)', '$range(0, 1e9, 1)', /array of 1,000,000,001 elements/],
    ['$range of 1e8', '$range(1, 1e8)', /array of 100,000,000 elements/],
    ['$pad("", 5e8, "x")', '$pad("", 5e8, "x")', /string of 500,000,000 characters/],
    ['doubling a string', '( $f := function($s){ $f($s & $s) }; $f("xxxxxxxx") )', /string of/],
    ['the range operator then a map', '$count($map([1..10000000], function($v){ $v }))', /array of|evaluation steps/],
  ])('%s ends as States.QueryEvaluationError', async (_name, expr, cause) => {
    const r = await run(passWith(expr));
    expect(r.status).toBe('FAILED');
    expect(r.error).toBe('States.QueryEvaluationError');
    expect(r.cause).toMatch(cause);
    expect(r.events.at(-1)?.type).toBe('ExecutionFailed');
  });

  it('still evaluates ordinary expressions, $pad and $range as jsonata and AWS do', async () => {
    const r = await run(passWith('{ "p": $pad("ab", 5, "xy"), "l": $pad("ab", -4), "r": $range(0, 10, 5), "d": $range(3, 1, -1), "c": $partition([1,2,3], 2) }'));
    expect(r.output).toEqual({ p: 'abxyx', l: '  ab', r: [0, 5, 10], d: [3, 2, 1], c: [[1, 2], [3]] });
  });

  it('stop() ends a runaway evaluation at once', async () => {
    const execution = startExecution(passWith('( $f := function($x){ $f($x) }; $f(1) )'), {});
    await new Promise((resolve) => setTimeout(resolve, 30));
    execution.stop('Stopped', 'by the test');
    const r = await execution.result;
    expect(r.status).toBe('ABORTED');
    expect(r.events.at(-1)?.type).toBe('ExecutionAborted');
  });
});
