/**
 * Journey: the Run legend tells the truth. A run that pauses at a breakpoint, then fails in a
 * Parallel (one branch fails, the other is cancelled), shows every status on the canvas; each
 * legend swatch has the computed border colour, border style and fill of a state in that status,
 * in the light and the dark theme.
 */
import { test, expect } from '../fixtures';
import type { Page } from '@playwright/test';
import type { StateMachine } from '../../src/asl/types';
import { RunPanelPage, type NodeRunStatus } from '../pages/RunPanel';

const LAMBDA = 'arn:aws:states:::lambda:invoke';
/** Caught, succeeded, in progress (at the breakpoint), failed, cancelled and not reached, in one run. */
const EVERY_STATUS: StateMachine = {
  StartAt: 'Charge',
  States: {
    Charge: { Type: 'Task', Resource: LAMBDA, Parameters: { FunctionName: 'charge', 'Payload.$': '$' }, Catch: [{ ErrorEquals: ['States.ALL'], ResultPath: '$.error', Next: 'Handle' }], Next: 'Never' },
    Handle: { Type: 'Pass', Next: 'Fan out' },
    'Fan out': {
      Type: 'Parallel', Next: 'Never',
      Branches: [
        { StartAt: 'Slow', States: { Slow: { Type: 'Wait', Seconds: 3600, End: true } } },
        { StartAt: 'Explode', States: { Explode: { Type: 'Fail', Error: 'Boom', Cause: 'branch failed' } } },
      ],
    },
    Never: { Type: 'Succeed' },
  },
};

interface Paint { border: string; style: string; fill: string }

const paintOf = (page: Page, selector: string): Promise<Paint> => page.locator(selector).first().evaluate((el) => {
  const s = getComputedStyle(el);
  return { border: s.borderTopColor, style: s.borderTopStyle, fill: s.backgroundColor };
});

async function expectLegendMatches(page: Page, statuses: NodeRunStatus[]): Promise<void> {
  for (const status of statuses) {
    await expect(page.locator(`.sf-node.run-${status}`).first()).toBeVisible();
    const node = await paintOf(page, `.sf-node.run-${status}`);
    const swatch = await paintOf(page, `[data-testid="run-legend"] .st-${status}`);
    expect(swatch, `legend swatch "${status}" vs a state in that status`).toEqual(node);
  }
}

for (const theme of ['light', 'dark'] as const) {
  test(`the Run legend has the colours of the states on the canvas (${theme})`, async ({ page, studio, health }) => {
    test.setTimeout(120_000);
    await page.goto('/');
    await studio.ready();
    await page.getByTestId('ws-theme').selectOption(theme);
    await studio.load(EVERY_STATUS);
    const run = new RunPanelPage(page);
    await run.open();
    await run.mockThrow('Charge', 'CardDeclined', 'declined');
    await run.setBreakpoint('Handle');
    await run.start();
    await expect(run.status).toHaveText('RUNNING (paused)');
    await run.expectNode('Handle', 'in-progress');
    await run.tab('table');
    await expectLegendMatches(page, ['in-progress', 'caught', 'not-reached']);

    await run.resume();
    await run.expectStatus('FAILED');
    await run.expectNode('Explode', 'failed');
    await run.expectNode('Slow', 'cancelled');
    await run.expectNode('Never', 'not-reached');
    await expectLegendMatches(page, ['succeeded', 'failed', 'caught', 'cancelled', 'not-reached']);
    // The colours differ from each other (a legend of one colour would match nothing above).
    const fills = new Set<string>();
    for (const s of ['succeeded', 'failed', 'caught', 'cancelled'] as const) fills.add((await paintOf(page, `.st-${s}`)).border);
    expect(fills.size).toBe(4);
    await page.getByTestId('run-legend').screenshot({ path: `test-results/journeys/run-legend-${theme}.png` });
    await page.screenshot({ path: `test-results/journeys/run-legend-page-${theme}.png` });
    expect(health.consoleErrors).toEqual([]);
  });
}
