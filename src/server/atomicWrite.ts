/**
 * Writing a file so a crash never leaves half of it: the text goes to a temporary file in the same
 * folder (same file system), which is then renamed over the target in one step. A read-only target
 * is refused before anything is written (rename would otherwise replace it).
 */
import { access, chmod, constants, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

export class ReadOnlyFileError extends Error {
  override readonly name = 'ReadOnlyFileError';
}

export async function writeFileAtomic(path: string, text: string): Promise<void> {
  let mode: number | undefined;
  try {
    const info = await stat(path);
    mode = info.mode & 0o777;
    // No write bit means read-only even to root (whose access() check always passes).
    if ((mode & 0o222) === 0) throw Object.assign(new Error('read-only'), { code: 'EACCES' });
    await access(path, constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM') throw new ReadOnlyFileError(`${basename(path)} is read-only; your edits are kept in the studio (make the file writable and save again).`);
    if (code !== 'ENOENT') throw error;
  }
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, text, { encoding: 'utf8', flag: 'wx' });
    if (mode !== undefined) await chmod(temp, mode);
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}
