import { describe, expect, it } from 'vitest';
import { explicitSpecifiers } from './dtsSpecifiers';

describe('explicitSpecifiers', () => {
  const kinds: Record<string, 'file' | 'folder'> = { './suite': 'file', '../asl': 'folder', '../asl/types': 'file' };
  const kindOf = (s: string) => kinds[s];

  it('completes files with .js and folders with /index.js, in imports, re-exports and import() types', () => {
    const text = [
      "import type { StateMachine } from '../asl/types';",
      "import './suite';",
      "export * from '../asl';",
      "export { runTestFile } from \"./suite\";",
      "export declare function f(): import('../asl/types').StateMachine;",
    ].join('\n');
    expect(explicitSpecifiers(text, kindOf)).toBe([
      "import type { StateMachine } from '../asl/types.js';",
      "import './suite.js';",
      "export * from '../asl/index.js';",
      "export { runTestFile } from \"./suite.js\";",
      "export declare function f(): import('../asl/types.js').StateMachine;",
    ].join('\n'));
  });

  it('leaves packages, explicit extensions and unknown paths alone', () => {
    const text = "import { Document } from 'yaml';\nexport * from './done.js';\nexport * from './missing';";
    expect(explicitSpecifiers(text, kindOf)).toBe(text);
  });
});
