import { describe, expect, it } from 'vitest';
import { locateNearestYamlPath, locateYamlPath, yamlPathAtOffset } from './yamlPaths';

const TEXT = 'StartAt: A # first\nStates:\n  A:\n    Type: Pass\n    Retry:\n      - ErrorEquals: [States.ALL]\n    End: true\n';
const slice = (r: { offset: number; length: number } | undefined) => (r ? TEXT.slice(r.offset, r.offset + r.length) : undefined);

describe('YAML paths', () => {
  it('locates values, keys and properties', () => {
    expect(slice(locateYamlPath(TEXT, ['StartAt']))).toBe('A');
    expect(slice(locateYamlPath(TEXT, ['States', 'A', 'Type'], 'key'))).toBe('Type');
    expect(slice(locateYamlPath(TEXT, ['States', 'A', 'Retry', 0, 'ErrorEquals', 0]))).toBe('States.ALL');
    expect(slice(locateYamlPath(TEXT, ['States', 'A'], 'property'))).toMatch(/^A:\n {4}Type: Pass[\s\S]*End: true$/);
  });

  it('falls back to the nearest ancestor', () => {
    expect(slice(locateNearestYamlPath(TEXT, ['States', 'A', 'Missing', 'Deeper']))).toBe('A');
    expect(locateYamlPath(TEXT, ['Nope'])).toBeUndefined();
  });

  it('maps offsets to paths', () => {
    expect(yamlPathAtOffset(TEXT, TEXT.indexOf('Pass'))).toEqual(['States', 'A', 'Type']);
    expect(yamlPathAtOffset(TEXT, TEXT.indexOf('States.ALL') + 1)).toEqual(['States', 'A', 'Retry', 0, 'ErrorEquals', 0]);
    expect(yamlPathAtOffset('not: [valid', 3)).toEqual(['not']);
  });
});
