/**
 * `asl-studio open` on a SAM project: "Extract to parameter" as a template Parameter writes the
 * Parameter (Default = the value) and `DefinitionSubstitutions: Name: !Ref Name` into the user's
 * template on Save — only those lines — and the definition file changes in the extracted line only;
 * a Map's ItemReader bucket is offered too (here kept as a plain substitution). Undo + Save gives
 * both files back byte for byte.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { openProjectForSpec } from './openServer';
import { CanvasPage } from './pages/Canvas';
import { ConfigPage } from './pages/Config';
import { Inspector } from './pages/Inspector';

const cliPort = Number(process.env['E2E_PORT'] ?? 4173) + 1021;

test.use({ baseURL: `http://127.0.0.1:${cliPort}` });

const FN = 'arn:aws:lambda:us-east-1:123456789012:function:charge';
const TEMPLATE = `# Payments: a SAM project as its team keeps it
Transform: AWS::Serverless-2016-10-31

Resources:
  PayFlow:
    Type: AWS::Serverless::StateMachine
    Properties:
      DefinitionUri: statemachine/pay.asl.json   # the workflow
      Type: STANDARD
`;
const PAY = `{
  "Comment": "Charge, then settle each line",
  "StartAt": "Charge",
  "States": {
    "Charge": {
      "Type": "Task",
      "Resource": "arn:aws:states:::lambda:invoke",
      "Parameters": { "FunctionName": "${FN}", "Payload.$": "$" },
      "Next": "Settle"
    },
    "Settle": {
      "Type": "Map",
      "ItemReader": {
        "Resource": "arn:aws:states:::s3:getObject",
        "ReaderConfig": { "InputType": "JSON" },
        "Parameters": { "Bucket": "payments-input", "Key": "lines.json" }
      },
      "ItemProcessor": {
        "ProcessorConfig": { "Mode": "DISTRIBUTED", "ExecutionType": "EXPRESS" },
        "StartAt": "Line",
        "States": { "Line": { "Type": "Pass", "End": true } }
      },
      "End": true
    }
  }
}
`;

/** `-`/`+` lines of a git-style diff (lines compared as a multiset: enough for these small edits). */
function diff(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  return [...a.filter((l) => !b.includes(l)).map((l) => `-${l}`), ...b.filter((l) => !a.includes(l)).map((l) => `+${l}`)];
}

const project = openProjectForSpec(cliPort, 'asl-open-extract-', { 'template.yaml': TEMPLATE, 'statemachine/pay.asl.json': PAY }, 'template.yaml');

