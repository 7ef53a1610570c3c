/** Test helper: a CLI io over in-memory files that collects what the CLI prints. */
import type { CliIo } from '../cli';

export function memoryIo(files: Record<string, string>): { io: CliIo; out(): string; err(): string } {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readFile: async (p) => {
      if (!(p in files)) throw new Error(`ENOENT: ${p}`);
      return files[p]!;
    },
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}
