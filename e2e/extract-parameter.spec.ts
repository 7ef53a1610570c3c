/**
 * Inspector "Extract to parameter": a Lambda function ARN in a Task's parameters becomes
 * `${ChargeFn}` with a DefinitionSubstitutions entry that Config mode shows; undo restores both.
 */
import { test, expect } from './fixtures';
import { CanvasPage } from './pages/Canvas';
import { ConfigPage } from './pages/Config';
import { Inspector } from './pages/Inspector';
import type { StateMachine } from '../src/asl/types';

const FN = 'arn:aws:lambda:us-east-1:123456789012:function:charge';
const WORKFLOW: StateMachine = {
  StartAt: 'Charge',
  States: {
    Charge: { Type: 'Task', Resource: 'arn:aws:states:::lambda:invoke', Parameters: { FunctionName: FN, 'Payload.$': '$' }, Next: 'Save' },
    Save: { Type: 'Task', Resource: 'arn:aws:states:::dynamodb:putItem', Parameters: { TableName: 'orders', Item: { id: { 'S.$': '$.id' } } }, End: true },
  },
};

test('extract a function ARN to a parameter: ${Name} in the definition, the value in Config mode; undo restores both', async ({ page, studio, health }) => {
  const canvas = new CanvasPage(page);
  const inspector = new Inspector(page);
  const config = new ConfigPage(page);
  await page.goto('/');
  await studio.ready();
  await studio.load(WORKFLOW, { name: 'Payments' });
  await canvas.waitForLayout();
  await canvas.select('Charge');
  await inspector.tab('configuration');

  const row = page.getByTestId('extract-row-Parameters.FunctionName');
  await expect(row).toContainText(FN);
  await page.getByTestId('extract-Parameters.FunctionName').click();
  const name = page.getByTestId('extract-name');
  await expect(name).toHaveValue('ChargeFunctionArn');
  await expect(name).toBeFocused();
  // A bad name is refused where it is typed.
  await page.keyboard.press('Control+a');
  await page.keyboard.type('9lives');
  await expect(page.getByTestId('extract-name-error')).toHaveText('A parameter name starts with a letter and has only letters, digits and _.');
  await expect(page.getByTestId('extract-confirm')).toBeDisabled();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('ChargeFn');
  await page.screenshot({ path: 'test-results/extract-parameter.png' });
  await page.keyboard.press('Enter');

  expect((await studio.definition()).States['Charge']).toMatchObject({ Parameters: { FunctionName: '${ChargeFn}' } });
  expect(await studio.text()).toContain('"FunctionName": "${ChargeFn}"');
  // The field is a placeholder now: nothing left to extract on this state.
  await expect(row).toHaveCount(0);

  await config.open();
  await expect(config.substitutionValue('ChargeFn')).toHaveValue(FN);

  // One undo step brings back the value and removes the substitution.
  await page.getByTestId('mode-design').click();
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await studio.definition()).States['Charge']).toMatchObject({ Parameters: { FunctionName: FN } });
  await config.open();
  await expect(config.substitutionValue('ChargeFn')).toHaveCount(0);

  expect(health.consoleErrors).toEqual([]);
  expect(health.foreignRequests).toEqual([]);
});
