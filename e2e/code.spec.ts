import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { CodeView } from './pages/CodeView';
import { CanvasPage } from './pages/Canvas';
import type { StateMachine } from '../src/asl/types';

const MONACO_CHUNK = /AslEditor|editor\.api|editor\.worker|json\.worker|jsonMode|codicon/;
const outDir = process.env['E2E_OUT_DIR'] ?? 'dist';
const figures: Record<string, unknown> = {};

// Hand-written text: a comment and a 3-space indentation the serializer would never produce.
const HAND_WRITTEN = `{
   // Orders: written by hand, keep this comment
   "Comment": "demo",
   "StartAt": "Receive",
   "States": {
      "Receive": {
         "Type": "Pass",
         "Next": "Ship"
      },
      "Ship": {
         "Type": "Pass",
         "End": true
      }
   }
}
`;

const TWO_STATES = `{
  "StartAt": "A",
  "States": {
    "A": {
      "Type": "Pass",
      "End": true
    }
  }
}
`;

async function openStudio(page: Page, studio: { ready(): Promise<void> }) {
  await page.goto('/');
  await studio.ready();
}

test.afterAll(() => {
  if (Object.keys(figures).length === 0) return;
  // Merged into the file: a failed test restarts the worker, and each worker records its own figures.
  const file = 'test-results/figures/code-e2e.json';
  const previous = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  mkdirSync('test-results/figures', { recursive: true });
  writeFileSync(file, `${JSON.stringify({ ...previous, measuredAt: new Date().toISOString(), browser: 'chromium', ...figures }, null, 2)}\n`);
});

test('the first paint does not download Monaco; Code mode does', async ({ page, health, studio }) => {
  const scripts: string[] = [];
  page.on('request', (req) => {
    // Main-thread scripts only: worker scripts (ELK) start after the first paint, from an effect.
    if (req.url().endsWith('.js') && !/worker/i.test(req.url())) scripts.push(new URL(req.url()).pathname);
  });
  await openStudio(page, studio);
  await page.waitForLoadState('networkidle');
  const initial = [...scripts];
  expect(initial.filter((s) => MONACO_CHUNK.test(s))).toEqual([]);
  // Gzip size of the JavaScript loaded before Code mode (the initial bundle; bench/bundle-size.mjs
  // computes the same from the build's static import graph).
  const gzip = initial.reduce((sum, path) => sum + gzipSync(readFileSync(`${outDir}${path}`), { level: 9 }).length, 0);
  figures['initialJsGzipBytes'] = gzip;
  figures['initialJsFiles'] = initial;
  console.log(`initial JavaScript: ${initial.length} files, ${(gzip / 1024).toFixed(1)} KB gzip (target < 200 KB; Monaco: 0 bytes)`);

  const code = new CodeView(page);
  await code.open();
  expect(scripts.some((s) => MONACO_CHUNK.test(s))).toBe(true);
  expect(health.consoleErrors).toEqual([]);
  expect(health.foreignRequests).toEqual([]);
});

test('typing a new state adds its node to the graph, wired from the state before', async ({ page, health, studio }) => {
  await openStudio(page, studio);
  await studio.load(TWO_STATES);
  const code = new CodeView(page);
  await code.open();
  await expect(code.node(code.graph, 'A')).toBeVisible();

  // Re-wire A: replace `"End": true` with `"Next": "B"` …
  let text = await code.value();
  const end = text.indexOf('"End": true');
  await code.deleteRange(end, end + '"End": true'.length);
  await code.typeAt(end, '"Next":"B"');
  // … and add B after A. The closing brace is typed: it overtypes Monaco's auto-closed one, or is inserted.
  text = await code.value();
  const afterA = text.indexOf('}', text.indexOf('"Next":"B"')) + 1;
  await code.typeAt(afterA, ',"B":{"Type":"Succeed"}');
  await code.waitSynced();

  await expect(code.node(code.graph, 'B')).toBeVisible();
  await expect(code.edge(code.graph, 'A->next:0->B')).toBeAttached();
  await expect(code.notice).toBeHidden();
  const definition = await studio.definition();
  expect(definition.States['A']).toMatchObject({ Type: 'Pass', Next: 'B' });
  expect(definition.States['B']).toEqual({ Type: 'Succeed' });
  // The editor's own text was never rewritten: what is in the editor is what the store holds.
  expect(await code.value()).toBe(await studio.text());
  expect(health.consoleErrors).toEqual([]);
});

