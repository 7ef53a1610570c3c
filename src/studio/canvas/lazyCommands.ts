/**
 * The canvas commands (commands.ts and the asl/edits they run, ~6 KB gzip) are needed only once the
 * user edits, so they load after the first paint: `preloadCommands` starts the download when the
 * studio is idle, and `withCommands` runs a command at once when they are there (the usual case by
 * the time a person acts) or as soon as they arrive.
 */
import type { CommandResult } from './commands';

export type Commands = typeof import('./commands');

let loaded: Commands | undefined;
let loading: Promise<Commands> | undefined;

export function loadCommands(): Promise<Commands> {
  loading ??= import('./commands').then((m) => (loaded = m));
  return loading;
}

/** Starts loading the commands when the page is idle (after the first paint). */
export function preloadCommands(): void {
  const idle = (globalThis as { requestIdleCallback?: (f: () => void) => void }).requestIdleCallback;
  if (idle) idle(() => void loadCommands());
  else setTimeout(() => void loadCommands(), 0);
}

/** Runs `command` with the commands (now when loaded) and hands its result to `report`. */
export function withCommands(command: (c: Commands) => CommandResult | void, report?: (result: CommandResult) => void): void {
  const run = (c: Commands) => {
    const result = command(c);
    if (result && report) report(result);
  };
  if (loaded) run(loaded);
  else void loadCommands().then(run);
}
