/**
 * `asl-studio open <file|dir> [--port N] [--host 127.0.0.1] [--no-open] [--state-machine ID]`
 * `asl-studio open <history.json> --definition <file> [--state-machine ID]`:
 * starts the local studio server on the user's files, prints its URL (with the session token),
 * opens the browser, and runs until Ctrl+C. With `--definition`, the recorded execution opens as a
 * run on that workflow, which is editable and saved back to its file.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TemplateReadError } from '../sam';
import { DefinitionOptionError, startOpenServer } from '../server/server';
import { parseArgs, UsageError } from './args';
import type { CliIo } from './cli';

/** The built studio: `$ASL_STUDIO_DIST`, else `dist/` of the package this module belongs to. */
export function findStudioBuild(from: string = dirname(fileURLToPath(import.meta.url))): string | undefined {
  const env = process.env['ASL_STUDIO_DIST'];
  if (env) return existsSync(join(env, 'index.html')) ? env : undefined;
  for (let dir = from; ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      try {
        if ((JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'asl-studio') {
          return existsSync(join(dir, 'dist', 'index.html')) ? join(dir, 'dist') : undefined;
        }
      } catch {
        // keep looking upward
      }
    }
    if (dirname(dir) === dir) return undefined;
  }
}

function openBrowser(url: string): void {
  const [command, args] = process.platform === 'darwin' ? ['open', [url]]
    : process.platform === 'win32' ? ['cmd', ['/c', 'start', '', url]]
      : ['xdg-open', [url]];
  try {
    const child = spawn(command, args as string[], { detached: true, stdio: 'ignore' });
    child.on('error', () => undefined); // no browser opener: the printed URL is enough
    child.unref();
  } catch {
    // same
  }
}

export async function openCommand(argv: string[], io: CliIo): Promise<number> {
  const args = parseArgs(argv, ['port', 'host', 'state-machine', 'definition'], ['no-open']);
  const path = args.positional[0];
  if (!path) throw new UsageError('Missing <file|dir>.');
  if (args.positional.length > 1) throw new UsageError(`One <file|dir> only (got ${args.positional.length}); a history's definition goes after --definition.`);
  const definition = args.flags.get('definition');
  const portFlag = args.flags.get('port');
  const port = typeof portFlag === 'string' ? Number(portFlag) : 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port needs a port number (0-65535).');
  const host = typeof args.flags.get('host') === 'string' ? args.flags.get('host') as string : '127.0.0.1';
  const distDir = findStudioBuild();
  if (!distDir) {
    io.stderr('The studio build (dist/index.html) was not found: run `npm run build` in the asl-studio package, or set ASL_STUDIO_DIST.\n');
    return 1;
  }
  if (!existsSync(path)) {
    io.stderr(`${path}: no such file or folder.\n`);
    return 2;
  }
  const wanted = args.flags.get('state-machine');
  if (typeof definition === 'string') {
    if (!statSync(path).isFile()) throw new UsageError(`--definition goes with a recorded execution file; ${path} is a folder.`);
    if (!existsSync(definition) || !statSync(definition).isFile()) throw new UsageError(`--definition ${definition}: no such file.`);
  }
  let server;
  try {
    server = await startOpenServer({ path, distDir, host, port, ...(typeof definition === 'string' ? { definition: { path: definition, ...(typeof wanted === 'string' ? { stateMachine: wanted } : {}) } } : {}) });
  } catch (error) {
    if (error instanceof DefinitionOptionError) throw new UsageError(error.message);
    const message = error instanceof TemplateReadError ? error.describe() : error instanceof Error ? error.message : String(error);
    io.stderr(`${path}: ${message}\n`);
    return 1;
  }
  let url = server.url;
  if (typeof wanted === 'string' && typeof definition !== 'string') {
    const entry = server.workflows.find((w) => w.logicalId === wanted || w.id === wanted);
    if (!entry) {
      io.stderr(`No state machine '${wanted}' (found: ${server.workflows.map((w) => w.logicalId ?? w.id).join(', ') || 'none'}).\n`);
      await server.close();
      return 2;
    }
    url += `&workflow=${encodeURIComponent(entry.id)}`;
  }
  if (host !== '127.0.0.1' && host !== 'localhost' && host !== '::1') {
    io.stderr(`Warning: listening on ${host}; anyone who can reach it and has the URL can edit these files.\n`);
  }
  const broken = server.workflows.filter((w) => w.error);
  io.stdout(`ASL Studio: ${server.workflows.length} workflow(s) under ${path}${broken.length ? ` (${broken.length} cannot be opened)` : ''}\n`);
  for (const w of broken) io.stderr(`  ${w.id}: ${w.error}\n`);
  io.stdout(`${url}\n`);
  if (!args.flags.has('no-open')) openBrowser(url);
  await new Promise<void>((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void server.close().then(done);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  return 0;
}
