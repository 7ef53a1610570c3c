/**
 * Golden files: the exact text of a few exports. Regenerate after an intended change with
 * `UPDATE_GOLDEN=1 npx vitest run src/sam/golden.test.ts` and review the diff. Without the flag a
 * missing golden file fails the test (it is never written silently).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { StateMachine } from '../asl/types';
import { buildSamTemplate } from './buildTemplate';
import type { SamExportOptions } from './settings';
import { readFixture } from './testing';
import { fixturePath, fixtureTarget } from '../testing/fixturePaths';

const UPDATE = process.env.UPDATE_GOLDEN === '1';
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
        // A missing golden fails (fixturePath throws) unless UPDATE_GOLDEN=1 asks to write it.
        if (UPDATE) {
          const full = fixtureTarget('sam', 'golden', path);
          mkdirSync(dirname(full), { recursive: true });
          writeFileSync(full, text);
        }
        expect(text, path).toBe(readFileSync(fixturePath('sam', 'golden', path), 'utf8'));
      }
    });
  }
});