test('an inspector rename patches one span of the code; comment and indentation survive; undo works across views', async ({ page, health, studio }) => {
  await openStudio(page, studio);
  await studio.load(HAND_WRITTEN);
  const code = new CodeView(page);
  await code.openSidePanel();
  expect(await code.value()).toBe(HAND_WRITTEN);

  await page.evaluate(() => window.__studio!.store.getState().select(['Ship']));
  const name = page.getByTestId('inspector-name');
  await name.fill('Dispatch');
  await name.press('Enter');
  await expect.poll(() => code.value()).toContain('"Dispatch"');

  const after = await code.value();
  const before = HAND_WRITTEN.split('\n');
  const lines = after.split('\n');
  expect(lines).toHaveLength(before.length);
  const changed = lines.flatMap((line, i) => (line === before[i] ? [] : [i]));
  // Exactly the reference and the key changed (one span: lines 8–10); every other byte is the user's.
  expect(changed.map((i) => lines[i])).toEqual(['         "Next": "Dispatch"', '      "Dispatch": {']);
  expect(after).toContain('   // Orders: written by hand, keep this comment\n');
  expect(after).toBe(await studio.text());

  // Studio undo (toolbar) puts the original text back byte for byte; redo re-applies.
  await page.getByTestId('undo').click();
  await expect.poll(() => code.value()).toBe(HAND_WRITTEN);
  await page.getByTestId('redo').click();
  await expect.poll(() => code.value()).toBe(after);

  // With focus in the editor, Ctrl+Z is the editor's undo, and the document follows it.
  await code.select(0);
  await page.keyboard.press('ControlOrMeta+z');
  await expect.poll(() => code.value()).toBe(HAND_WRITTEN);
  await code.waitSynced();
  await expect.poll(async () => Object.keys((await studio.definition()).States)).toEqual(['Receive', 'Ship']);
  // The canvas and the inspector follow the editor's undo.
  const canvas = new CanvasPage(page);
  await canvas.waitForLayout();
  // Clear the selection first: it still names "Dispatch", which the undo removed (see report).
  await canvas.root.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await canvas.select('Ship');
  await expect(name).toHaveValue('Ship');
  await expect.poll(async () => (await code.selection()).text).toBe('"Ship"');
  expect(health.consoleErrors).toEqual([]);
});

test('broken JSON shows a notice and markers while the graph keeps the last valid version', async ({ page, health, studio }) => {
  await openStudio(page, studio);
  await studio.load(TWO_STATES);
  const code = new CodeView(page);
  await code.open();
  await expect(code.node(code.graph, 'A')).toBeVisible();

  // A new state without the comma before it: a syntax error.
  const text = await code.value();
  const afterA = text.indexOf('}', text.indexOf('"End": true')) + 1;
  await code.typeAt(afterA, ' "C":{"Type":"Succeed"}');
  await code.waitSynced();
  await expect(code.notice).toBeVisible();
  await expect(code.notice).toContainText('Code has errors');
  await expect(code.status).toHaveAttribute('data-valid', 'false');
  await expect.poll(async () => (await code.markers()).filter((m) => m.owner === 'asl-studio' && m.severity === 8).length).toBeGreaterThan(0);
  await expect(code.editor.locator('.squiggly-error').first()).toBeAttached();
  await expect(code.node(code.graph, 'A')).toBeVisible();
  await expect(code.node(code.graph, 'C')).toHaveCount(0);
  expect(Object.keys((await studio.definition()).States)).toEqual(['A']);

  // Switching modes still works, and the broken text comes back with Code mode.
  await page.getByTestId('mode-design').click();
  await expect(page.getByTestId('mode-design')).toHaveAttribute('aria-selected', 'true');
  await code.open();
  expect(await code.value()).toBe(await studio.text());
  await expect(code.notice).toBeVisible();

  // Fix it: the graph follows.
  await code.typeAt(afterA, ',');
  await code.waitSynced();
  await expect(code.notice).toBeHidden();
  await expect(code.node(code.graph, 'C')).toBeVisible();
  await expect.poll(async () => (await code.markers()).filter((m) => m.owner === 'asl-studio' && m.severity === 8).length).toBe(0);
  expect(health.consoleErrors).toEqual([]);
});

