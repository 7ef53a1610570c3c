import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { parse, type CollectionTag, type ScalarTag, type YAMLMap, type YAMLSeq } from 'yaml';
import type { StateMachine, WorkflowSettings } from '../src/asl/types';
import { test, expect } from './fixtures';
import { CanvasPage } from './pages/Canvas';
import { ConfigPage } from './pages/Config';
import { ExportImportPage } from './pages/ExportImport';
import { WorkspacePage } from './pages/Workspace';
import { RunPanelPage } from './pages/RunPanel';

const orderFlow = JSON.parse(readFileSync('fixtures/sam/definitions/order-flow.asl.json', 'utf8')) as StateMachine;
const helloWorld = JSON.parse(readFileSync('fixtures/asl/hello-world.asl.json', 'utf8')) as StateMachine;
const IMPORT = 'fixtures/sam/import';

type Json = Record<string, unknown>;

/** CloudFormation short-form tags for the `yaml` package, read into their long forms. */
const cfnTags = ['Ref', 'GetAtt', 'Sub', 'Select', 'Split', 'Join', 'If', 'Equals', 'ImportValue', 'FindInMap'].flatMap((name): (ScalarTag | CollectionTag)[] => {
  const key = name === 'Ref' ? 'Ref' : `Fn::${name}`;
  return [
    { tag: `!${name}`, resolve: (text: string) => ({ [key]: name === 'GetAtt' ? text.split('.') : text }) },
    { tag: `!${name}`, collection: 'seq', resolve: (node) => ({ [key]: (node as YAMLSeq).toJSON() }) as unknown as YAMLSeq },
    { tag: `!${name}`, collection: 'map', resolve: (node) => ({ [key]: (node as YAMLMap).toJSON() }) as unknown as YAMLMap },
  ];
});
const parseTemplate = (text: string) => parse(text, { customTags: cfnTags }) as { Parameters?: Record<string, Json>; Resources: Record<string, { Type: string; Properties: Json }> };

const settingsOf = (page: Page) => page.evaluate(() => window.__studio!.store.getState().settings as WorkflowSettings);
const withoutTemplate = ({ importedTemplate: _t, ...rest }: WorkflowSettings) => rest;

test.beforeEach(async ({ page, studio }) => {
  await page.goto('/');
  await studio.ready();
});

test('design, configure and export a SAM template with an inline Definition', async ({ page, studio, health }) => {
  await studio.load(orderFlow, { name: 'orders' });
  const config = new ConfigPage(page);
  await config.open();
  await config.field('tracing').check();
  await config.addTag('team', 'shop');

  const io = new ExportImportPage(page);
  await io.openExport();
  await expect(io.preview()).toContainText('AWS::Serverless::StateMachine');
  await expect(page.getByTestId('export-filename')).toHaveText('template.yaml');
  const file = await io.download();
  expect(file.name).toBe('template.yaml');

  const template = parseTemplate(file.bytes.toString('utf8'));
  const machine = Object.values(template.Resources).find((r) => r.Type === 'AWS::Serverless::StateMachine');
  expect(machine).toBeDefined();
  const props = machine!.Properties as { Name: string; Definition: StateMachine; DefinitionSubstitutions: Record<string, unknown>; Policies: unknown[]; Tracing: unknown; Tags: unknown };
  expect(props.Name).toBe('orders');
  expect(props.Definition.StartAt).toBe('CheckStock');
  expect(Object.keys(props.Definition.States)).toEqual(Object.keys(orderFlow.States));
  // The concrete function ARN became a placeholder whose value is a parameter defaulting to it.
  const functionName = (props.Definition.States['CheckStock'] as { Parameters: { FunctionName: string } }).Parameters.FunctionName;
  const placeholder = /^\$\{(\w+)\}$/.exec(functionName)?.[1];
  expect(placeholder).toBeDefined();
  expect(props.DefinitionSubstitutions[placeholder!]).toEqual({ Ref: placeholder });
  expect(template.Parameters?.[placeholder!]?.['Default']).toBe('arn:aws:lambda:us-east-1:123456789012:function:CheckStock:$LATEST');
  const policyNames = props.Policies.map((p) => (typeof p === 'string' ? p : Object.keys(p as Json)[0]));
  expect(policyNames).toEqual(expect.arrayContaining(['LambdaInvokePolicy', 'DynamoDBCrudPolicy', 'SQSSendMessagePolicy', 'SNSPublishMessagePolicy', 'EventBridgePutEventsPolicy', 'Statement']));
  expect(JSON.stringify(props.Policies)).toContain('xray:PutTraceSegments');
  expect(props.Tracing).toEqual({ Enabled: true });
  expect(props.Tags).toEqual({ team: 'shop' });
  expect(health.consoleErrors).toEqual([]);
  expect(health.foreignRequests).toEqual([]);
});

