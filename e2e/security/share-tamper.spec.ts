/**
 * Tampered share links: a person opens a link that was cut, damaged, crafted to expand without
 * end, made by another version, not JSON, or full of prototype keys. Each time the studio opens
 * with a clear notice, the workflow they were working on is still open and still in the library
 * (nothing added, nothing replaced), and nothing was thrown.
 */
import lzString from 'lz-string';
import { test, expect } from '../fixtures';
import { CanvasPage } from '../pages/Canvas';
import { WorkspacePage } from '../pages/Workspace';
import { lzBomb } from '../../src/workspace/testing/lzBomb';
import type { StateMachine } from '../../src/asl/types';

const MINE: StateMachine = { Comment: 'my work in progress', StartAt: 'Mine', States: { Mine: { Type: 'Pass', Next: 'Also mine' }, 'Also mine': { Type: 'Succeed' } } };
const link = (data: string) => `/#share=${lzString.compressToEncodedURIComponent(data)}`;

test('tampered share links open with a notice and leave the open work untouched', async ({ page, health, studio }) => {
  test.setTimeout(240_000);
  await page.goto('/');
  await studio.ready();
  await studio.load(MINE);
  const workspace = new WorkspacePage(page);
  await workspace.waitSaved();
  await workspace.openLibrary();
  const rows = await page.locator('[data-testid^="library-row-"]').count();
  await page.keyboard.press('Escape');

  // A real link to cut and damage.
  const real = await workspace.shareUrl();
  const payload = real.slice(real.indexOf('#share=') + '#share='.length);
  const flipped = payload.slice(0, 40) + (payload[40] === 'A' ? 'B' : 'A') + payload.slice(41);
  const cases: [string, string, RegExp][] = [
    ['cut in half', `/#share=${payload.slice(0, payload.length >> 1)}`, /cut off|broken/],
    ['one character changed', `/#share=${flipped}`, /broken|not valid JSON|not a valid state machine/],
    ['a decompression bomb', `/#share=${lzBomb(24_000)}`, /would expand past 2,000,000 characters/],
    ['another format version', link(JSON.stringify({ v: 9, text: JSON.stringify(MINE) })), /different version/],
    ['not JSON', link('<html>not json</html>'), /not valid JSON/],
    ['not a workflow', link('[{"__proto__":{"polluted":true}}]'), /does not hold a workflow/],
    ['junk characters', '/#share=%E2%9C%93%00<script>', /characters a share link never has/],
  ];
  for (const [what, url, reason] of cases) {
    await page.goto('about:blank');
    await page.goto(url);
    await studio.ready();
    await expect(page.getByTestId('workspace-message'), what).toHaveText(reason);
    expect(await studio.definition(), what).toEqual(MINE);
    // The link is taken off the address bar, so a reload does not read it again.
    expect(new URL(page.url()).hash, what).toBe('');
  }
  await workspace.openLibrary();
  await expect(page.locator('[data-testid^="library-row-"]')).toHaveCount(rows);
  await page.keyboard.press('Escape');

  // Prototype keys and wrongly typed fields: the workflow opens as a shared copy, nothing is polluted,
  // and Config mode (which reads the settings) works.
  const crafted = `{"v":1,"__proto__":{"polluted":true},"name":{"toString":1},
    "settings":{"__proto__":{"polluted":true},"logging":null,"tags":"x","type":"TURBO"},
    "text":${JSON.stringify('{"StartAt": "__proto__", "States": {"__proto__": {"Type": "Pass", "Next": "constructor"}, "constructor": {"Type": "Succeed"}}}')}}`;
  await page.goto('about:blank');
  await page.goto(link(crafted));
  await studio.ready();
  await expect(page.getByTestId('workspace-message')).toHaveText('Opened a shared workflow as a new copy: “Shared workflow (shared copy)”.');
  const canvas = new CanvasPage(page);
  await canvas.waitForLayout();
  await expect(canvas.node('__proto__')).toBeVisible();
  expect(await page.evaluate(() => ({} as Record<string, unknown>)['polluted'])).toBeUndefined();
  await page.getByTestId('mode-config').click();
  await expect(page.getByTestId('mode-config')).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText('The studio panel hit an error')).toHaveCount(0);
  await workspace.openLibrary();
  await expect(page.locator('[data-testid^="library-row-"]')).toHaveCount(rows + 1);
  expect(health.consoleErrors).toEqual([]);
  expect(health.foreignRequests).toEqual([]);
});
