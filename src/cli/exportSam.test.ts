import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCfnYaml, readTemplate } from '../sam';
import { runExportSam, type ExportSamIo } from './exportSam';

const fixtures = resolve(import.meta.dirname, '../../fixtures/sam');
const fixture = (...p: string[]) => readFileSync(join(fixtures, ...p), 'utf8');

/** In-memory files and captured output. */
function memoryIo(files: Record<string, string>) {
  const out = { stdout: '', stderr: '', written: {} as Record<string, string> };
  const io: ExportSamIo = {
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
    readFile: async (p) => {
      const text = files[p];
      if (text === undefined) throw new Error(`ENOENT: ${p}`);
      return text;
    },
    writeFile: async (p, t) => void (out.written[p] = t),
  };
  return { io, out };
}

type Template = { Resources: Record<string, { Type: string; Properties: Record<string, unknown> }> };

const orderFlow = fixture('definitions', 'order-flow.asl.json');

describe('asl-studio export-sam', () => {
  it('prints a SAM template for an ASL file', async () => {
    const { io, out } = memoryIo({ 'flow.asl.json': orderFlow });
    expect(await runExportSam(['flow.asl.json', '--name', 'OrderFlow', '--type', 'EXPRESS'], io)).toBe(0);
    const template = parseCfnYaml(out.stdout) as Template;
    expect(template.Resources.StateMachine?.Type).toBe('AWS::Serverless::StateMachine');
    expect(template.Resources.StateMachine?.Properties).toMatchObject({ Name: 'OrderFlow', Type: 'EXPRESS' });
  });

  it('writes the template with -o, and the project files with --definition-uri', async () => {
    const { io, out } = memoryIo({ 'flow.asl.json': orderFlow });
    expect(await runExportSam(['flow.asl.json', '--definition-uri', '--name', 'order', '-o', 'out/template.yaml'], io)).toBe(0);
    const paths = Object.keys(out.written).map((p) => p.replace(`${resolve('out')}/`, 'out/'));
    expect(paths.sort()).toEqual(['out/README.md', 'out/statemachine/order.asl.json', 'out/template.yaml']);
    expect(out.written['out/template.yaml']).toContain('DefinitionUri: statemachine/order.asl.json');
  });

  it('plain CloudFormation with --cloudformation and stand-in resources', async () => {
    const { io, out } = memoryIo({ 'flow.asl.json': orderFlow });
    expect(await runExportSam(['flow.asl.json', '--cloudformation', '--placeholder-resources'], io)).toBe(0);
    const template = parseCfnYaml(out.stdout) as Template;
    expect(template.Resources.StateMachine?.Type).toBe('AWS::StepFunctions::StateMachine');
    expect(template.Resources.CheckStockFunction?.Type).toBe('AWS::Serverless::Function');
  });

  it('re-exports a template with its settings, reading the DefinitionUri file next to it', async () => {
    const { io, out } = memoryIo({
      'app/template.yaml': fixture('import', 'stock-trader', 'template.yaml'),
      'app/statemachine/stock_trader.asl.json': fixture('import', 'stock-trader', 'statemachine', 'stock_trader.asl.json'),
    });
    expect(await runExportSam(['app/template.yaml'], io)).toBe(0);
    const again = readTemplate(out.stdout).stateMachines[0];
    expect(again?.logicalId).toBe('StockTradingStateMachine');
    expect(again?.settings.events).toHaveProperty('HourlyTradingSchedule');
    expect(again?.definition.StartAt).toBe('Check Stock Value');
    // The functions and table of the original template are still there.
    expect(out.stdout).toContain('StockCheckerFunction:');
  });

  it('applies a settings file', async () => {
    const settings = JSON.stringify({ tracing: true, logging: { level: 'ALL' }, tags: { team: 'x' } });
    const { io, out } = memoryIo({ 'flow.asl.json': orderFlow, 's.json': settings });
    expect(await runExportSam(['flow.asl.json', '--settings', 's.json'], io)).toBe(0);
    expect(out.stdout).toContain('Enabled: true');
    expect(out.stdout).toContain('StateMachineLogGroup');
  });

  it('exit 1 with the reason for an unreadable template or an invalid workflow', async () => {
    const { io, out } = memoryIo({
      'bad.yaml': 'Resources:\n  F:\n    Type: AWS::SNS::Topic\n',
      'invalid.json': '{"StartAt":"Missing","States":{"A":{"Type":"Pass","End":true}}}',
    });
    expect(await runExportSam(['bad.yaml'], io)).toBe(1);
    expect(out.stderr).toContain('no state machine');
    expect(await runExportSam(['invalid.json'], io)).toBe(1);
    expect(out.stderr).toMatch(/error \w+/);
  });

  it('exit 2 for usage errors', async () => {
    const { io, out } = memoryIo({ 'flow.asl.json': orderFlow });
    expect(await runExportSam([], io)).toBe(2);
    expect(await runExportSam(['flow.asl.json', '--type', 'FAST'], io)).toBe(2);
    expect(await runExportSam(['flow.asl.json', '--definition-uri'], io)).toBe(2);
    expect(await runExportSam(['flow.asl.json', '--bogus'], io)).toBe(2);
    expect(await runExportSam(['missing.json'], io)).toBe(2);
    expect(out.stderr).toContain('Usage: asl-studio export-sam');
  });
});
