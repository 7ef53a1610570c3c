/**
 * The Import dialog with hostile or huge files: duplicate keys are a located warning; a YAML alias
 * bomb and a 5 MB template are read in a worker, so the page keeps drawing frames (measured: the
 * longest gap between frames while reading, in the worker and — the behaviour before — in this
 * thread); a long read can be cancelled, leaving the open workflow as it was.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures';
import { ExportImportPage } from '../pages/ExportImport';

const DUPLICATES = [
  '{',
  '  "StartAt": "A",',
  '  "States": {',
  '    "A": { "Type": "Pass", "Next": "B", "Next": "C" },',
  '    "B": { "Type": "Succeed" },',
  '    "C": { "Type": "Succeed" }',
  '  }',
  '}',
].join('\n');

function billionLaughs(): string {
  const lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
  for (let i = 1; i < 9; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
  return lines.join('\n');
}

/** 400 KB that reference a 200,000-item list 900 times: seconds of (bounded) work to refuse. */
function aliasAmplifier(): string {
  const list = `items: &big [${Array(200_000).fill('1').join(',')}]`;
  const refs = Array.from({ length: 900 }, (_, i) => `r${i}: *big`).join('\n');
  return `${list}\nResources:\n  X:\n    Type: AWS::Serverless::StateMachine\n    Properties:\n      Definition: {StartAt: A, States: {A: {Type: Succeed}}}\n${refs}\n`;
}

/** A ~5 MB SAM template: one state machine among 45,000 other resources. */
function bigTemplate(): string {
  const lines = ['Transform: AWS::Serverless-2016-10-31', 'Resources:', '  Machine:', '    Type: AWS::Serverless::StateMachine', '    Properties:',
    '      Definition: {StartAt: A, States: {A: {Type: Succeed}}}'];
  for (let i = 0; i < 45_000; i++) lines.push(`  Topic${i}:`, '    Type: AWS::SNS::Topic', '    Properties:', `      TopicName: topic-${i}-abcdefghijklmnopqrstuvwxyz`);
  return lines.join('\n');
}

const folder = mkdtempSync(join(tmpdir(), 'asl-import-'));
/** A file on disk: Playwright hands a path to the browser, where a buffer would be decoded on the page's main thread (7 s for 5 MB). */
function onDisk(name: string, text: string): string {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
}

/** Picks a file and returns the longest gap between animation frames until the read ended. */
async function longestFrameGap(page: Page, name: string, text: string, done: () => Promise<void>, input = page.getByTestId('import-file-input')): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { __gaps: { max: number; stop: boolean } };
    w.__gaps = { max: 0, stop: false };
    let last = performance.now();
    const tick = (now: number) => {
      w.__gaps.max = Math.max(w.__gaps.max, now - last);
      last = now;
      if (!w.__gaps.stop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await input.setInputFiles(onDisk(name, text));
  await done();
  return page.evaluate(() => {
    const w = window as unknown as { __gaps: { max: number; stop: boolean } };
    w.__gaps.stop = true;
    return Math.round(w.__gaps.max);
  });
}

test('duplicate keys are a located warning in the Import dialog', async ({ page, health, studio }) => {
  await page.goto('/');
  await studio.ready();
  const io = new ExportImportPage(page);
  await io.openImport();
  await io.paste(DUPLICATES);
  await expect(page.getByTestId('import-duplicate-keys')).toContainText('“Next” at line 4, column 41 (States.A.Next)');
  await expect(page.getByTestId('import-duplicate-keys')).toContainText('only the last value of each was kept');
  await page.screenshot({ path: 'test-results/security/import-duplicate-keys.png' });
  await io.openMachine('StateMachine', 'replace');
  expect((await studio.definition()).States['A']).toMatchObject({ Next: 'C' });
  expect(health.consoleErrors).toEqual([]);
});

test('bombs and a 5 MB template are read off the main thread; a long read can be cancelled', async ({ page, health, studio }) => {
  test.setTimeout(300_000);
  await page.goto('/');
  await studio.ready();
  const before = await studio.definition();
  const io = new ExportImportPage(page);
  await io.openImport();
  const reason = page.getByTestId('import-error-reason');
  const result = page.getByTestId('import-result');

  // What picking the 5 MB file costs the page by itself (an input nothing listens to): the harness's share of the gaps.
  await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<input type="file" id="idle-probe" hidden>'));
  const idle = await longestFrameGap(page, 'big.yaml', bigTemplate(), async () => undefined, page.locator('#idle-probe'));
  const figures: string[] = [`picking the 5 MB file into an unwired input: ${idle} ms`];
  for (const inThread of [false, true]) {
    await page.evaluate((flag) => { (window as { __importInThread?: boolean }).__importInThread = flag; }, inThread);
    const where = inThread ? 'main thread (before)' : 'worker';
    const laughs = await longestFrameGap(page, 'laughs.yaml', billionLaughs(), () => expect(reason).toContainText(/aliases expand the document/));
    await expect(page.getByTestId('import-error-where')).toContainText('line 2');
    const bomb = await longestFrameGap(page, 'amplifier.yaml', aliasAmplifier(), () => expect(reason).toContainText(/alias bomb/, { timeout: 120_000 }));
    const big = await longestFrameGap(page, 'big.yaml', bigTemplate(), () => expect(result).toContainText('big.yaml', { timeout: 120_000 }));
    figures.push(`${where}: billion laughs ${laughs} ms, 400 KB alias amplifier ${bomb} ms, 5 MB template ${big} ms`);
  }
  console.log(`[figure] longest frame gap while the Import dialog reads — ${figures.join('; ')}`);

  // Cancel: the read stops, nothing is shown, the open workflow is as it was.
  await page.evaluate(() => { (window as { __importInThread?: boolean }).__importInThread = false; });
  await page.getByTestId('import-file-input').setInputFiles(onDisk('amplifier.yaml', aliasAmplifier()));
  await expect(page.getByTestId('import-reading')).toContainText('Reading amplifier.yaml…');
  await page.getByTestId('import-cancel').click();
  await expect(page.getByTestId('import-reading')).toHaveCount(0);
  await expect(reason).toHaveCount(0);
  expect(await studio.definition()).toEqual(before);
  expect(health.consoleErrors).toEqual([]);
});
