/**
 * Shared plumbing of the studio benchmarks: fresh pages on the two bench servers with the
 * `window.__bench` hooks injected, the run count, and where raw samples are written.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { STUDIO_PORT, VIEWER_PORT } from './ports';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const hooksFile = `${repo}dist-bench-hooks/hooks.js`;

/** Runs per figure (medians are taken over them); BENCH_RUNS overrides. */
export const RUNS = Math.max(1, Number(process.env['BENCH_RUNS'] ?? 5));

let hooksSource: string | undefined;
function hooks(): string {
  if (!existsSync(hooksFile)) {
    execFileSync('node_modules/.bin/vite', ['build', '-c', 'bench/studio/vite.hooks.config.ts'], { cwd: repo, stdio: 'inherit' });
  }
  return (hooksSource ??= readFileSync(hooksFile, 'utf8'));
}

export interface BenchPage {
  page: Page;
  close(): Promise<void>;
}

async function open(browser: Browser, url: string): Promise<{ context: BrowserContext; page: Page }> {
  // The bench hooks are injected as an inline script, which the built app's CSP refuses by design.
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, bypassCSP: true });
  const page = await context.newPage();
  page.on('pageerror', (err) => console.warn(`[page error] ${String(err)}`));
  await page.goto(url);
  await page.addScriptTag({ content: hooks() });
  return { context, page };
}

/** The built studio in a fresh browser context, its first document laid out. */
export async function openStudio(browser: Browser): Promise<BenchPage> {
  const { context, page } = await open(browser, `http://127.0.0.1:${STUDIO_PORT}/`);
  await page.waitForFunction(() => window.__studio !== undefined && window.__bench !== undefined);
  await page.waitForFunction(() => document.querySelector('[data-testid="canvas"]')?.getAttribute('data-layout') === 'done');
  return { page, close: () => context.close() };
}

/** The asl-viewer bench page in a fresh browser context. */
export async function openViewer(browser: Browser): Promise<BenchPage> {
  const { context, page } = await open(browser, `http://127.0.0.1:${VIEWER_PORT}/`);
  await page.waitForFunction(() => window.__viewer !== undefined && window.__bench !== undefined);
  return { page, close: () => context.close() };
}

/** Writes one spec's raw samples to bench/results/studio-<name>.json (bench/run.mjs aggregates). */
export function writeSamples(name: string, data: unknown): void {
  mkdirSync(`${repo}bench/results`, { recursive: true });
  writeFileSync(`${repo}bench/results/studio-${name}.json`, `${JSON.stringify(data, null, 2)}\n`);
}
