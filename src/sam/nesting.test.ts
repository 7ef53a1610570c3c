/** Export and the JSON ⇄ YAML writer refuse a definition nested beyond the limit with a clear error, never a RangeError (issue #16). */
import { describe, expect, it } from 'vitest';
import { loadYaml, serializeDefinition } from '../asl';
import type { StateMachine } from '../asl/types';
import { toSamTemplate } from './index';

function notChain(depth: number): StateMachine {
  let rule: unknown = { Variable: '$.a', IsPresent: true };
  for (let i = 0; i < depth; i++) rule = { Not: rule };
  return { StartAt: 'C', States: { C: { Type: 'Choice', Choices: [{ ...(rule as object), Next: 'E' }], Default: 'E' }, E: { Type: 'Succeed' } } } as unknown as StateMachine;
}

describe('deeply nested definitions', () => {
  it('toSamTemplate and YAML text name the limit for 1,000 nested Not rules', async () => {
    await loadYaml();
    const deep = notChain(1000);
    expect(() => toSamTemplate(deep)).toThrow(/cannot be exported: nested too deeply \(limit 256 levels\) at \$\.States\.C\.Choices\[0\](\.Not)+/);
    expect(() => serializeDefinition(deep, { format: 'yaml' })).toThrow(/nested too deeply \(limit 256 levels\)/);
  });

  it('a definition within the limit still exports', async () => {
    await loadYaml();
    const ok = notChain(200);
    expect(toSamTemplate(ok)).toContain('AWS::Serverless::StateMachine');
    expect(serializeDefinition(ok, { format: 'yaml' })).toContain('Not:');
  });
});
