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

  it('nothing open and the files carry the definition: it becomes the workflow (one undo step), so the canvas is not empty', async () => {
    const studio = createStudioStore({ definition: { StartAt: '', States: {} } });
    const text = JSON.stringify({ ...(await recordHistory(PASS, {})), definition: JSON.stringify(PASS) });
    expect(await openHistoryFiles(studio, [{ name: 'history.json', text }])).toBe(true);
    expect(studio.getState().definition).toEqual(PASS);
    expect(runSessionFor(studio).store.getState().runs.at(-1)?.recorded?.fitOpenWorkflow).toEqual([]);
    studio.getState().undo();
    expect(studio.getState().definition).toEqual({ StartAt: '', States: {} });
  });

  it('a history matched to a workflow file keeps where that definition came from', async () => {
    const studio = createStudioStore({ definition: PASS });
    const text = JSON.stringify(await recordHistory(PASS, {}));
    expect(await openHistoryFiles(studio, [{ name: 'history.json', text }], { definitionLabel: 'pass.asl.json, beside the history' })).toBe(true);
    const recorded = runSessionFor(studio).store.getState().runs.at(-1)?.recorded;
    expect(recorded?.definitionLabel).toBe('pass.asl.json, beside the history');
    expect(recorded?.imported.definitionSource).toBe('option');
    expect(recorded?.fitOpenWorkflow).toEqual([]);
  });
});