test('DefinitionUri export downloads the project folder as a zip', async ({ page, studio }) => {
  await studio.load(orderFlow, { name: 'orders' });
  const io = new ExportImportPage(page);
  await io.openExport();
  await io.choose('export-sam-uri');
  await expect(page.getByTestId('export-file-statemachine/orders.asl.json')).toBeVisible();
  await page.getByTestId('export-file-README.md').click();
  await expect(io.preview()).toContainText('sam deploy');
  const file = await io.download();
  expect(file.name).toBe('orders-sam.zip');
  const entries = unzipSync(new Uint8Array(file.bytes));
  expect(Object.keys(entries).sort()).toEqual(['orders/README.md', 'orders/statemachine/orders.asl.json', 'orders/template.yaml']);
  const template = parseTemplate(strFromU8(entries['orders/template.yaml']!));
  expect(template.Resources['StateMachine']?.Properties['DefinitionUri']).toBe('statemachine/orders.asl.json');
  const asl = JSON.parse(strFromU8(entries['orders/statemachine/orders.asl.json']!)) as StateMachine;
  expect(Object.keys(asl.States)).toEqual(Object.keys(orderFlow.States));
  expect(JSON.stringify(asl)).not.toContain('arn:aws:lambda:us-east-1:123456789012');
});

test('CloudFormation and raw ASL exports; copy to the clipboard', async ({ page, context, studio }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await studio.load(helloWorld, { name: 'hello' });
  const io = new ExportImportPage(page);
  await io.openExport();
  await io.choose('export-format-cloudformation');
  await expect(io.preview()).toContainText('AWS::StepFunctions::StateMachine');
  await expect(io.preview()).toContainText('DefinitionString');
  await io.choose('export-cfn-object');
  await expect(io.preview()).not.toContainText('DefinitionString');
  await io.choose('export-format-asl');
  await io.choose('export-asl-yaml');
  await expect(page.getByTestId('export-filename')).toHaveText('hello.asl.yaml');
  await expect(io.preview()).toContainText('StartAt: Hello');
  await page.getByTestId('export-copy').click();
  await expect(page.getByTestId('export-status')).toContainText('Copied');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(parse(copied)).toEqual(helloWorld);
  const file = await io.download();
  expect(parse(file.bytes.toString('utf8'))).toEqual(helloWorld);
});

test('import a SAM template with the file picker: workflow on the canvas, settings in Config mode, one undo step', async ({ page, studio, health }) => {
  await studio.load(helloWorld, { name: 'hello' });
  const canvas = new CanvasPage(page);
  await expect(canvas.node('Hello')).toBeVisible();
  const io = new ExportImportPage(page);
  await io.openImport();
  await io.pickFiles([`${IMPORT}/composer-inline.yaml`]);
  await expect(io.machine('OrderStateMachine')).toContainText('3 substitutions');
  await expect(io.machine('OrderStateMachine')).toContainText('Name is computed');
  await io.openMachine('OrderStateMachine', 'replace');

  for (const name of ['CheckStock', 'SaveOrder', 'Unconnected']) await expect(canvas.node(name)).toBeVisible();
  await expect(canvas.node('Hello')).toHaveCount(0);

  const config = new ConfigPage(page);
  await config.open();
  await expect(config.substitutionValue('CheckStockArn')).toHaveValue('!GetAtt CheckStock.Arn');
  await expect(config.substitutionValue('OrdersTableName')).toHaveValue('!Ref OrdersTable');
  await expect(config.substitutionValue('QueueUrl')).toHaveValue('!Ref AWS::NoValue');
  await expect(page.getByTestId('config-imported')).toContainText('composer-inline.yaml');
  await expect(page.getByTestId('config-events')).toContainText('Nightly');
  await expect(config.field('tracing')).toBeChecked();
  await expect(config.field('log-level-ALL')).toBeChecked();
  await expect(page.getByTestId('config-policies-kept')).toContainText('AWSXrayWriteOnlyAccess');
  await expect(page.getByTestId('config-tag-app')).toBeVisible();

  await page.getByTestId('undo').click();
  expect((await studio.definition()).StartAt).toBe('Hello');
  expect((await settingsOf(page)).name).toBe('hello');
  expect(health.consoleErrors).toEqual([]);
});

