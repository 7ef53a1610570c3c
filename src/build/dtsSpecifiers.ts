/**
 * Relative specifiers in emitted declaration files, made explicit for Node's ES module resolution.
 * tsc writes the project's extensionless imports (`from './suite'`) into the `.d.ts` files; a
 * TypeScript consumer with `moduleResolution: node16/nodenext` in an ES module cannot follow those
 * (TS2834) and silently sees the package's API as `any`. Node resolution wants `./suite.js`, or
 * `./dir/index.js` for a folder (TypeScript maps each back to the `.d.ts` beside it).
 */

// `from './x'`, `import('./x')` (inline types) and `import './x'` (kept side-effect imports).
const SPECIFIER = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}\/[^'"]*)\2/g;

/**
 * `text` (a `.d.ts`) with each extensionless relative specifier completed; `kindOf(specifier)` says
 * whether it names a declaration file (`./x.d.ts` exists), a folder with an index, or neither.
 */
export function explicitSpecifiers(text: string, kindOf: (specifier: string) => 'file' | 'folder' | undefined): string {
  return text.replace(SPECIFIER, (whole, lead: string, quote: string, specifier: string) => {
    if (/\.(c|m)?js$/.test(specifier)) return whole;
    const kind = kindOf(specifier);
    if (!kind) return whole;
    return `${lead}${quote}${specifier}${kind === 'file' ? '.js' : '/index.js'}${quote}`;
  });
}
