import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { StateMachine, WorkflowSettings } from '../src/asl/types';
import { test, expect } from './fixtures';
import { ConfigPage } from './pages/Config';

const fixture = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as StateMachine;
const orderFlow = fixture('fixtures/sam/definitions/order-flow.asl.json');
const placeholders = fixture('fixtures/sam/definitions/existing-placeholders.asl.json');
const helloWorld = fixture('fixtures/asl/hello-world.asl.json');

const settingsOf = (page: Page) => page.evaluate(() => window.__studio!.store.getState().settings as WorkflowSettings);
const undoCount = (page: Page) => page.evaluate(() => window.__studio!.store.getState().history.past.length);

test.beforeEach(async ({ page, studio }) => {
  await page.goto('/');
  await studio.ready();
});

test('details: the name is validated like AWS names, each committed change is one undo step', async ({ page, studio, health }) => {
  await studio.load(orderFlow, { name: 'orders' });
  const config = new ConfigPage(page);
  await config.open();

  await config.fill('name', 'Order flow!');
  await expect(config.error('name')).toContainText('letters, digits, - and _');
  expect((await settingsOf(page)).name).toBe('orders');

  const before = await undoCount(page);
  await config.fill('name', 'order-flow');
  await expect(page.getByTestId('workflow-name')).toHaveText('order-flow');
  await expect(config.error('name')).toHaveCount(0);
  expect(await undoCount(page)).toBe(before + 1);

  // Express cannot wait for a task token: the conflicting state is named.
  await config.choose('type', 'EXPRESS');
  await expect(page.getByTestId('config-express-conflicts')).toContainText('WaitForApproval');
  expect((await settingsOf(page)).type).toBe('EXPRESS');

  await page.getByTestId('undo').click();
  await expect(config.field('type-STANDARD')).toBeChecked();
  await page.getByTestId('undo').click();
  await expect(config.field('name')).toHaveValue('orders');
  expect(health.consoleErrors).toEqual([]);
});

test('definition fields edit the ASL itself', async ({ page, studio }) => {
  await studio.load(helloWorld);
  const config = new ConfigPage(page);
  await config.open();
  await config.fill('comment', 'Greets the world');
  await config.fill('timeout', 'soon');
  await expect(config.error('timeout')).toBeVisible();
  await config.fill('timeout', '300');
  await config.choose('query-language', 'JSONata');
  await expect.poll(async () => (await studio.definition()).TimeoutSeconds).toBe(300);
  const definition = await studio.definition();
  expect(definition.Comment).toBe('Greets the world');
  expect(definition.QueryLanguage).toBe('JSONata');
  expect(await studio.text()).toContain('"TimeoutSeconds": 300');
  await config.choose('query-language', 'JSONPath');
  await expect.poll(async () => (await studio.definition()).QueryLanguage).toBeUndefined();
});

test('logging, tracing and permissions: the policy preview follows the settings', async ({ page, studio }) => {
  await studio.load(orderFlow, { name: 'orders' });
  const config = new ConfigPage(page);
  await config.open();
  await expect(config.policiesPreview()).toContainText('LambdaInvokePolicy');
  await expect(config.policiesPreview()).toContainText('DynamoDBCrudPolicy');
  await expect(config.policiesPreview()).not.toContainText('xray:PutTraceSegments');

  await config.field('tracing').check();
  await expect(config.policiesPreview()).toContainText('xray:PutTraceSegments');
  await config.choose('log-level', 'ERROR');
  await expect(config.policiesPreview()).toContainText('logs:CreateLogDelivery');
  await config.field('log-execution-data').check();
  await config.fill('log-group', 'bad name');
  await expect(config.error('log-group')).toBeVisible();
  await config.fill('log-group', '/aws/vendedlogs/states/orders');
  await expect.poll(async () => (await settingsOf(page)).logging).toEqual({ level: 'ERROR', includeExecutionData: true, logGroupName: '/aws/vendedlogs/states/orders' });
  expect((await settingsOf(page)).tracing).toBe(true);

  await page.getByTestId('config-policies-view-iam').click();
  await expect(config.policiesPreview()).toContainText('lambda:InvokeFunction');

  await config.choose('role-mode', 'role');
  await config.fill('role-arn', 'arn:aws:iam::1234:role/x');
  await expect(config.error('role-arn')).toContainText('12-digit');
  await config.fill('role-arn', 'arn:aws:iam::123456789012:role/OrdersRole');
  await expect.poll(async () => (await settingsOf(page)).roleArn).toBe('arn:aws:iam::123456789012:role/OrdersRole');
  await config.choose('role-mode', 'generate');
  await expect.poll(async () => (await settingsOf(page)).roleArn).toBeUndefined();
  await expect(config.policiesPreview()).toBeVisible();
});

test('substitutions, tags and alias', async ({ page, studio }) => {
  await studio.load(placeholders, { substitutions: { Unused: 'x' } });
  const config = new ConfigPage(page);
  await config.open();
  await expect(config.substitution('CheckFunctionArn')).toContainText('parameter without default');
  await expect(page.getByTestId('config-sub-unused-Unused')).toBeVisible();
  // The concrete topic ARN becomes a placeholder on export.
  await expect(page.getByTestId('config-created')).toContainText('arn:aws:sns:us-east-1:123456789012:ledger');

  await config.fill('sub-value-CheckFunctionArn', '!GetAtt [broken');
  await expect(config.error('sub-value-CheckFunctionArn')).toBeVisible();
  await config.fill('sub-value-CheckFunctionArn', '!GetAtt CheckFunction.Arn');
  await config.fill('sub-value-LedgerTable', 'ledger');
  await page.getByTestId('config-sub-remove-Unused').click();
  await expect.poll(async () => (await settingsOf(page)).substitutions).toEqual({ CheckFunctionArn: { 'Fn::GetAtt': ['CheckFunction', 'Arn'] }, LedgerTable: 'ledger' });
  await expect(config.policiesPreview()).toContainText('!GetAtt CheckFunction.Arn');

  await expect(page.getByTestId('config-tags-empty')).toBeVisible();
  await config.addTag('team', 'payments');
  await config.field('tag-new-key').fill('aws:reserved');
  await config.field('tag-add').click();
  await expect(page.getByTestId('config-tag-error')).toContainText('reserved');
  await config.fill('alias', '42');
  await expect(config.error('alias')).toBeVisible();
  await config.fill('alias', 'live');
  await expect.poll(async () => {
    const s = await settingsOf(page);
    return [s.tags, s.autoPublishAlias];
  }).toEqual([{ team: 'payments' }, 'live']);
});

test('empty states explain what to do', async ({ page, studio }) => {
  await studio.load(helloWorld);
  const config = new ConfigPage(page);
  await config.open();
  await expect(page.getByTestId('config-substitutions-empty')).toBeVisible();
  await expect(page.getByTestId('config-created-empty')).toBeVisible();
  await expect(page.getByTestId('config-policies-empty')).toBeVisible();
  await expect(page.getByTestId('config-tags-empty')).toBeVisible();
});
