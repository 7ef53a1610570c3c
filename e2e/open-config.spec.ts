/**
 * `asl-studio open template.yaml` on a YAML SAM project with comments: a rename in the inspector
 * and Config-mode settings are written back into the user's files, and `git diff` of each file
 * shows only the lines that changed (comments, tags and layout kept).
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { buildCli, startOpen, type OpenServer } from './openServer';
import { CanvasPage } from './pages/Canvas';
import { ConfigPage } from './pages/Config';

const cliPort = Number(process.env['E2E_PORT'] ?? 4173) + 1001;

test.use({ baseURL: `http://127.0.0.1:${cliPort}` });

const TEMPLATE = `# Orders: a SAM project as its team keeps it
Transform: AWS::Serverless-2016-10-31

Resources:
  OrderFlow:
    Type: AWS::Serverless::StateMachine
    Properties:
      DefinitionUri: statemachine/order.asl.yaml   # the workflow
      DefinitionSubstitutions:
        TopicArn: arn:aws:sns:us-east-1:123456789012:orders   # prod topic
      Type: STANDARD
      Policies:
        - SNSPublishMessagePolicy: { TopicName: orders }
`;
const ORDER = `# Order flow: check, notify
Comment: Order flow
StartAt: Check   # entry point
States:
  # --- checks ---
  Check:
    Type: Pass
    Next: Notify   # always notify
  Notify:
    Type: Task
    Resource: arn:aws:states:::sns:publish
    Parameters:
      TopicArn: \${TopicArn}
      Message: done
    End: true
`;

/** `-`/`+` lines between two texts (same line count: changed lines pair up). */
function changedLines(before: string, after: string): string[] {
  const a = before.split('\n');
  const b = after.split('\n');
  if (a.length !== b.length) return [`line count ${a.length} → ${b.length}`, ...b.filter((l) => !a.includes(l)).map((l) => `+${l}`)];
  return a.flatMap((line, i) => (line === b[i] ? [] : [`-${line}`, `+${b[i]}`]));
}

let project: string;
let server: OpenServer | undefined;
let url = '';
let libDir = '';

test.beforeAll(async () => {
  test.setTimeout(300_000);
  libDir = await buildCli(cliPort);
  project = await mkdtemp(join(tmpdir(), 'asl-open-config-'));
  await mkdir(join(project, 'statemachine'));
  await writeFile(join(project, 'template.yaml'), TEMPLATE);
  await writeFile(join(project, 'statemachine', 'order.asl.yaml'), ORDER);
  server = await startOpen(libDir, join(project, 'template.yaml'), cliPort);
  url = server.url;
});

test.afterAll(async () => {
  server?.stop();
  if (project) await rm(project, { recursive: true, force: true });
});

