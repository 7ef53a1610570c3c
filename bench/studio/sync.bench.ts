/**
 * Two-way sync latency, debounce excluded.
 * - Code → canvas (200 and 1,000 states): `store.setText` with a changed text, until the canvas
 *   shows it — a field edit that keeps the structure (a Task's Resource: the node's subtitle
 *   changes) and one that adds a state (the new node is laid out and visible).
 * - Canvas → code (1,000 states): an inspector edit (`store.edit` with `setField`) — the
 *   synchronous store update including the minimal text edits, and, with Code mode open, until
 *   Monaco shows the patched text.
 */
import { test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { openStudio, RUNS, writeSamples } from './pages';

const FIRST = 'Step 0.1';
const LAMBDA = '"Resource": "arn:aws:states:::lambda:invoke"';
const OTHER = '"Resource": "arn:aws:states:::sqs:sendMessage"';

async function loadLaidOut(page: Page, n: number): Promise<void> {
  await page.evaluate(async (size) => {
    const canvas = document.querySelector<HTMLElement>('[data-testid="canvas"]')!;
    const before = Number(canvas.dataset['layoutCount'] ?? 0);
    window.__studio!.load(window.__bench!.generate(size));
    await window.__bench!.until(canvas, () => canvas.dataset['layout'] === 'done' && Number(canvas.dataset['layoutCount']) > before && 'done');
  }, n);
}

/** Replaces the first Task's Resource in the code text; resolves when its node's subtitle changes. */
function fieldEdit(page: Page, run: number): Promise<number> {
  return page.evaluate(async ({ first, from, to }) => {
    const studio = window.__studio!;
    const canvas = document.querySelector<HTMLElement>('[data-testid="canvas"]')!;
    const sub = () => canvas.querySelector(`[data-testid="node-${first}"] .sf-sub`)?.textContent ?? '';
    const before = sub();
    const text = studio.getText();
    const next = text.includes(from) ? text.replace(from, to) : text.replace(to, from);
    const t0 = performance.now();
    studio.store.getState().setText(next);
    const t1 = await window.__bench!.until(canvas, () => sub() !== before && 'changed');
    return t1 - t0;
  }, run % 2 === 0 ? { first: FIRST, from: LAMBDA, to: OTHER } : { first: FIRST, from: OTHER, to: LAMBDA });
}

/** Adds a Pass state in front of StartAt through the code text; resolves when it is laid out and visible. */
function structuralEdit(page: Page, run: number): Promise<number> {
  return page.evaluate(async (name) => {
    const studio = window.__studio!;
    const canvas = document.querySelector<HTMLElement>('[data-testid="canvas"]')!;
    const start = studio.getDefinition().StartAt;
    const text = studio.getText()
      .replace(`"StartAt": ${JSON.stringify(start)}`, `"StartAt": ${JSON.stringify(name)}`)
      .replace('"States": {', `"States": {\n    ${JSON.stringify(name)}: { "Type": "Pass", "Next": ${JSON.stringify(start)} },`);
    const t0 = performance.now();
    studio.store.getState().setText(text);
    const t1 = await window.__bench!.until(canvas, () => {
      if (canvas.dataset['layout'] !== 'done') return false;
      const node = canvas.querySelector(`[data-testid="node-${name}"]`)?.closest<HTMLElement>('.react-flow__node');
      return node !== null && node !== undefined && node.style.visibility !== 'hidden' && 'shown';
    });
    return t1 - t0;
  }, `Bench added ${run}`);
}

interface CanvasToCode { editMs: number; setFieldMs: number; textEditsMs: number; monacoMs?: number }

/** Sets a Comment on the first state as the inspector does; with Code mode open, waits for Monaco to show it. */
function inspectorEdit(page: Page, token: string, codeOpen: boolean): Promise<CanvasToCode> {
  return page.evaluate(async ({ first, value, withMonaco }) => {
    const bench = window.__bench!;
    const store = window.__studio!.store;
    const editor = document.querySelector('[data-testid="code-editor"]');
    const { definition, text } = store.getState();
    const parts = bench.patchCost(definition, text, [first], ['Comment'], value);
    const t0 = performance.now();
    store.getState().edit('Set Comment', (def) => bench.setField(def, [first], ['Comment'], value), 'inspector');
    const t1 = performance.now();
    if (!withMonaco || !editor) return { editMs: t1 - t0, ...parts };
    const lines = editor.querySelector('.view-lines');
    const t2 = await bench.until(editor, () => (lines?.textContent?.includes(value) || window.__aslEditor?.value().includes(value)) === true && 'shown');
    return { editMs: t1 - t0, monacoMs: t2 - t0, ...parts };
  }, { first: FIRST, value: token, withMonaco: codeOpen });
}

test('code → canvas and canvas → code', async ({ browser }) => {
  const codeToCanvas: Record<string, { field: number[]; structure: number[] }> = {};
  for (const n of [200, 1000]) {
    const { page, close } = await openStudio(browser);
    await loadLaidOut(page, n);
    const entry: { field: number[]; structure: number[] } = { field: [], structure: [] };
    codeToCanvas[n] = entry;
    for (let run = 0; run < RUNS; run += 1) entry.field.push(await fieldEdit(page, run));
    for (let run = 0; run < RUNS; run += 1) entry.structure.push(await structuralEdit(page, run));
    console.log(`code→canvas ${n}: field ${entry.field.map((v) => v.toFixed(0)).join(', ')} ms; structure ${entry.structure.map((v) => v.toFixed(0)).join(', ')} ms`);
    await close();
  }

  const { page, close } = await openStudio(browser);
  await loadLaidOut(page, 1000);
  const design: CanvasToCode[] = [];
  for (let run = 0; run < RUNS; run += 1) design.push(await inspectorEdit(page, `bench-design-${run}`, false));
  await page.getByTestId('mode-code').click();
  await page.locator('[data-testid="code-editor"] .monaco-editor').waitFor();
  await page.waitForFunction(() => window.__aslEditor !== undefined && window.__aslEditor.value().includes('bench-design-'));
  const code: CanvasToCode[] = [];
  for (let run = 0; run < RUNS; run += 1) code.push(await inspectorEdit(page, `bench-code-${run}`, true));
  console.log(`canvas→code 1000: store ${design.map((s) => s.editMs.toFixed(1)).join(', ')} ms; to Monaco ${code.map((s) => s.monacoMs?.toFixed(1)).join(', ')} ms`);
  await close();

  writeSamples('sync', { runs: RUNS, codeToCanvas, canvasToCode: { states: 1000, design, code } });
});
