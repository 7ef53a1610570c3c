import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { isZip, sourcesOfZip } from './importZip';

const project = zipSync({
  'orders/template.yaml': strToU8('Resources: {}\n'),
  'orders/statemachine/orders.asl.json': strToU8('{"StartAt": "A"}'),
  'orders/statemachine/orders.sfn-test.json': strToU8('{"tests": []}'),
  'orders/README.md': strToU8('# read me'),
});

describe('a project zip in the Import dialog', () => {
  it('gives its templates, definitions and test files, without the folder they all sit in', () => {
    expect(isZip(project)).toBe(true);
    expect(isZip(strToU8('Resources: {}'))).toBe(false);
    expect(sourcesOfZip('orders-sam.zip', project, 1 << 20)).toEqual({
      sources: [
        { name: 'statemachine/orders.asl.json', text: '{"StartAt": "A"}' },
        { name: 'statemachine/orders.sfn-test.json', text: '{"tests": []}' },
        { name: 'template.yaml', text: 'Resources: {}\n' },
      ],
    });
  });

  it('refuses a zip that unpacks too large, a broken one, and one with nothing to read', () => {
    const big = zipSync({ 'a.json': new Uint8Array(4096).fill(32) });
    expect(sourcesOfZip('big.zip', big, 1000)).toEqual({ problem: 'big.zip unpacks to more than 0.0 MB of templates and definitions; it is not read.' });
    expect(sourcesOfZip('cut.zip', project.slice(0, 40), 1 << 20)).toMatchObject({ problem: expect.stringMatching(/^cut\.zip is not a readable zip: /) });
    expect(sourcesOfZip('docs.zip', zipSync({ 'README.md': strToU8('x') }), 1 << 20)).toEqual({ problem: 'docs.zip holds no template, definition or test file (.json, .yaml, .yml, .template).' });
  });
});
