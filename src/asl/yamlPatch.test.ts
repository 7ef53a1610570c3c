import fc from 'fast-check';
import * as yaml from 'yaml';
import { describe, expect, it } from 'vitest';
import { deepEqual } from './deepEqual';
import { arbitraryDefinition } from './testing/arbitraries';
import { applySeed, editSeed } from './testing/randomEdits';
import { renameState } from './edits';
import { aslYamlDialect, patchYamlText } from './yamlPatch';
import type { StateMachine } from './types';

const dialect = aslYamlDialect(yaml);
const SEED = Number(process.env.FC_SEED ?? 20260314);

const COMMENTED = `# Order flow: checks stock, then charges.
Comment: "Order flow"
StartAt: Check   # first state
States:
  # --- stock ---
  Check:
    Type: Task
    Resource: arn:aws:states:::lambda:invoke
    Parameters: { FunctionName: check-stock, Payload.$: $ }
    Retry:
      - ErrorEquals: [States.TaskFailed]   # transient
        MaxAttempts: 2
    Next: Charge   # then charge

  Charge:
    Type: Pass
    End: true
`;

/** Lines of `after` that differ from `before` (same line count assumed). */
function changedLines(before: string, after: string): [string, string][] {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b.length).toBe(a.length);
  return a.flatMap((line, i) => (line === b[i] ? [] : [[line, b[i]!] as [string, string]]));
}

function value(text: string): StateMachine {
  return yaml.parse(text) as StateMachine;
}

describe('patchYamlText', () => {
  it('renames a state in a commented ASL YAML file: only the lines naming it change', () => {
    const before = value(COMMENTED);
    const next = renameState(before, ['Check'], 'Verify');
    const out = patchYamlText(COMMENTED, next, dialect, before)!;
    expect(changedLines(COMMENTED, out)).toEqual([
      ['StartAt: Check   # first state', 'StartAt: Verify   # first state'],
      ['  Check:', '  Verify:'],
    ]);
    expect(value(out)).toEqual(next);
  });

  it('changes a scalar keeping its quotes and the comment after it', () => {
    const next = { ...value(COMMENTED), Comment: 'Orders v2' };
    const out = patchYamlText(COMMENTED, next, dialect)!;
    expect(changedLines(COMMENTED, out)).toEqual([['Comment: "Order flow"', 'Comment: "Orders v2"']]);
  });

  it('adds, removes and replaces fields inside blocks and flow maps without touching other lines', () => {
    const before = value(COMMENTED);
    const next = structuredClone(before) as StateMachine & { States: Record<string, Record<string, unknown>> };
    next.States.Charge!.Comment = 'bill the card';
    (next.States.Check!.Parameters as Record<string, unknown>).FunctionName = 'check-stock-v2';
    (next.States.Check!.Retry as Record<string, unknown>[])[0]!.MaxAttempts = 5;
    const out = patchYamlText(COMMENTED, next, dialect, before)!;
    expect(value(out)).toEqual(next);
    expect(out).toContain('# transient');
    expect(out).toContain('Parameters: { FunctionName: check-stock-v2, Payload.$: $ }');
    expect(out).toContain('        MaxAttempts: 5\n');
    expect(out).toContain('  Charge:\n    Type: Pass\n    End: true\n    Comment: bill the card\n');
    const removed = structuredClone(next);
    delete removed.States.Check!.Retry;
    const out2 = patchYamlText(out, removed, dialect)!;
    expect(value(out2)).toEqual(removed);
    expect(out2).not.toContain('Retry');
    expect(out2).toContain('# --- stock ---');
  });

  it('inserts a state and a Catch entry in block style, indented like the file', () => {
    const before = value(COMMENTED);
    const next = structuredClone(before) as StateMachine & { States: Record<string, Record<string, unknown>> };
    next.States.Check!.Catch = [{ ErrorEquals: ['States.ALL'], Next: 'Charge' }];
    next.States.Fallback = { Type: 'Fail', Error: 'Oops' };
    const out = patchYamlText(COMMENTED, next, dialect, before)!;
    expect(value(out)).toEqual(next);
    expect(out).toContain('    Catch:\n      - ErrorEquals:\n          - States.ALL\n        Next: Charge\n');
    expect(out.endsWith('  Fallback:\n    Type: Fail\n    Error: Oops\n')).toBe(true);
    expect(out.startsWith(COMMENTED.slice(0, COMMENTED.indexOf('\n  Charge:')))).toBe(true);
  });

  it('turns the text into one that reads as the edited definition for random edits (or declines)', () => {
    let patched = 0;
    let total = 0;
    fc.assert(
      fc.property(arbitraryDefinition(), fc.array(editSeed, { minLength: 1, maxLength: 6 }), fc.constantFrom(2, 4), (start, seeds, indent) => {
        const next = seeds.reduce(applySeed, start);
        const text = `# kept\n${yaml.stringify(start, { indent, lineWidth: 0 })}`;
        const out = patchYamlText(text, next, dialect, start);
        total++;
        if (out === undefined) return;
        patched++;
        expect(out.startsWith('# kept\n')).toBe(true);
        expect(deepEqual(yaml.parse(out), next)).toBe(true);
      }),
      { seed: SEED, numRuns: 200 },
    );
    // Declining is the safe fallback, not the norm.
    expect(patched / total).toBeGreaterThan(0.9);
  });
});