test('selecting a node selects its state in the editor, and the cursor selects nodes', async ({ page, health, studio }) => {
  await openStudio(page, studio);
  await studio.load(HAND_WRITTEN);
  const code = new CodeView(page);
  await code.open();

  await code.node(code.graph, 'Ship').click();
  await expect.poll(async () => (await code.selection()).text).toBe('"Ship"');
  await expect(code.editor.locator('.asl-state-highlight').first()).toBeAttached();

  // Cursor into Receive's body → the Receive node is selected (and the editor keeps its cursor).
  const offset = HAND_WRITTEN.indexOf('"Type"', HAND_WRITTEN.indexOf('"Receive": {')) + 2;
  await code.select(offset);
  await expect.poll(() => page.evaluate(() => window.__studio!.store.getState().selection)).toEqual(['Receive']);
  const selection = await code.selection();
  expect(selection.start).toBe(offset);
  expect(health.consoleErrors).toEqual([]);
});

test('JSON ⇄ YAML switch and Format Document', async ({ page, health, studio }) => {
  await openStudio(page, studio);
  await studio.load(TWO_STATES);
  const code = new CodeView(page);
  await code.open();
  await page.getByTestId('code-format-yaml').click();
  await expect.poll(() => code.value()).toContain('StartAt: A');
  expect(await page.evaluate(() => window.__aslEditor!.language())).toBe('yaml');
  await page.getByTestId('code-format-json').click();
  await expect.poll(() => code.value()).toContain('"StartAt": "A"');

  // Squash the text onto one line by typing, then Format Document restores an indented layout.
  const squashed = '{"StartAt":"A","States":{"A":{"Type":"Pass","End":true}}}';
  await page.evaluate((t) => window.__studio!.load(t), squashed);
  await expect.poll(() => code.value()).toBe(squashed);
  await page.getByTestId('code-format-document').click();
  await expect.poll(() => code.value()).toContain('\n');
  await code.waitSynced();
  expect((await studio.definition()).States['A']).toEqual({ Type: 'Pass', End: true });
  expect(health.consoleErrors).toEqual([]);
});

test('ASL language support: state-name completion, state snippets, schema errors and hover docs', async ({ page, health, studio }) => {
  await openStudio(page, studio);
  await studio.load(`{
  "StartAt": "A",
  "States": {
    "A": {
      "Type": "Pass",
      "Next": "B"
    },
    "B": {
      "Type": "Succeed"
    }
  }
}
`);
  const code = new CodeView(page);
  await code.open();
  const suggestions = page.locator('.monaco-editor .suggest-widget');

  // Next: "|" + Ctrl+Space offers the state names of the scope.
  let text = await code.value();
  const target = text.indexOf('"B"', text.indexOf('"Next"')) + 1;
  await code.deleteRange(target, target + 1);
  await page.keyboard.press('Control+Space');
  await expect(suggestions.getByRole('listitem', { name: /^A,/ })).toBeVisible();
  await expect(suggestions.getByRole('listitem', { name: /^B,/ })).toBeVisible();
  await suggestions.getByRole('listitem', { name: /^A,/ }).click();
  await expect.poll(() => code.value()).toContain('"Next": "A"');

  // A new state from a snippet, at a property-key position of States.
  text = await code.value();
  const afterB = text.lastIndexOf('}', text.lastIndexOf('}', text.lastIndexOf('}') - 1) - 1) + 1;
  await code.typeAt(afterB, ',');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Space');
  // Typed without a space: a space ends the word Monaco filters on, and the list it reopens may put another item first.
  await page.keyboard.type('Wait');
  const waitSnippet = suggestions.getByRole('listitem', { name: /^Wait state/ });
  await expect(waitSnippet).toBeVisible();
  await waitSnippet.click();
  await page.keyboard.press('Escape');
  await code.waitSynced();
  await expect.poll(async () => Object.values((await studio.definition()).States).map((s) => s.Type)).toContain('Wait');

  // A value the schema rejects is a schema error (Monaco's JSON service, red).
  text = await code.value();
  const succeed = text.indexOf('Succeed');
  await code.deleteRange(succeed, succeed + 'Succeed'.length);
  await page.keyboard.type('Bogus');
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await code.markers()).some((m) => m.owner === 'json' && m.severity === 8)).toBe(true);

  // Hover over a key shows the schema's documentation.
  await code.editor.locator('.view-line span', { hasText: '"StartAt"' }).first().hover();
  await expect(page.locator('.monaco-hover').filter({ hasText: 'name of a state' }).first()).toBeVisible();
  expect(health.consoleErrors).toEqual([]);
});

function chain(n: number): StateMachine {
  const States: StateMachine['States'] = {};
  for (let i = 1; i <= n; i++) States[`S${i}`] = i < n ? { Type: 'Pass', Next: `S${i + 1}` } : { Type: 'Succeed' };
  return { StartAt: 'S1', States };
}

