/**
 * A project zip chosen in the Import dialog (the SAM project zip the Export dialog downloads, or
 * one like it): its template, definition and test files become the dialog's sources. Pure; the
 * dialog passes the bytes. The unpacked size is bounded before anything is inflated.
 */
import { strFromU8, unzipSync } from 'fflate';
import type { ImportSource } from './importModel';

/** What a zip entry must be to be read: a template, a definition or a test file (not READMEs, images, code). */
const READ = /\.(json|ya?ml|template)$/i;

/** "PK\x03\x04" (a local file header) or "PK\x05\x06" (an empty archive). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6));
}

/** The entries' paths without the one folder they all sit in (`orders/template.yaml` → `template.yaml`). */
function withoutCommonFolder(names: string[]): (name: string) => string {
  const first = /^[^/]+\//.exec(names[0] ?? '')?.[0];
  if (!first || names.some((n) => !n.startsWith(first))) return (name) => name;
  return (name) => name.slice(first.length);
}

export type ZipSources = { sources: ImportSource[] } | { problem: string };

/** The readable files of the zip `name` as import sources, or why it cannot be read. */
export function sourcesOfZip(name: string, bytes: Uint8Array, maxBytes: number): ZipSources {
  let unpacked = 0;
  let tooBig = false;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (file) => {
        if (file.name.endsWith('/') || !READ.test(file.name)) return false;
        unpacked += file.originalSize;
        if (unpacked > maxBytes) tooBig = true;
        return !tooBig;
      },
    });
  } catch (error) {
    return { problem: `${name} is not a readable zip: ${(error as Error).message}` };
  }
  if (tooBig) return { problem: `${name} unpacks to more than ${(maxBytes / 2 ** 20).toFixed(1)} MB of templates and definitions; it is not read.` };
  const names = Object.keys(entries).sort();
  if (names.length === 0) return { problem: `${name} holds no template, definition or test file (.json, .yaml, .yml, .template).` };
  const short = withoutCommonFolder(names);
  return { sources: names.map((n) => ({ name: short(n), text: strFromU8(entries[n]!) })) };
}