test('extract a function ARN as a template Parameter and a Map bucket as a substitution: Save writes only those lines; undo + Save restores both files', async ({ page, studio, health }) => {
  const canvas = new CanvasPage(page);
  const inspector = new Inspector(page);
  const config = new ConfigPage(page);
  const templateFile = join(project.dir, 'template.yaml');
  const aslFile = join(project.dir, 'statemachine', 'pay.asl.json');

  await page.goto(project.url);
  await studio.ready();
  await expect(page.getByTestId('file-path')).toHaveText('statemachine/pay.asl.json');
  await canvas.waitForLayout();

  // The Task's function ARN, as a template Parameter (the default choice on a template).
  await canvas.select('Charge');
  await inspector.tab('configuration');
  await page.getByTestId('extract-Parameters.FunctionName').click();
  await expect(page.getByTestId('extract-as-parameter')).toBeChecked();
  await expect(page.getByTestId('extract-name')).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('ChargeFunctionArn');
  // Scroll the inspector with the wheel, as a person would, to see the choice.
  const box = (await page.getByTestId('extract-name').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y - 40);
  await page.mouse.wheel(0, 240);
  await expect(page.getByTestId('extract-as-hint')).toContainText('Save adds Parameters: ChargeFunctionArn');
  await page.screenshot({ path: 'test-results/open-extract-parameter.png' });
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('extract-row-Parameters.FunctionName')).toHaveCount(0);

  // The distributed Map's ItemReader bucket is offered on the Map; here it stays a plain substitution.
  await canvas.select('Settle');
  await inspector.tab('configuration');
  await expect(page.getByTestId('extract-row-ItemReader.Parameters.Bucket')).toContainText('payments-input');
  await page.getByTestId('extract-ItemReader.Parameters.Bucket').click();
  await page.getByTestId('extract-as-parameter').uncheck();
  await page.getByTestId('extract-name').click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('InputBucket');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('file-dirty')).toHaveText('●');
  expect(await readFile(templateFile, 'utf8')).toBe(TEMPLATE);

  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('file-dirty')).toHaveText('');
  const template = await readFile(templateFile, 'utf8');
  // Only the new lines: the Parameter before Resources, and the two substitutions (one a !Ref).
  expect(template).toBe(`# Payments: a SAM project as its team keeps it
Transform: AWS::Serverless-2016-10-31
Parameters:
  ChargeFunctionArn:
    Type: String
    Default: ${FN}

Resources:
  PayFlow:
    Type: AWS::Serverless::StateMachine
    Properties:
      DefinitionUri: statemachine/pay.asl.json   # the workflow
      Type: STANDARD
      DefinitionSubstitutions:
        ChargeFunctionArn: !Ref ChargeFunctionArn
        InputBucket: payments-input
`);
  expect(diff(TEMPLATE, template).every((line) => line.startsWith('+'))).toBe(true);
  expect(diff(PAY, await readFile(aslFile, 'utf8'))).toEqual([
    `-      "Parameters": { "FunctionName": "${FN}", "Payload.$": "$" },`,
    '-        "Parameters": { "Bucket": "payments-input", "Key": "lines.json" }',
    '+      "Parameters": { "FunctionName": "${ChargeFunctionArn}", "Payload.$": "$" },',
    '+        "Parameters": { "Bucket": "${InputBucket}", "Key": "lines.json" }',
  ]);

  // Config mode shows both values.
  await config.open();
  await expect(config.substitutionValue('ChargeFunctionArn')).toHaveValue(FN);
  await expect(config.substitutionValue('InputBucket')).toHaveValue('payments-input');

  // Undo both extractions, save: the user's two files are back byte for byte.
  await page.getByTestId('mode-design').click();
  await canvas.waitForLayout();
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await studio.definition()).States['Charge']).toMatchObject({ Parameters: { FunctionName: FN } });
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('file-dirty')).toHaveText('');
  expect(await readFile(aslFile, 'utf8')).toBe(PAY);
  expect(await readFile(templateFile, 'utf8')).toBe(TEMPLATE);

  // Redo, save, reload: the settings are read back from the template (nothing dirty, the value shown).
  await page.keyboard.press('Control+Shift+z');
  await page.keyboard.press('Control+Shift+z');
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('file-dirty')).toHaveText('');
  expect(await readFile(templateFile, 'utf8')).toBe(template);
  await page.reload();
  await studio.ready();
  await expect(page.getByTestId('file-dirty')).toHaveText('');
  await config.open();
  await expect(config.substitutionValue('ChargeFunctionArn')).toHaveValue(FN);

  // The run form fills the placeholders from the template (the Parameter's default through !Ref); a value can be typed over.
  await page.getByTestId('mode-run').click();
  await page.getByTestId('run-tab-start').click();
  await expect(page.getByTestId('run-placeholder-ChargeFunctionArn')).toHaveValue(FN);
  await expect(page.getByTestId('run-placeholder-InputBucket')).toHaveValue('payments-input');
  await page.getByTestId('run-placeholder-InputBucket').click();
  await page.keyboard.press('End');
  await page.keyboard.type('-dev');
  await expect(page.getByTestId('run-placeholder-InputBucket')).toHaveValue('payments-input-dev');
  expect(await readFile(templateFile, 'utf8')).toBe(template);

  expect(health.consoleErrors).toEqual([]);
  expect(health.foreignRequests).toEqual([]);
});
