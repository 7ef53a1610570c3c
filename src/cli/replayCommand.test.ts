import { describe, expect, it } from 'vitest';
import { recordHistory } from '../history/testing/recorded';
import { cli } from './cli';
import { memoryIo } from './testing/memoryIo';

const io = memoryIo;

function payment(maxAttempts: number) {
  return {
    StartAt: 'Charge',
    States: {
      Charge: {
        Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Next: 'Done',
        Retry: [{ ErrorEquals: ['States.Timeout'], MaxAttempts: maxAttempts }],
        Catch: [{ ErrorEquals: ['States.ALL'], Next: 'Failed' }],
      },
      Done: { Type: 'Succeed' },
      Failed: { Type: 'Fail', Error: 'PaymentFailed' },
    },
  };
}

const timeout = { Throw: { Error: 'States.Timeout', Cause: 'slow' } };

async function files() {
  const history = await recordHistory(payment(2), { id: 1 }, { mocks: { Charge: [timeout, timeout, { Return: { ok: true } }] } });
  return {
    'history.json': JSON.stringify(history, null, 2),
    'machine.json': JSON.stringify({ stateMachineArn: 'arn:aws:states:us-east-1:1:stateMachine:Pay', name: 'Pay', definition: JSON.stringify(payment(2)) }),
    'fixed.asl.json': JSON.stringify(payment(2)),
    'strict.asl.json': JSON.stringify(payment(1)),
  };
}

describe('asl-studio replay', () => {
  it('exits 0 when the local run matches the recording (definition from describe-state-machine-for-execution)', async () => {
    const t = io(await files());
    expect(await cli(['replay', 'history.json', 'machine.json'], t.io)).toBe(0);
    expect(t.out()).toMatch(/^history\.json: the local run matches the recorded execution \(\d+ events, SUCCEEDED\)\.\n$/);
  });

  it('exits 1 and prints the first divergence with both sides', async () => {
    const t = io(await files());
    expect(await cli(['replay', 'history.json', '--definition', 'strict.asl.json'], t.io)).toBe(1);
    expect(t.out()).toContain("history.json: the local run diverges at AWS event 9 in state Charge:\n  AWS went to Retry #2 of 'Charge', this run went to Catch → 'Failed' (after States.Timeout).\n");
    expect(t.out()).toContain('Recorded: SUCCEEDED; local run: FAILED (PaymentFailed).');
  });

  it('--json: the result, the divergence and the mocks as one JSON document', async () => {
    const t = io(await files());
    expect(await cli(['replay', 'history.json', 'machine.json', '--definition', 'strict.asl.json', '--json'], t.io)).toBe(1);
    const out = JSON.parse(t.out()) as Record<string, unknown>;
    expect(out).toMatchObject({ match: false, status: 'FAILED', error: 'PaymentFailed', divergence: { eventId: 9, statePath: 'Charge', kind: 'event' }, recorded: { status: 'SUCCEEDED' } });
    expect(out['mocks']).toMatchObject({ StateMachines: { Pay: { TestCases: { Replay: { Charge: 'Replay_Charge' } } } } });
  });

  it('exits 2 on usage errors, with located history problems; --json stays JSON', async () => {
    const t = io({ 'bad.json': '{"events": [{"id": 1, "type": "ExecutionStarted", "timestamp": "never"}]}', 'fixed.asl.json': JSON.stringify(payment(2)) });
    expect(await cli(['replay', 'bad.json', '--definition', 'fixed.asl.json'], t.io)).toBe(2);
    expect(t.err()).toContain('bad.json, events[0].timestamp: expected an ISO-8601 timestamp, found "never"');
    const j = io({ 'bad.json': '{"events": [{"id": 1,', 'h.json': '{"events": [{"id": 1, "type": "ExecutionStarted", "timestamp": "2024-01-01T00:00:00Z"}]}' });
    expect(await cli(['replay', 'bad.json', '--json'], j.io)).toBe(2);
    expect(JSON.parse(j.out())).toMatchObject({ match: false, error: { problems: [{ file: 'bad.json', line: 1 }] } });
    const none = io({ 'h.json': '{"events": [{"id": 1, "type": "ExecutionStarted", "timestamp": "2024-01-01T00:00:00Z"}]}' });
    expect(await cli(['replay', 'h.json', '--json'], none.io)).toBe(2);
    expect(JSON.parse(none.out()).error.message).toMatch(/no definition/);
    const missing = io({});
    expect(await cli(['replay', '--json'], missing.io)).toBe(2);
    expect(JSON.parse(missing.out()).error.message).toBe('Missing <history.json>.');
    expect(await cli(['replay', 'nope.json'], missing.io)).toBe(2);
  });
});
