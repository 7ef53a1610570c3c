import { describe, expect, it } from 'vitest';
import { createStudioStore } from '../../store/studioStore';
import type { StateMachine } from '../../asl/types';
import { recordHistory } from '../../history/testing/recorded';
import { looksLikeHistory, openHistoryFiles } from './openRecorded';
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
    const studio = createStudioStore({ definition: { StartAt: '', States: {} }, settings: { name: 'Payments', type: 'EXPRESS' } });
    const text = JSON.stringify({ ...(await recordHistory(PASS, {})), definition: JSON.stringify(PASS) });
    expect(await openHistoryFiles(studio, [{ name: 'history.json', text }])).toBe(true);
    expect(studio.getState().definition).toEqual(PASS);
    // It is still the same workflow: its name (the top bar, the library, the deploy name) and settings stay,
    // and the run is filed under it (not under "Untitled").
    expect(studio.getState().settings).toEqual({ name: 'Payments', type: 'EXPRESS' });
    expect(runSessionFor(studio).store.getState().runs.at(-1)?.workflow).toBe('Payments');
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

  it('opens a dropped file as it is: the history is read from the file, not handed over as text', async () => {
    const studio = createStudioStore({ definition: PASS });
    const runs = runSessionFor(studio).store;
    const text = JSON.stringify(await recordHistory(PASS, { a: 1 }));
    expect(await openHistoryFiles(studio, [{ name: 'dropped.json', blob: new Blob([text], { type: 'application/json' }) }])).toBe(true);
    expect(runs.getState().runs.at(-1)?.input).toEqual({ a: 1 });
  });

  it('recognises a history from the head of a file, and reads further only when the head does not tell', async () => {
    const history = JSON.stringify(await recordHistory(PASS, { a: 1 }));
    const blob = (text: string) => ({ name: 'f.json', blob: new Blob([text]) });
    expect(await looksLikeHistory([blob(history)])).toBe(true);
    expect(await looksLikeHistory([blob(JSON.stringify(PASS))])).toBe(false);
    // describe-execution output with a 2 MB input before the events
    const late = `{"execution": {"input": "${'x'.repeat(2 << 20)}"}, ${history.slice(1)}`;
    expect(await looksLikeHistory([blob(late)])).toBe(true);
    expect(await looksLikeHistory([{ name: 'pasted', text: history }])).toBe(true);
  });
});
