/**
 * `asl-studio open` for the e2e specs: the CLI built once per spec into test-results/, started on
 * a file or folder with the e2e build of the studio, and the URL (with its token) it prints.
 */
import { execFile, spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { test } from './fixtures';

export interface OpenServer {
  url: string;
  stop(): void;
}

/** Builds the library (CLI included) for a spec using `port`; returns its folder. */
export async function buildCli(port: number): Promise<string> {
  const libDir = resolve(`test-results/open-lib-${port}`);
  await promisify(execFile)('npx', ['vite', 'build', '-c', 'vite.lib.config.ts', '--outDir', libDir, '--logLevel', 'warn'], { maxBuffer: 1 << 24 });
  return libDir;
}

/** Starts `asl-studio open <target> --no-open --port <port> [...args]` and resolves with the URL it prints. */
export function startOpen(libDir: string, target: string, port: number, args: readonly string[] = []): Promise<OpenServer> {
  const server = spawn(process.execPath, [join(libDir, 'cli', 'main.js'), 'open', target, '--no-open', '--port', String(port), ...args], {
    env: { ...process.env, ASL_STUDIO_DIST: resolve(process.env['E2E_OUT_DIR'] ?? 'dist') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = () => {
    if (server.pid) process.kill(server.pid, 'SIGTERM');
  };
  return new Promise<OpenServer>((done, fail) => {
    let out = '';
    let err = '';
    server.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = /^(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)$/m.exec(out);
      if (found) done({ url: found[1]!, stop });
    });
    server.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    server.on('exit', (code) => fail(new Error(`asl-studio open exited (${code}): ${out}${err}`)));
  });
}

/** A project in a temp folder and the URL `asl-studio open` serves it on (set once beforeAll ran). */
export interface OpenedProject {
  dir: string;
  url: string;
}

/**
 * For the tests of one spec file: writes `files` (path in the project → text) into a new temp
 * folder, starts `asl-studio open <entry>` on it before the tests, and stops it and removes the
 * folder after them.
 */
export function openProjectForSpec(port: number, prefix: string, files: Readonly<Record<string, string>>, entry: string): OpenedProject {
  const project: OpenedProject = { dir: '', url: '' };
  let server: OpenServer | undefined;
  test.beforeAll(async () => {
    test.setTimeout(300_000);
    const libDir = await buildCli(port);
    project.dir = await mkdtemp(join(tmpdir(), prefix));
    for (const [path, text] of Object.entries(files)) {
      await mkdir(dirname(join(project.dir, path)), { recursive: true });
      await writeFile(join(project.dir, path), text);
    }
    server = await startOpen(libDir, join(project.dir, entry), port);
    project.url = server.url;
  });
  test.afterAll(async () => {
    server?.stop();
    if (project.dir) await rm(project.dir, { recursive: true, force: true });
  });
  return project;
}