test('a commented YAML project: a rename and Config-mode settings are saved as exactly those lines', async ({ page, studio, health }) => {
  const canvas = new CanvasPage(page);
  const config = new ConfigPage(page);
  const aslFile = join(project, 'statemachine', 'order.asl.yaml');
  const templateFile = join(project, 'template.yaml');

  await page.goto(url);
  await studio.ready();
  await expect(page.getByTestId('file-path')).toHaveText('statemachine/order.asl.yaml');
  await canvas.waitForLayout();
  expect(await studio.text()).toBe(ORDER);

  // Rename a state in the inspector, key by key, and save: the YAML file keeps every comment.
  await canvas.select('Check');
  const name = page.getByTestId('inspector-name');
  await name.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Verify');
  await page.keyboard.press('Enter');
  await expect(canvas.node('Verify')).toBeVisible();
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('file-dirty')).toHaveText('');
  expect(changedLines(ORDER, await readFile(aslFile, 'utf8'))).toEqual([
    '-StartAt: Check   # entry point', '+StartAt: Verify   # entry point',
    '-  Check:', '+  Verify:',
  ]);
  expect(await readFile(templateFile, 'utf8')).toBe(TEMPLATE);

  // Config mode shows the template's settings; changing them marks the document dirty.
  await config.open();
  await expect(config.field('type-STANDARD')).toBeChecked();
  await expect(page.getByTestId('config-section-permissions')).toContainText('Generate a role — SAM creates it from the policies below (Policies in template.yaml)');
  await expect(config.substitutionValue('TopicArn')).toHaveValue('arn:aws:sns:us-east-1:123456789012:orders');
  await config.choose('type', 'EXPRESS');
  await expect(page.getByTestId('file-dirty')).toHaveText('●');
  const topic = config.substitutionValue('TopicArn');
  await topic.click();
  await page.keyboard.press('End');
  await page.keyboard.type('-v2');
  await page.keyboard.press('Enter');
  await page.screenshot({ path: 'test-results/open-config-settings.png' });
  expect(await readFile(templateFile, 'utf8')).toBe(TEMPLATE);

  // Save: the template changes in exactly those two lines; the definition file is not touched again.
  const aslBefore = await readFile(aslFile, 'utf8');
  await page.getByTestId('file-save').click();
  await expect(page.getByTestId('file-dirty')).toHaveText('');
  expect(changedLines(TEMPLATE, await readFile(templateFile, 'utf8'))).toEqual([
    '-        TopicArn: arn:aws:sns:us-east-1:123456789012:orders   # prod topic', '+        TopicArn: arn:aws:sns:us-east-1:123456789012:orders-v2   # prod topic',
    '-      Type: STANDARD', '+      Type: EXPRESS',
  ]);
  expect(await readFile(aslFile, 'utf8')).toBe(aslBefore);

  // Reload: the settings come back from the template on disk.
  await page.reload();
  await studio.ready();
  await config.open();
  await expect(config.field('type-EXPRESS')).toBeChecked();
  await expect(config.substitutionValue('TopicArn')).toHaveValue('arn:aws:sns:us-east-1:123456789012:orders-v2');
  await expect(page.getByTestId('file-dirty')).toHaveText('');

  expect(health.consoleErrors).toEqual([]);
  expect(health.foreignRequests).toEqual([]);
});

test('the template\'s settings change on disk under unsaved Config-mode edits: the user chooses (diff, then keep mine)', async ({ page, studio, health }) => {
  const config = new ConfigPage(page);
  const templateFile = join(project, 'template.yaml');
  const before = await readFile(templateFile, 'utf8');
  const mineType = before.includes('Type: EXPRESS') ? 'STANDARD' : 'EXPRESS';
  const theirType = mineType === 'STANDARD' ? 'EXPRESS' : 'STANDARD';

  await page.goto(url);
  await studio.ready();
  await config.open();
  await config.choose('type', mineType);
  await expect(page.getByTestId('file-dirty')).toHaveText('●');

  // Another editor changes the substitution in the template (a git pull, a teammate's edit).
  const theirs = before.replace(/(TopicArn: arn:aws:sns:us-east-1:123456789012:orders)[\w-]*/, '$1-from-git');
  expect(theirs).not.toBe(before);
  await writeFile(templateFile, theirs);
  const dialog = page.getByTestId('file-conflict');
  await expect(dialog).toContainText('The settings of OrderFlow in template.yaml changed on disk while you have unsaved Config-mode settings here.');
  // Nothing was taken or written silently.
  await expect(config.field(`type-${mineType}`)).toBeChecked();
  expect(await readFile(templateFile, 'utf8')).toBe(theirs);

  await page.getByTestId('file-show-diff').click();
  const diff = page.getByTestId('file-settings-diff');
  await expect(diff).toContainText(`"type": "${theirType}"`);
  await expect(diff).toContainText(`"type": "${mineType}"`);
  await expect(diff).toContainText('orders-from-git');
  await page.screenshot({ path: 'test-results/open-config-settings-conflict.png' });

  // Keep mine: my settings are written over theirs, in place (comments kept).
  await page.getByTestId('file-keep-mine').click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('file-dirty')).toHaveText('');
  const written = await readFile(templateFile, 'utf8');
  expect(written).toContain(`      Type: ${mineType}\n`);
  expect(written).not.toContain('orders-from-git');
  expect(written).toContain('# prod topic');
  expect(written).toContain('# the workflow');

  expect(health.consoleErrors).toEqual([]);
  expect(health.foreignRequests).toEqual([]);
});