test('a template with a DefinitionUri opens with its ASL file; without it the message names the file', async ({ page, studio }) => {
  const io = new ExportImportPage(page);
  await io.openImport();
  await io.pickFiles([`${IMPORT}/stock-trader/template.yaml`]);
  await expect(io.error()).toContainText('stock_trader.asl.json');
  await expect(page.getByTestId('import-error-where')).toContainText('DefinitionUri');
  await io.pickFiles([`${IMPORT}/stock-trader/template.yaml`, `${IMPORT}/stock-trader/statemachine/stock_trader.asl.json`]);
  await expect(io.machine('StockTradingStateMachine')).toContainText('DefinitionUri file');
  await io.openMachine('StockTradingStateMachine');
  await expect(new CanvasPage(page).node('Check Stock Value')).toBeVisible();
  expect((await settingsOf(page)).substitutions?.['DDBTable']).toEqual({ Ref: 'TransactionTable' });
  expect((await studio.definition()).StartAt).toBe('Check Stock Value');
});

test('a broken template gets a clear message and the current workflow stays', async ({ page, studio }) => {
  await studio.load(orderFlow, { name: 'orders' });
  const before = await studio.definition();
  const io = new ExportImportPage(page);
  await io.openImport();
  await io.paste('Resources:\n  Machine:\n    Type: AWS::Serverless::StateMachine\n    Properties:\n      Definition: [unclosed\n');
  await expect(io.error()).toContainText('cannot be opened');
  await expect(page.getByTestId('import-error-where')).toContainText('line');
  await expect(io.error()).toContainText('Your current workflow is unchanged');
  await io.paste('Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n');
  await expect(page.getByTestId('import-error-reason')).toContainText('no state machine');
  await io.closeDialog();
  expect(await studio.definition()).toEqual(before);
  expect((await settingsOf(page)).name).toBe('orders');
  await expect(new CanvasPage(page).node('CheckStock')).toBeVisible();

  // A template whose second machine lives in S3: the readable one is listed, the other skipped with the reason.
  await io.openImport();
  await io.pickFiles([`${IMPORT}/mixed.yaml`]);
  await expect(io.machine('Local')).toBeVisible();
  await expect(page.getByTestId('import-skipped-Remote')).toContainText('S3');
});

test('files dropped on the window open the Import dialog', async ({ page }) => {
  const io = new ExportImportPage(page);
  await io.dropFiles([{ name: 'hello.asl.json', text: JSON.stringify(helloWorld) }]);
  await expect(io.importDialog()).toBeVisible();
  await expect(io.machine('StateMachine')).toContainText('2 states');
  await io.openMachine('StateMachine');
  await expect(new CanvasPage(page).node('World')).toBeVisible();
});

test('round trip: import → export → import keeps definition, substitutions and settings', async ({ page, studio }) => {
  const io = new ExportImportPage(page);
  await io.openImport();
  await io.pickFiles([`${IMPORT}/composer-inline.yaml`]);
  await io.openMachine('OrderStateMachine');
  const firstDefinition = await studio.definition();
  const firstSettings = await settingsOf(page);

  await io.openExport();
  await expect(page.getByTestId('export-keep-imported')).toBeChecked();
  const exported = await io.download();
  const template = parseTemplate(exported.bytes.toString('utf8'));
  expect(Object.keys(template.Resources)).toEqual(expect.arrayContaining(['OrderStateMachine', 'CheckStock', 'OrdersTable']));
  await io.closeDialog();

  await studio.load(helloWorld);
  await io.openImport();
  await page.getByTestId('import-file-input').setInputFiles({ name: 'template.yaml', mimeType: 'application/yaml', buffer: exported.bytes });
  await io.openMachine('OrderStateMachine');
  expect(await studio.definition()).toEqual(firstDefinition);
  const secondSettings = await settingsOf(page);
  expect(secondSettings.substitutions).toEqual(firstSettings.substitutions);
  expect(withoutTemplate(secondSettings)).toEqual(withoutTemplate(firstSettings));
});

