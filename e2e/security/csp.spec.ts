/**
 * The built studio runs under its Content-Security-Policy (src/security/contentSecurityPolicy.ts,
 * written into index.html by the Vite plugin): the meta tag is the shared policy, the policy is
 * enforced (an injected inline script is refused and reported), and a person's whole path —
 * Design with an ELK layout, Code with Monaco's workers, a run in the run worker, SVG/PNG image
 * export and a SAM download — causes zero `securitypolicyviolation` events.
 */
import { readFile } from 'node:fs/promises';
import { test, expect } from '../fixtures';
import { CanvasPage } from '../pages/Canvas';
import { CodeView } from '../pages/CodeView';
import { ExportImportPage } from '../pages/ExportImport';
import { RunPanelPage } from '../pages/RunPanel';
import { WorkspacePage } from '../pages/Workspace';
import { CONTENT_SECURITY_POLICY_META } from '../../src/security/contentSecurityPolicy';
import type { StateMachine } from '../../src/asl/types';
import { recordViolations, violations } from './cspWatch';

// A loop (Choice back to an earlier state) makes the canvas ask the ELK worker for the layout.
const LOOP: StateMachine = {
  Comment: 'CSP walk',
  StartAt: 'Init',
  States: {
    Init: { Type: 'Pass', Result: { n: 0 }, Next: 'Count' },
    Count: { Type: 'Pass', Parameters: { 'n.$': 'States.MathAdd($.n, 1)' }, Next: 'Enough?' },
    'Enough?': { Type: 'Choice', Choices: [{ Variable: '$.n', NumericLessThan: 3, Next: 'Count' }], Default: 'Wait a day' },
    'Wait a day': { Type: 'Wait', Seconds: 86400, Next: 'Done' },
    Done: { Type: 'Succeed' },
  },
};

test('the built index.html carries the shared policy and the studio runs under it without a violation', async ({ page, request, health, studio }) => {
  test.setTimeout(180_000);
  const html = await (await request.get('/')).text();
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html);
  expect(meta, 'index.html has a CSP meta tag').not.toBeNull();
  const policy = meta![1]!.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  expect(policy).toBe(CONTENT_SECURITY_POLICY_META);
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-eval');
  expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));

  await recordViolations(page);
  await page.goto('/');
  await studio.ready();
  // Design: the sample, then a workflow whose loop is laid out by the ELK worker.
  const canvas = new CanvasPage(page);
  await canvas.waitForLayout();
  await studio.load(LOOP);
  await expect(canvas.node('Enough?')).toBeVisible();
  await canvas.waitForLayout();
  await canvas.select('Count');

  // Code: Monaco with its editor and JSON workers (hover, validation markers).
  const code = new CodeView(page);
  await code.open();
  const text = await code.value();
  await code.typeAt(text.indexOf('CSP walk') + 'CSP walk'.length, ' typed');
  await code.waitSynced();
  expect((await studio.definition()).Comment).toBe('CSP walk typed');

  // Run: the run worker, a one-day Wait on the simulated clock.
  const run = new RunPanelPage(page);
  await run.open();
  await run.start();
  await run.expectStatus('SUCCEEDED');
  await run.expectNode('Done', 'succeeded');

  // Export: SVG and PNG images of the graph, and a SAM template download.
  await page.getByTestId('mode-design').click();
  await canvas.waitForLayout();
  const workspace = new WorkspacePage(page);
  const svg = await workspace.exportImage('svg');
  expect((await readFile((await svg.path())!)).length).toBeGreaterThan(1000);
  const png = await workspace.exportImage('png');
  expect((await readFile((await png.path())!)).subarray(1, 4).toString()).toBe('PNG');
  const io = new ExportImportPage(page);
  await io.openExport();
  const sam = await io.download();
  expect(sam.bytes.toString('utf8')).toContain('AWS::Serverless::StateMachine');
  await io.closeDialog();

  expect(await violations(page)).toEqual([]);
  expect(health.consoleErrors).toEqual([]);
  expect(health.foreignRequests).toEqual([]);

  // The policy is enforced, not only present: an inline script is refused and reported.
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.head.append(script);
    return (window as { __inlineRan?: boolean }).__inlineRan === true;
  });
  expect(ran).toBe(false);
  await expect.poll(async () => (await violations(page)).map((v) => v.directive)).toEqual(['script-src-elem']);
});