/** A plain CloudFormation stack: the role is a resource of the template, the definition inline. */
const CFN_TEMPLATE = `AWSTemplateFormatVersion: "2010-09-09"
Description: Orders (plain CloudFormation)

Resources:
  OrderRole:   # execution role
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - { Effect: Allow, Principal: { Service: states.amazonaws.com }, Action: sts:AssumeRole }

  OrderMachine:
    Type: AWS::StepFunctions::StateMachine
    Properties:
      RoleArn: !GetAtt OrderRole.Arn   # the role above
      Definition:
        StartAt: Check
        States:
          Check: { Type: Pass, End: true }
`;

test.describe('a plain CloudFormation template', () => {
  const port = cliPort + 5;
  test.use({ baseURL: `http://127.0.0.1:${port}` });
  let dir = '';
  let running: OpenServer | undefined;
  test.beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'asl-open-cfn-'));
    await writeFile(join(dir, 'template.yaml'), CFN_TEMPLATE);
    running = await startOpen(libDir, join(dir, 'template.yaml'), port);
  });
  test.afterAll(async () => {
    running?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  test('Config mode says where each setting goes; tracing and an alias are written as CloudFormation resources, the rest kept', async ({ page, studio, health }) => {
    const config = new ConfigPage(page);
    const templateFile = join(dir, 'template.yaml');
    await page.goto(running!.url);
    await studio.ready();
    await config.open();
    const note = page.getByTestId('config-cloudformation-note');
    await expect(note).toContainText('OrderMachine in template.yaml is a plain CloudFormation AWS::StepFunctions::StateMachine');
    await expect(note).toContainText('policies, permissions boundary and role path on its role resource OrderRole');
    await expect(note).toContainText('not events: they are a SAM feature');
    // Permissions says what is true of this template: the role is its resource OrderRole, the policies go there.
    const permissions = page.getByTestId('config-section-permissions');
    await expect(page.getByTestId('config-role-mode-generate')).toBeChecked();
    await expect(permissions).toContainText('Role resource OrderRole — the AWS::IAM::Role in template.yaml that RoleArn names; Save writes the policies below into its inline policies and managed policy ARNs');
    await expect(permissions).toContainText('by its ARN: RoleArn then names it instead of OrderRole');
    await expect(permissions).not.toContainText('SAM');
    await permissions.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/open-config-cloudformation-permissions.png' });

    await config.field('tracing').check();
    await config.field('alias').click();
    await page.keyboard.type('live');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('file-dirty')).toHaveText('●');
    await page.screenshot({ path: 'test-results/open-config-cloudformation.png' });
    await page.keyboard.press('Control+s');
    await expect(page.getByTestId('file-dirty')).toHaveText('');
    await expect(page.getByTestId('file-notice')).toHaveCount(0);

    const written = await readFile(templateFile, 'utf8');
    // Only additions: every line of the user's template is still there, comments and flow maps included.
    expect(changedLines(CFN_TEMPLATE, written).filter((l) => l.startsWith('-'))).toEqual([]);
    expect(written.startsWith(CFN_TEMPLATE.slice(0, CFN_TEMPLATE.indexOf('      Definition:')))).toBe(true);
    expect(written).toContain('      TracingConfiguration:\n        Enabled: true\n');
    expect(written).toContain('Type: AWS::StepFunctions::StateMachineVersion');
    expect(written).toMatch(/Type: AWS::StepFunctions::StateMachineAlias\n\s+Properties:\n\s+Name: live/);
    expect(health.consoleErrors).toEqual([]);
    expect(health.foreignRequests).toEqual([]);
  });
});
