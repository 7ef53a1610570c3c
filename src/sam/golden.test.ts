/**
 * Golden files: the exact text of a few exports. Regenerate after an intended change with
 * `UPDATE_GOLDEN=1 npx vitest run src/sam/golden.test.ts` and review the diff.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StateMachine } from '../asl/types';
import { buildSamTemplate } from './buildTemplate';
import type { SamExportOptions } from './settings';
import { FIXTURES, readFixture } from './testing';

const GOLDEN = join(FIXTURES, 'sam', 'golden');
const definition = (name: string) => JSON.parse(readFixture('sam', 'definitions', name)) as StateMachine;

const CASES: [string, string, SamExportOptions][] = [
  ['order-flow.sam.yaml', 'order-flow.asl.json', { name: 'OrderFlow', logging: { level: 'ALL', includeExecutionData: true }, tracing: true, tags: { app: 'shop' } }],
  ['order-flow.cfn.yaml', 'order-flow.asl.json', { format: 'cloudformation', name: 'OrderFlow', type: 'STANDARD', logging: { level: 'ERROR' } }],
  ['order-flow-project', 'order-flow.asl.json', { definitionMode: 'uri', name: 'order-flow', autoPublishAlias: 'live' }],
  ['nested-distributed.resources.yaml', 'nested-distributed.asl.json', { generatePlaceholderResources: true, name: 'Files', type: 'STANDARD' }],
];

describe('golden exports', () => {
  for (const [golden, source, options] of CASES) {
    it(golden, () => {
      const out = buildSamTemplate(definition(source), options);
      const files: Record<string, string> = golden.endsWith('.yaml')
        ? { [golden]: out.files['template.yaml'] as string }
        : Object.fromEntries(Object.entries(out.files).map(([p, t]) => [join(golden, p), t]));
      for (const [path, text] of Object.entries(files)) {
        const full = join(GOLDEN, path);
        if (process.env.UPDATE_GOLDEN || !existsSync(full)) {
          mkdirSync(dirname(full), { recursive: true });
          writeFileSync(full, text);
        }
        expect(text, path).toBe(readFileSync(full, 'utf8'));
      }
    });
  }
});
