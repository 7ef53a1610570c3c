import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { createStudioStore } from '../../store/studioStore';
import { openWorkspaceStorage } from '../../workspace/storage';
import { makeRecord, Workspace } from '../../workspace/workspace';
import { importWorkflowFiles } from './importFiles';
import { MapStorage } from '../../workspace/testStorage';


beforeEach(() => {
  vi.stubGlobal('localStorage', new MapStorage());
});
afterEach(() => {
  vi.unstubAllGlobals();
});

async function setup() {
  const { storage } = await openWorkspaceStorage(new IDBFactory());
  const first = makeRecord('Open one', { StartAt: 'A', States: { A: { Type: 'Succeed' } } });
  await storage.put(first);
  const store = createStudioStore({ definition: first.definition, settings: first.settings, text: first.text });
  return { storage, store, workspace: new Workspace(store, storage, first) };
}

/** A picked file with a folder path, as a directory upload gives it. */
function fileAt(path: string, text: string): File {
  const file = new File([text], path.split('/').pop()!, { type: 'application/json' });
  Object.defineProperty(file, 'webkitRelativePath', { value: path });
  return file;
}

const asl = (state: string) => JSON.stringify({ StartAt: state, States: { [state]: { Type: 'Succeed' } } });

describe('library import', () => {
  it('keeps two files with the same name apart (d1/wf.asl.json, d2/wf.asl.json)', async () => {
    const { storage, workspace } = await setup();
    const report = await importWorkflowFiles(workspace, [fileAt('d1/wf.asl.json', asl('FromD1')), fileAt('d2/wf.asl.json', asl('FromD2'))]);
    expect(report).toEqual(['d1/wf.asl.json: imported “wf”.', 'd2/wf.asl.json: imported “wf”.']);
    const imported = (await storage.list()).filter((r) => r.name === 'wf').map((r) => r.definition.StartAt).sort();
    expect(imported).toEqual(['FromD1', 'FromD2']);
    // The open workflow stays in the library.
    expect((await storage.list()).some((r) => r.name === 'Open one')).toBe(true);
  });

  it('imports a template with 1,000 state machines in one batch', async () => {
    const { storage, workspace } = await setup();
    const resources: Record<string, unknown> = {};
    for (let i = 0; i < 1000; i++) {
      resources[`Machine${i}`] = { Type: 'AWS::Serverless::StateMachine', Properties: { Definition: { StartAt: `S${i}`, States: { [`S${i}`]: { Type: 'Pass', End: true } } } } };
    }
    const template = JSON.stringify({ AWSTemplateFormatVersion: '2010-09-09', Transform: 'AWS::Serverless-2016-10-31', Resources: resources });
    const put = vi.spyOn(storage, 'put');
    const putMany = vi.spyOn(storage, 'putMany');
    const started = performance.now();
    const report = await importWorkflowFiles(workspace, [new File([template], 'many.yaml')]);
    const ms = performance.now() - started;
    console.log(`[figure] library import of a template with 1,000 state machines: ${ms.toFixed(0)} ms (fake-indexeddb, Node)`);
    expect(report.filter((line) => line.includes('imported'))).toHaveLength(1000);
    expect(await storage.list()).toHaveLength(1001);
    // One transaction for the 1,000 records (plus the open workflow's save before it).
    expect(putMany.mock.calls.filter(([records]) => records.length === 1000)).toHaveLength(1);
    expect(put.mock.calls.length).toBeLessThanOrEqual(2);
  });
});