test('figure: keystroke (after the debounce) to updated graph, 200 states', async ({ page, studio }) => {
  // Five rounds of typing into a 200-state document, each laid out by ELK: on a loaded 2-core
  // machine this alone took over the default 60 s.
  test.slow();
  await openStudio(page, studio);
  await studio.load(chain(200));
  const code = new CodeView(page);
  await code.open();
  const graphCanvas = page.locator('[data-testid="code-graph"] [data-testid="canvas"]');
  await expect(page.locator('[data-testid="code-graph"] [data-testid="canvas"][data-layout="done"]')).toBeAttached();
  const nodesBefore = Number(await graphCanvas.getAttribute('data-node-count'));

  const rounds: { graph: number; drawn: number; layoutMs: number }[] = [];
  for (let round = 1; round <= 5; round++) {
    const name = `New${round}`;
    // Phases, from the moment the editor hands its text to the store (the debounce has fired):
    // `graph` = the canvas rendered the new graph (its node count changed), `drawn` = the new node
    // is laid out (ELK, in its worker) and in the DOM.
    await page.evaluate((id) => {
      const store = window.__studio!.store;
      const canvas = document.querySelector<HTMLElement>('[data-testid="code-graph"] [data-testid="canvas"]')!;
      const countBefore = canvas.dataset['nodeCount'];
      const w = window as unknown as { __syncLatency?: Promise<{ graph: number; drawn: number; layoutMs: number }> };
      w.__syncLatency = new Promise((resolve) => {
        let t0 = 0;
        let graph = 0;
        const check = () => {
          if (t0 === 0) return;
          const now = performance.now();
          if (graph === 0 && canvas.dataset['nodeCount'] !== countBefore) graph = now - t0;
          if (graph > 0 && canvas.querySelector(`[data-testid="node-${id}"]`) && canvas.dataset['layout'] === 'done') {
            observer.disconnect();
            resolve({ graph, drawn: now - t0, layoutMs: Number(canvas.dataset['layoutMs'] ?? NaN) });
          }
        };
        const observer = new MutationObserver(check);
        // t0 = the debounced setText call itself, so parsing the text is part of the figure.
        const setText = store.getState().setText;
        store.setState({
          setText: (text: string) => {
            const started = performance.now();
            setText(text);
            if (store.getState().definition.States[id]) {
              t0 = started;
              store.setState({ setText });
            }
          },
        });
        observer.observe(canvas, { childList: true, subtree: true, attributes: true });
      });
    }, name);
    const text = await code.value();
    await code.typeAt(text.indexOf('"States": {') + '"States": {'.length, `"${name}":{"Type":"Succeed"},`);
    rounds.push(await page.evaluate(() => (window as unknown as { __syncLatency: Promise<{ graph: number; drawn: number; layoutMs: number }> }).__syncLatency));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const round1 = (x: number) => Number(x.toFixed(1));
  const figure = {
    graphRenderedMedianMs: round1(median(rounds.map((r) => r.graph))),
    nodeDrawnMedianMs: round1(median(rounds.map((r) => r.drawn))),
    layoutMedianMs: round1(median(rounds.map((r) => r.layoutMs))),
    rounds: rounds.map((r) => ({ graph: round1(r.graph), drawn: round1(r.drawn), layoutMs: r.layoutMs })),
  };
  figures['syncLatency200States'] = figure;
  console.log(`keystroke (after debounce) → canvas rendered the new graph, 200 states: median ${figure.graphRenderedMedianMs} ms (target < 50 ms)`);
  console.log(`keystroke (after debounce) → new node laid out and drawn: median ${figure.nodeDrawnMedianMs} ms (ELK layout alone: ${figure.layoutMedianMs} ms)`);
  console.log(JSON.stringify(figure.rounds));
  // A benchmark, not a timed test (DESIGN.md): the figure is recorded, the test checks the sync happened:
  // the five typed states are in the document and drawn, each as one more node of the code view's graph.
  const names = ['New1', 'New2', 'New3', 'New4', 'New5'];
  expect(Object.keys((await studio.definition()).States)).toEqual(expect.arrayContaining(names));
  for (const name of names) await expect(graphCanvas.getByTestId(`node-${name}`)).toBeAttached();
  await expect(graphCanvas).toHaveAttribute('data-node-count', String(nodesBefore + names.length));
  for (const round of rounds) expect(round.drawn).toBeGreaterThanOrEqual(round.graph);
});
