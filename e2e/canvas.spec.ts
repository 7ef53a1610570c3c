import { mkdirSync, writeFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { CanvasPage } from './pages/Canvas';
import { PalettePage } from './pages/Palette';
import { generateDefinition } from '../src/graph/testing/generate';
import type { StateMachine } from '../src/asl/types';

test.describe('canvas', () => {
  test.beforeEach(async ({ page, studio }) => {
    await page.goto('/');
    await studio.ready();
    await new CanvasPage(page).waitForLayout();
  });

  test('renders the sample with one node per state, markers and every transition', async ({ page, health }) => {
    const canvas = new CanvasPage(page);
    await expect(canvas.stateNodes()).toHaveCount(6);
    await expect(canvas.root.locator('.react-flow__node-marker')).toHaveCount(2);
    // start, next, catch, choice, default, next, end ×3
    await expect(canvas.edges()).toHaveCount(9);
    await expect(canvas.node('Check stock')).toContainText('Lambda: Invoke');
    await expect(canvas.node('Charge card')).toContainText('DynamoDB: PutItem');
    await expect(canvas.edge('In stock?->default:0->Out of stock')).toHaveCount(1);
    await expect(page.getByTestId('edge-label-Check stock->catch:0->Order failed')).toHaveText('States.ALL');
    await expect(page.getByTestId('edge-label-In stock?->choice:0->Charge card')).toContainText('$states.input.inStock = true');
    expect(health.consoleErrors).toEqual([]);
  });

  test('drag a Pass from the palette onto an edge wires it into the ASL', async ({ page, studio }) => {
    const canvas = new CanvasPage(page);
    const palette = new PalettePage(page);
    await palette.open('flow');
    await canvas.dragTo(palette.item('Pass'), 'edge:Charge card->next:0->Notify customer');
    await expect(canvas.node('Pass')).toBeVisible();
    const def = await studio.definition();
    expect(def.States['Charge card']).toMatchObject({ Next: 'Pass' });
    expect(def.States['Pass']).toEqual({ Type: 'Pass', Next: 'Notify customer' });
  });

  test('drop targets cover Choice rule and Catch arrows; dropping on a Catch arrow inserts a handler', async ({ page, studio }) => {
    const canvas = new CanvasPage(page);
    const palette = new PalettePage(page);
    await palette.open('flow');
    await canvas.dragTo(palette.item('Pass'), 'edge:Check stock->catch:0->Order failed');
    const def = await studio.definition();
    expect((def.States['Check stock'] as { Catch: { Next: string }[] }).Catch[0]!.Next).toBe('Pass');
    expect(def.States['Pass']).toMatchObject({ Next: 'Order failed' });
  });

  test('click-to-add inserts after the selected state', async ({ page, studio }) => {
    const canvas = new CanvasPage(page);
    const palette = new PalettePage(page);
    await canvas.select('Notify customer');
    await palette.open('flow');
    await palette.add('Wait');
    await expect(canvas.node('Wait')).toBeVisible();
    const def = await studio.definition();
    expect(def.States['Notify customer']).toMatchObject({ Next: 'Wait' });
    expect(def.States['Notify customer']).not.toHaveProperty('End');
    expect(def.States['Wait']).toMatchObject({ Type: 'Wait', Seconds: 5, End: true });
    // Keyboard: Enter on a focused palette item does the same.
    await palette.search('sns publish');
    await palette.item('SNS: Publish').focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await studio.definition()).States['Wait']).toMatchObject({ Next: 'SNS Publish' });
  });

  test('moving a state by dragging rewires the references', async ({ page, studio }) => {
    const canvas = new CanvasPage(page);
    await canvas.dragTo(canvas.node('Notify customer'), 'edge:#start->start:0->Check stock');
    await expect.poll(async () => (await studio.definition()).StartAt).toBe('Notify customer');
    const def = await studio.definition();
    expect(def.States['Notify customer']).toMatchObject({ Next: 'Check stock' });
    expect(def.States['Charge card']).toMatchObject({ End: true });
  });

  test('delete, undo and redo are checked against the ASL', async ({ page, studio }) => {
    const canvas = new CanvasPage(page);
    const original = await studio.definition();
    await canvas.select('Charge card');
    await canvas.press('Delete');
    await expect(canvas.node('Charge card')).toHaveCount(0);
    const deleted = await studio.definition();
    expect(deleted.States).not.toHaveProperty('Charge card');
    const rule = (deleted.States['In stock?'] as { Choices: { Next: string }[] }).Choices[0]!;
    expect(Object.keys(deleted.States)).toContain(rule.Next);
    await page.getByTestId('undo').click();
    await expect(canvas.node('Charge card')).toBeVisible();
    expect(await studio.definition()).toEqual(original);
    await page.getByTestId('redo').click();
    await expect(canvas.node('Charge card')).toHaveCount(0);
    expect(await studio.definition()).toEqual(deleted);
  });

  test('rename in place, duplicate, copy/paste and the context menu', async ({ page, studio }) => {
    const canvas = new CanvasPage(page);
    await canvas.rename('Charge card', 'Charge the card');
    let def = await studio.definition();
    expect(def.States).toHaveProperty('Charge the card');
    expect((def.States['In stock?'] as { Choices: { Next: string }[] }).Choices[0]!.Next).toBe('Charge the card');

    await canvas.select('Notify customer');
    await canvas.press('Control+d');
    await expect(canvas.node('Notify customer (1)')).toBeVisible();

    await canvas.select('Charge the card');
    await canvas.press('Control+c');
    await canvas.press('Control+v');
    await expect(canvas.node('Charge the card (1)')).toBeVisible();
    def = await studio.definition();
    expect(def.States['Charge the card']).toMatchObject({ Next: 'Charge the card (1)' });

    // The context menu's Rename opens the same in-place editor as a double-click (a command, no synthetic event).
    await canvas.contextMenu('Notify customer (1)', 'rename');
    const nameInput = canvas.node('Notify customer (1)').getByTestId('rename-input');
    await expect(nameInput).toBeFocused();
    await page.keyboard.type('Notify again');
    await page.keyboard.press('Enter');
    await expect(canvas.node('Notify again')).toBeVisible();
    await expect(canvas.node('Notify customer (1)')).toHaveCount(0);

    await canvas.contextMenu('Charge the card (1)', 'delete');
    await expect(canvas.node('Charge the card (1)')).toHaveCount(0);
    await canvas.contextMenu('Notify customer', 'wrap');
    await expect(canvas.node('Parallel')).toBeVisible();
    await canvas.contextMenu('Parallel', 'add-branch');
    def = await studio.definition();
    expect((def.States['Parallel'] as { Branches: unknown[] }).Branches).toHaveLength(2);
  });

  test('a Parallel nested in a Map is edited in place', async ({ page, studio }) => {
    const canvas = new CanvasPage(page);
    const palette = new PalettePage(page);
    const nested: StateMachine = {
      StartAt: 'Each order',
      States: {
        'Each order': {
          Type: 'Map', ItemsPath: '$.orders',
          ItemProcessor: {
            StartAt: 'Fan out',
            States: {
              'Fan out': {
                Type: 'Parallel',
                Branches: [
                  { StartAt: 'Reserve', States: { Reserve: { Type: 'Pass', End: true } } },
                  { StartAt: 'Bill', States: { Bill: { Type: 'Pass', End: true } } },
                ],
                End: true,
              },
            },
          },
          End: true,
        },
      },
    };
    await studio.load(nested);
    await canvas.waitForLayout();
    await expect(canvas.node('Reserve')).toBeVisible();
    await palette.open('flow');
    await canvas.dragTo(palette.item('Pass'), 'edge:Each order/0/Fan out/0#start->start:0->Each order/0/Fan out/0/Reserve');
    await canvas.waitForLayout();
    await canvas.dragTo(palette.item('Wait'), 'branch:Each order/0/Fan out');
    await canvas.waitForLayout();
    await canvas.rename('Bill', 'Send bill');
    const def = await studio.definition();
    const fan = ((def.States['Each order'] as unknown as { ItemProcessor: StateMachine }).ItemProcessor.States['Fan out'] as unknown) as { Branches: StateMachine[] };
    expect(fan.Branches).toHaveLength(3);
    expect(fan.Branches[0]).toEqual({ StartAt: 'Pass', States: { Pass: { Type: 'Pass', Next: 'Reserve' }, Reserve: { Type: 'Pass', End: true } } });
    expect(fan.Branches[1]).toEqual({ StartAt: 'Send bill', States: { 'Send bill': { Type: 'Pass', End: true } } });
    expect(fan.Branches[2]).toEqual({ StartAt: 'Wait', States: { Wait: { Type: 'Wait', Seconds: 5, End: true } } });
  });

  test('Alt+C centres the workflow; screenshot for the README', async ({ page }) => {
    const canvas = new CanvasPage(page);
    const before = await canvas.viewportTransform();
    const pane = canvas.root.locator('.react-flow__pane');
    const box = (await pane.boundingBox())!;
    await page.mouse.move(box.x + 40, box.y + 40);
    await page.mouse.down();
    await page.mouse.move(box.x + 300, box.y + 260, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => canvas.viewportTransform()).not.toBe(before);
    await canvas.centre();
    await expect.poll(() => canvas.viewportTransform()).toBe(before);
    // The README's screenshot is refreshed on request only, so `npm test` leaves the tree clean.
    const shots = process.env['UPDATE_SCREENSHOTS'] ? 'docs/screenshots' : 'test-results/screenshots';
    mkdirSync(shots, { recursive: true });
    await canvas.root.screenshot({ path: `${shots}/canvas.png` });
  });
});

