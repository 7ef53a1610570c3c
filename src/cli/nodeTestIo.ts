/**
 * Node's file system for `asl-studio test`: atomic writes, directory walks, watching files
 * (fs.watch per file), Ctrl-C ends a watch session, real timers.
 */
import { watch } from 'node:fs';
import { readdir, rename, stat, writeFile } from 'node:fs/promises';
import type { TestIo } from './testCommand';

export function nodeTestIo(): TestIo {
  return {
    async writeFile(path, text) {
      const temp = `${path}.${process.pid}.tmp`;
      await writeFile(temp, text, 'utf8');
      await rename(temp, path);
    },
    async stat(path) {
      try {
        const s = await stat(path);
        return s.isDirectory() ? 'dir' : s.isFile() ? 'file' : undefined;
      } catch {
        return undefined;
      }
    },
    readDir: (path) => readdir(path),
    watch(paths, onChange) {
      const watchers = paths.flatMap((p) => {
        try {
          return [watch(p, () => onChange())];
        } catch {
          return [];
        }
      });
      return { close: () => watchers.forEach((w) => w.close()) };
    },
    // A getter: listening to SIGINT turns off Node's default exit, so only a watch session does.
    get stopped() {
      return new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
    },
    setTimer: (fn, ms) => void setTimeout(fn, ms),
  };
}
