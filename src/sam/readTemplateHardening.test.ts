/**
 * readTemplate keeps its contract — a TemplateReadError with a location, never a raw
 * ReferenceError or RangeError — and fails fast on alias bombs and deep documents (issue #16).
 */
import { describe, expect, it } from 'vitest';
import { TemplateReadError } from './errors';
import { readTemplate } from './readTemplate';

function readError(text: string): TemplateReadError {
  try {
    readTemplate(text);
  } catch (e) {
    expect(e).toBeInstanceOf(TemplateReadError);
    return e as TemplateReadError;
  }
  throw new Error('readTemplate accepted the file');
}

describe('readTemplate hardening', () => {
  it('refuses a billion-laughs file with a located TemplateReadError', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const error = readError(lines.join('\n'));
    expect(error.message).toMatch(/aliases expand the document to [\d,]+ values/);
    expect(error.location?.line).toBe(2);
  });

  it('refuses a 400 KB template that references a 200,000-item list 900 times, fast', () => {
    const list = `items: &big [${Array(200_000).fill('1').join(',')}]`;
    const refs = Array.from({ length: 900 }, (_, i) => `r${i}: *big`).join('\n');
    const text = `${list}\nResources:\n  X:\n    Type: AWS::Serverless::StateMachine\n    Properties:\n      Definition: {StartAt: A, States: {A: {Type: Succeed}}}\n${refs}\n`;
    expect(text.length).toBeGreaterThan(400_000);
    expect(readError(text).message).toMatch(/alias bomb/);
  }, 120_000);

  it('refuses an ASL YAML bomb and a self-referencing alias', () => {
    const bomb = `StartAt: A\nStates:\n  A:\n    Type: Pass\n    Result: &r0 [1,1,1,1,1,1,1,1]\n${Array.from({ length: 8 }, (_, i) => `    R${i + 1}: &r${i + 1} [*r${i},*r${i},*r${i},*r${i},*r${i},*r${i},*r${i},*r${i}]`).join('\n')}\n    End: true\n`;
    expect(readError(bomb).message).toMatch(/alias bomb|not valid YAML/);
    expect(readError('a: &x\n  - *x\n').code).toBe('not-yaml');
  });

  it('refuses a document nested 100,000 deep without a RangeError', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(readError(deep).code).toBe('not-yaml');
  });

  it('still reads ordinary anchors and aliases', () => {
    const text = 'StartAt: A\nStates:\n  A:\n    Type: Pass\n    Result: &r {x: 1}\n    Parameters: {copy: *r}\n    End: true\n';
    expect(readTemplate(text).stateMachines[0]?.definition.States.A).toMatchObject({ Result: { x: 1 } });
  });
});