test('layout timings for generated workflows (logged, not asserted)', async ({ page, studio }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await studio.ready();
  await new CanvasPage(page).waitForLayout();
  const results: Record<string, unknown>[] = [];
  for (const size of [200, 1000, 2000]) {
    const definition = generateDefinition(size);
    const first = Object.keys(definition.States)[0]!;
    const load = await page.evaluate(async (def) => {
      const canvas = document.querySelector<HTMLElement>('[data-testid="canvas"]')!;
      const before = Number(canvas.dataset['layoutCount'] ?? 0);
      const t0 = performance.now();
      window.__studio!.load(def);
      await new Promise<void>((resolve) => {
        const check = () => (canvas.dataset['layout'] === 'done' && Number(canvas.dataset['layoutCount']) > before ? resolve() : requestAnimationFrame(check));
        requestAnimationFrame(check);
      });
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      return { ms: performance.now() - t0, nodes: document.querySelectorAll('.react-flow__node').length, layoutMs: Number(canvas.dataset['layoutMs']) };
    }, definition);
    // A field edit: the first Task becomes an SNS call; the node repaints without a new layout.
    const edit = await page.evaluate(async (name) => {
      const canvas = document.querySelector<HTMLElement>('[data-testid="canvas"]')!;
      const count = canvas.dataset['layoutCount'];
      const t0 = performance.now();
      let t1 = t0;
      window.__studio!.store.getState().edit('Change resource', (def) => ({
        ...def, States: { ...def.States, [name]: { ...def.States[name]!, Resource: 'arn:aws:states:::sns:publish' } as typeof def.States[string] },
      }), 'inspector');
      t1 = performance.now();
      await new Promise<void>((resolve) => {
        const check = () => {
          const sub = document.querySelector(`[data-node-id="${CSS.escape(name)}"] .sf-sub`);
          if (sub?.textContent === 'SNS: Publish') resolve();
          else requestAnimationFrame(check);
        };
        check();
      });
      const end = performance.now();
      return { ms: end - t0, storeMs: t1 - t0, viewMs: end - t1, relaidOut: canvas.dataset['layoutCount'] !== count };
    }, first);
    const row = { states: size, loadToCanvasMs: Math.round(load.ms), layoutMs: load.layoutMs, renderedNodes: load.nodes, fieldEditMs: Math.round(edit.ms), fieldEditStoreMs: Math.round(edit.storeMs), fieldEditRenderMs: Math.round(edit.viewMs), relaidOutOnFieldEdit: edit.relaidOut };
    console.log(`canvas layout: ${JSON.stringify(row)}`);
    results.push(row);
    expect(edit.relaidOut).toBe(false);
  }
  mkdirSync('test-results/figures', { recursive: true });
  writeFileSync('test-results/figures/canvas-e2e.json', `${JSON.stringify({ measuredAt: new Date().toISOString(), browser: 'chromium', results }, null, 2)}\n`);
});