test('the imported template survives a reload (workspace autosave) and the export still writes into it', async ({ page, studio }) => {
  const io = new ExportImportPage(page);
  await io.openImport();
  await io.pickFiles([`${IMPORT}/composer-inline.yaml`]);
  await io.openMachine('OrderStateMachine');
  await new WorkspacePage(page).waitSaved();
  await page.reload();
  await studio.ready();
  await new ConfigPage(page).open();
  await expect(page.getByTestId('config-imported')).toContainText('composer-inline.yaml');
  await io.openExport();
  await expect(io.preview()).toContainText('OrdersTable:');
  await page.getByTestId('export-keep-imported').uncheck();
  await expect(io.preview()).not.toContainText('AWS::DynamoDB::Table');
});

test('SAM project zip round trip: a workflow with a test case → Export zip → Import the zip → workflow and case back, Run all passes', async ({ page, studio, health }) => {
  await studio.load(helloWorld, { name: 'greetings' });
  const run = new RunPanelPage(page);
  await run.open();
  await run.typeInput('{"who": "zip"}');
  await run.start();
  await run.expectStatus('SUCCEEDED');
  await page.getByTestId('save-test-case').click();
  const saved = page.getByTestId('saved-test-case');
  await expect(saved).toContainText('Saved as test case');
  const caseName = ((await saved.textContent()) ?? '').replace(/^.*“(.*)”.*$/, '$1');
  await run.tab('tests');
  const cases = page.getByTestId('test-case');
  await expect(cases).toHaveCount(1);

  // Export the SAM project zip: the test file sits beside the definition.
  const io = new ExportImportPage(page);
  await io.openExport();
  await io.choose('export-format-sam');
  await io.choose('export-sam-uri');
  await expect(page.getByTestId('export-file-statemachine/greetings.sfn-test.json')).toBeVisible();
  const file = await io.download();
  expect(file.name).toBe('greetings-sam.zip');
  const entries = unzipSync(new Uint8Array(file.bytes));
  expect(Object.keys(entries).sort()).toEqual(['greetings/README.md', 'greetings/statemachine/greetings.asl.json', 'greetings/statemachine/greetings.sfn-test.json', 'greetings/template.yaml']);
  const suite = JSON.parse(strFromU8(entries['greetings/statemachine/greetings.sfn-test.json']!)) as { workflow: string; stateMachine: string; tests: { name: string; input: unknown }[] };
  expect(suite).toMatchObject({ workflow: '../template.yaml', stateMachine: 'StateMachine' });
  expect(suite.tests.map((t) => [t.name, t.input])).toEqual([[caseName, { who: 'zip' }]]);
  await io.closeDialog();
  // The case goes from the open workflow: what comes back below can only come from the zip.
  await cases.first().getByTestId('test-delete').click();
  await expect(cases).toHaveCount(0);

  // The downloaded zip, chosen in the Import dialog as a user would pick it from their downloads.
  const zipPath = test.info().outputPath(file.name);
  await writeFile(zipPath, file.bytes);
  await io.openImport();
  await io.pickFiles([zipPath]);
  await expect(io.machine('StateMachine')).toContainText('DefinitionUri file');
  await expect(page.getByTestId('import-test-files')).toContainText('statemachine/greetings.sfn-test.json');
  await io.openMachine('StateMachine', 'new');

  // A new workflow: the same definition, its test case back in the Tests tab, and it passes.
  expect(await studio.definition()).toEqual(helloWorld);
  expect((await settingsOf(page)).name).toBe('greetings');
  await run.open();
  await run.tab('tests');
  await expect(cases).toHaveCount(1);
  await expect(cases.first()).toHaveAttribute('data-name', caseName);
  await page.getByTestId('tests-run-all').click();
  await expect(cases.first()).toHaveAttribute('data-state', 'passed');
  await page.screenshot({ path: 'test-results/export-import-zip-tests.png' });
  expect(health.consoleErrors).toEqual([]);
  expect(health.foreignRequests).toEqual([]);
});
