/**
 * Issue 4's proof: the classic contact-form workflow built from an empty workflow only by
 * dragging from the palette and filling the inspector's forms, then compared with the ASL it
 * must produce.
 */
import { test, expect } from './fixtures';
import { CanvasPage } from './pages/Canvas';
import { PalettePage } from './pages/Palette';
import { Inspector } from './pages/Inspector';
import { CONTACT_FORM as EXPECTED } from './journeys/workflows';

test('build the contact-form workflow from scratch with the palette and the inspector', async ({ page, studio, health }) => {
  const canvas = new CanvasPage(page);
  const palette = new PalettePage(page);
  const inspector = new Inspector(page);
  await page.goto('/');
  await studio.ready();
  await studio.load({ StartAt: '', States: {} });
  await canvas.waitForLayout();

  // 1. A Lambda task that validates the form.
  await palette.open('actions');
  await canvas.dragTo(palette.item('Lambda: Invoke'), 'scope:');
  await canvas.select('Lambda Invoke');
  await inspector.rename('Validate input');
  await inspector.fillJson('Parameters', EXPECTED.States['Validate input']!['Parameters']);

  // 2. DynamoDB PutItem after it; its result is discarded (ResultPath null keeps the input).
  await canvas.dragTo(palette.item('DynamoDB: PutItem'), 'edge:Validate input->end:0->#end');
  await canvas.select('DynamoDB PutItem');
  await inspector.rename('Save message');
  await inspector.fillJson('Parameters', EXPECTED.States['Save message']!['Parameters']);
  await inspector.tab('output');
  await inspector.field('ResultPath-null').check();

  // 3. SNS Publish to notify the team.
  await canvas.dragTo(palette.item('SNS: Publish'), 'edge:Save message->end:0->#end');
  await canvas.select('SNS Publish');
  await inspector.tab('configuration');
  await inspector.rename('Notify team');
  await inspector.fillJson('Parameters', EXPECTED.States['Notify team']!['Parameters']);

  // 4. A Fail state, dropped after the notification, then made reachable only through the Catch.
  await palette.open('flow');
  await canvas.dragTo(palette.item('Fail'), 'edge:Notify team->end:0->#end');
  await canvas.select('Fail');
  await inspector.rename('Reject');
  await inspector.fill('Error', 'InvalidContactForm');
  await inspector.fill('Cause', 'The contact form did not pass validation');

  await canvas.select('Notify team');
  await inspector.choose('Next', '__end__');

  await canvas.select('Validate input');
  await inspector.tab('error-handling');
  await inspector.button('catcher-add').click();
  await expect(inspector.field('catcher-0-Next')).toHaveValue('Reject');
  await inspector.fill('catcher-0-ResultPath', '$.error');

  // 5. The workflow's comment, with nothing selected.
  await canvas.root.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await expect(inspector.root.getByTestId('inspector-workflow')).toBeVisible();
  await inspector.fill('workflow-Comment', EXPECTED.Comment!);

  await expect.poll(() => studio.definition()).toEqual(EXPECTED);
  await expect(page.getByTestId('count-error')).toHaveText('0 errors');
  await expect(canvas.stateNodes()).toHaveCount(4);
  expect(health.consoleErrors).toEqual([]);
});
