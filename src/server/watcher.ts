/**
 * Noticing files changed on disk (a `git checkout`, another editor): `fs.watch` on their folders
 * for a prompt signal, and a stat poll as the fallback where watching is unreliable (network
 * drives, editors that replace files). A change is reported only when the content differs from
 * what the server last read or wrote, so its own atomic writes never echo back.
 */
import { watch, type FSWatcher } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { versionOf } from './workflowText';

interface Known {
  version: string | null;
  stamp: string;
  /** The server is writing the file: what is seen meanwhile is its own write, not a change. */
  busy?: boolean;
}

export class FileWatcher {
  private readonly known = new Map<string, Known>();
  private readonly watchers = new Map<string, FSWatcher>();
  private timer: ReturnType<typeof setInterval> | undefined;
  private checking = false;

  constructor(private readonly onChange: (path: string, version: string | null) => void, pollMs = 250) {
    this.timer = setInterval(() => void this.check(), pollMs);
    this.timer.unref();
  }

  /** Starts following `path`, whose content the server has just seen as `text` (null: missing). */
  track(path: string, text: string | null, stamp = ''): void {
    this.known.set(path, { version: text === null ? null : versionOf(text), stamp });
    const dir = dirname(path);
    if (this.watchers.has(dir)) return;
    try {
      const watcher = watch(dir, { persistent: false }, () => void this.check());
      watcher.on('error', () => undefined);
      this.watchers.set(dir, watcher);
    } catch {
      // the poll covers it
    }
  }

  /**
   * The server wrote `text` to `path`: that is not an outside change. `busy`: it is about to write
   * it (call again without once written), so nothing seen until then is reported.
   */
  wrote(path: string, text: string, busy = false): void {
    const entry = this.known.get(path);
    this.known.set(path, { version: versionOf(text), stamp: busy ? '' : (entry?.stamp ?? ''), ...(busy ? { busy } : {}) });
  }

  async check(): Promise<void> {
    if (this.checking) return;
    this.checking = true;
    try {
      for (const [path, entry] of this.known) {
        if (entry.busy) continue;
        let stamp = 'missing';
        try {
          const info = await stat(path);
          stamp = `${info.mtimeMs}:${info.size}:${info.ino}`;
        } catch {
          // missing
        }
        if (stamp === entry.stamp) continue;
        entry.stamp = stamp;
        let version: string | null = null;
        if (stamp !== 'missing') {
          try {
            version = versionOf(await readFile(path, 'utf8'));
          } catch {
            version = null;
          }
        }
        // Tracked again or written by the server meanwhile: this look is stale, the next one decides.
        if (this.known.get(path) !== entry) continue;
        if (version === entry.version) continue;
        entry.version = version;
        this.onChange(path, version);
      }
    } finally {
      this.checking = false;
    }
  }

  close(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    for (const watcher of this.watchers.values()) watcher.close();
    this.watchers.clear();
  }
}
