/**
 * Which files the open server may touch: only paths inside the opened folder (or, when a file was
 * opened, that file and the definition files it names), after normalising and resolving symlinks,
 * so `..`, `%2f` tricks and a symlink pointing outside are all refused.
 */
import { realpath } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';

export class ForbiddenPathError extends Error {
  override readonly name = 'ForbiddenPathError';
}

function inside(base: string, target: string): boolean {
  const rel = relative(base, target);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel) && !rel.split(sep).includes('..'));
}

/** Real path of `target`, or of its nearest existing parent joined with the rest (for a file being created). */
async function realOrParent(target: string): Promise<string> {
  try {
    return await realpath(target);
  } catch {
    const parent = dirname(target);
    if (parent === target) return target;
    return resolve(await realOrParent(parent), target.slice(parent.length + 1));
  }
}

export class PathGuard {
  private constructor(readonly base: string, private readonly allowed: Set<string> | undefined) {}

  /** `opened`: the file or folder given to `asl-studio open`. */
  static async create(opened: string, isFile: boolean): Promise<PathGuard> {
    const real = await realpath(resolve(opened));
    return isFile ? new PathGuard(dirname(real), new Set([real])) : new PathGuard(real, undefined);
  }

  /**
   * Several opened files (`open history.json --definition order.asl.json`): those files only,
   * under the closest folder holding them all.
   */
  static async createForFiles(opened: readonly string[]): Promise<PathGuard> {
    const reals = await Promise.all(opened.map((file) => realpath(resolve(file))));
    let base = dirname(reals[0]!);
    while (!reals.every((real) => inside(base, real)) && dirname(base) !== base) base = dirname(base);
    return new PathGuard(base, new Set(reals));
  }

  /** Lets a definition file named by the opened template through (still inside its folder). */
  async allow(path: string): Promise<void> {
    const real = await this.resolve(path, false);
    this.allowed?.add(real);
  }

  /**
   * The real absolute path of `path` (relative to the base, or absolute).
   * @throws ForbiddenPathError when it leaves the opened folder or is not one of the opened files
   */
  async resolve(path: string, checkAllowed = true): Promise<string> {
    if (path.includes('\0')) throw new ForbiddenPathError('The path contains a NUL character.');
    const absolute = resolve(this.base, path);
    if (!inside(this.base, absolute)) throw new ForbiddenPathError(`"${path}" is outside the opened folder.`);
    const real = await realOrParent(absolute);
    if (!inside(this.base, real)) throw new ForbiddenPathError(`"${path}" leads outside the opened folder (through a symbolic link).`);
    if (checkAllowed && this.allowed && !this.allowed.has(real)) throw new ForbiddenPathError(`"${path}" is not one of the opened files.`);
    return real;
  }

  /** Path relative to the base, with forward slashes (what the API names files by). */
  relativeName(real: string): string {
    return relative(this.base, real).split(sep).join('/');
  }
}
