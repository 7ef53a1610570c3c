import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromWire, nameFor, readImport, settingsFor, stateCount, toWire } from './importModel';
import { readImportOffThread } from './readImportOffThread';
import { TemplateReadError } from '../../sam';

const file = (path: string) => ({ name: path.slice(path.lastIndexOf('/') + 1), text: readFileSync(path, 'utf8') });
const stockTemplate = file('fixtures/sam/import/stock-trader/template.yaml');
const stockAsl = file('fixtures/sam/import/stock-trader/statemachine/stock_trader.asl.json');

describe('readImport', () => {
  it('opens a SAM template with its DefinitionUri file, in either order', () => {
    for (const sources of [[stockTemplate, stockAsl], [stockAsl, stockTemplate]]) {
      const outcome = readImport(sources);
      expect(outcome.ok).toBe(true);
      if (!outcome.ok) continue;
      expect(outcome.fileName).toBe('template.yaml');
      expect(outcome.result.stateMachines.map((m) => m.logicalId)).toEqual(['StockTradingStateMachine']);
    }
  });

  it('reports the missing DefinitionUri file instead of opening nothing', () => {
    const outcome = readImport([stockTemplate]);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.reason).toMatch(/stock_trader\.asl\.json/);
    expect(outcome.where).toContain('DefinitionUri');
    expect(outcome.missingFiles).toEqual(['statemachine/stock_trader.asl.json']);
  });

  it('a plain ASL file opens as one state machine', () => {
    const outcome = readImport([stockAsl]);
    expect(outcome.ok && outcome.result.kind).toBe('asl');
  });

  it('lists skipped state machines with their reason', () => {
    const outcome = readImport([file('fixtures/sam/import/mixed.yaml')]);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.result.stateMachines.map((m) => m.logicalId)).toEqual(['Local']);
    expect(outcome.result.skipped.map((s) => s.logicalId)).toEqual(['Remote']);
    expect(outcome.result.skipped[0]?.error.message).toMatch(/S3/);
  });

  it('explains broken YAML with its line', () => {
    const outcome = readImport([{ name: 'pasted text', text: 'Resources:\n  A: [unclosed\n' }]);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.reason.length).toBeGreaterThan(10);
    expect(outcome.where).toMatch(/line \d+/);
  });

  it('explains a template without state machines and an empty import', () => {
    const none = readImport([{ name: 't.yaml', text: 'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n' }]);
    expect(none.ok ? '' : none.reason).toMatch(/AWS::SQS::Queue/);
    expect(readImport([]).ok).toBe(false);
  });
});

describe('stateCount', () => {
  it('counts nested states', () => {
    expect(stateCount({ States: { P: { Type: 'Parallel', Branches: [{ States: { A: {}, B: {} } }] }, M: { ItemProcessor: { States: { C: {} } } } } })).toBe(5);
  });
});

describe('an import read in a worker', () => {
  const template = [
    'Resources:',
    '  Good:',
    '    Type: AWS::StepFunctions::StateMachine',
    '    Properties:',
    '      Definition: { StartAt: A, States: { A: { Type: Succeed } } }',
    '  Bad:',
    '    Type: AWS::StepFunctions::StateMachine',
    '    Properties: {}',
  ].join('\n');

  it('crosses structured clone with its skipped errors intact (class, code, location)', () => {
    const outcome = readImport([{ name: 't.yaml', text: template }]);
    const back = fromWire(structuredClone(toWire(outcome)));
    expect(back).toEqual(outcome);
    if (!back.ok) throw new Error('expected an outcome');
    const [skipped] = back.result.skipped;
    expect(skipped?.error).toBeInstanceOf(TemplateReadError);
    expect(skipped?.error.location?.path).toEqual(['Resources', 'Bad', 'Properties']);
  });

  it('reads in this thread where no worker can start, and Cancel drops the result', async () => {
    expect(await readImportOffThread([{ name: 't.yaml', text: template }], null).result).toMatchObject({ ok: true });
    const job = readImportOffThread([{ name: 't.yaml', text: template }], null);
    job.cancel();
    expect(await job.result).toBeUndefined();
  });
});

describe('the settings an imported state machine opens with', () => {
  const template = (name?: string) => {
    const props = `      Definition: { StartAt: A, States: { A: { Type: Pass, End: true } } }${name ? `\n      Name: ${name}` : ''}`;
    const outcome = readImport([{ name: 'template.yaml', text: `Resources:\n  Flow:\n    Type: AWS::Serverless::StateMachine\n    Properties:\n${props}\n` }]);
    if (!outcome.ok) throw new Error(outcome.reason);
    return { machine: outcome.result.stateMachines[0]!, result: outcome.result };
  };

  it('replacing the open workflow keeps its name when the template names none (never "Untitled workflow")', () => {
    const { machine, result } = template();
    expect(settingsFor(machine, result, 'template.yaml', { name: 'Orders', type: 'STANDARD' }).name).toBe('Orders');
    expect(nameFor(machine, result, 'template.yaml')).toBe('Flow');
  });

  it('the template\'s own Name wins, and a new entry has no name to keep', () => {
    const named = template('Payments');
    expect(settingsFor(named.machine, named.result, 'template.yaml', { name: 'Orders' }).name).toBe('Payments');
    const { machine, result } = template();
    expect(settingsFor(machine, result, 'template.yaml', {}).name).toBeUndefined();
  });

  it('a bare ASL file keeps the current settings, without an imported template', () => {
    const outcome = readImport([stockAsl]);
    if (!outcome.ok) throw new Error(outcome.reason);
    const machine = outcome.result.stateMachines[0]!;
    expect(settingsFor(machine, outcome.result, stockAsl.name, { name: 'Orders', importedTemplate: {} })).toEqual({ name: 'Orders' });
    expect(nameFor(machine, outcome.result, 'dir/stock_trader.asl.json')).toBe('stock_trader');
  });
});
