/**
 * Reading a text file for the CLI, refusing what is not a workflow file before reading it all:
 * directories, devices and pipes (`/dev/zero` never ends), files over {@link MAX_FILE_BYTES},
 * and binary content; a UTF-8 byte-order mark is dropped and UTF-16 (with its BOM) decoded, as
 * the browser's file import does.
 */
import { open } from 'node:fs/promises';

/** The largest file the CLI reads (a workflow or template is kilobytes; the app's import allows the same). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/**
 * A file that cannot be used, with a one-line reason. `content`: the file exists but is not a
 * workflow text (binary, not UTF-8, too big) — a bad file (exit 1), not a bad invocation (2).
 */
export class FileReadError extends Error {
  constructor(
    message: string,
    readonly content = false,
  ) {
    super(message);
  }
}

function codeOf(e: unknown): string | undefined {
  return e && typeof e === 'object' && 'code' in e ? String((e as { code: unknown }).code) : undefined;
}

/** Text of bytes read from a file: BOMs honoured, binary refused. */
export function decodeText(bytes: Uint8Array, path: string): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.subarray(0, 8192).includes(0)) throw new FileReadError(`'${path}' looks like a binary file (it holds NUL bytes), not JSON or YAML text.`, true);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new FileReadError(`'${path}' is not UTF-8 text.`, true);
  }
}

/** Reads a regular file of at most MAX_FILE_BYTES as text. */
export async function readTextFile(path: string): Promise<string> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (e) {
    const code = codeOf(e);
    throw new FileReadError(code === 'ENOENT' ? `'${path}' does not exist.` : code === 'EACCES' ? `'${path}' cannot be read (permission denied).` : `'${path}' cannot be read (${code ?? String(e)}).`);
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new FileReadError(`'${path}' is a directory, not a file.`);
    if (!info.isFile()) throw new FileReadError(`'${path}' is not a regular file.`);
    if (info.size > MAX_FILE_BYTES) throw new FileReadError(`'${path}' is ${(info.size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1024 / 1024} MB.`, true);
    return decodeText(await handle.readFile(), path);
  } finally {
    await handle.close();
  }
}
