import { describe, expect, it } from 'vitest';
import { createStudioStore } from '../../store/studioStore';
import type { StateMachine } from '../../asl/types';
import { recordHistory } from '../../history/testing/recorded';
import { openHistoryFiles } from './openRecorded';
import { runSessionFor } from './session';

const PASS: StateMachine = { StartAt: 'Only', States: { Only: { Type: 'Pass', End: true } } };

describe('opening AWS history files', () => {
  it('says which files it is reading until the run is open, then shows the run in Run mode', async () => {
    const studio = createStudioStore({ definition: PASS });
    const runs = runSessionFor(studio).store;
    const text = JSON.stringify(await recordHistory(PASS, { a: 1 }));
    const opened = openHistoryFiles(studio, [{ name: 'history.json', text }]);
    expect(runs.getState().opening).toEqual(['history.json']);
    expect(studio.getState().mode).toBe('run');
    expect(await opened).toBe(true);
    expect(runs.getState().opening).toBeNull();
    expect(runs.getState().runs.at(-1)?.status).toBe('SUCCEEDED');
  });

  it('a broken file ends the reading line too, with located problems instead', async () => {
    const studio = createStudioStore({ definition: PASS });
    const runs = runSessionFor(studio).store;
    expect(await openHistoryFiles(studio, [{ name: 'broken.json', text: '{"events": [' }])).toBe(false);
    expect(runs.getState().opening).toBeNull();
    expect(runs.getState().openProblems?.[0]).toMatch(/^broken\.json:1:/);
  });
});
