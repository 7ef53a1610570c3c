/**
 * Journey: a person with no mouse. Everything goes through `page.keyboard` (Tab, arrows, Enter,
 * Escape and typing key by key): add a state from the palette, move between states on the
 * canvas, rename one and reconnect it in the inspector, switch modes, start a run, open the New,
 * Library and Share dialogs (focus stays inside while open, Escape closes them and gives the
 * focus back to the button that opened them). Every stop of the focus shows a visible ring.
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from '../fixtures';
import type { Page } from '@playwright/test';
import { CanvasPage } from '../pages/Canvas';
import { CONTACT_FORM } from './workflows';

/** What has the focus: its test id (or, for a canvas node, `node:<id>`), and whether a ring shows. */
interface Focus {
  id: string;
  /** Outline width in px of the focused element (or of the node drawn inside a canvas node). */
  ring: number;
  ringColour: string;
  inDialog: boolean;
}

async function focused(page: Page): Promise<Focus> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { id: 'body', ring: 0, ringColour: '', inDialog: false };
    const node = el.classList.contains('react-flow__node');
    // A canvas node draws its ring on the state box inside the (unstyled) React Flow wrapper.
    const drawn = node ? (el.firstElementChild as HTMLElement | null) ?? el : el;
    const style = getComputedStyle(drawn);
    const ring = style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth);
    const id = node ? `node:${el.dataset['id'] ?? '?'}` : el.dataset['testid'] ?? el.getAttribute('aria-label') ?? el.tagName.toLowerCase();
    return { id, ring, ringColour: style.outlineColor, inDialog: el.closest('dialog[open]') !== null };
  });
}

/**
 * Presses Tab (or Shift+Tab) until the focus is on `id` (a test id or `node:<id>`), checking on
 * the way that every stop shows a focus ring. Returns how many presses it took.
 */
async function tabTo(page: Page, id: string, options: { back?: boolean; max?: number } = {}): Promise<number> {
  const max = options.max ?? 60;
  const seen: string[] = [];
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press(options.back ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    seen.push(f.id);
    expect(f.ring, `focus ring on ${f.id} (after ${seen.join(' → ')})`).toBeGreaterThanOrEqual(2);
    if (f.id === id) return i;
  }
  throw new Error(`${id} not reached by ${options.back ? 'Shift+Tab' : 'Tab'} in ${max} presses: ${seen.join(' → ')}`);
}

async function typeKeys(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text, { delay: 15 });
}

/** Opens a dialog from its top-bar button, walks its focus order, closes it with Escape. */
async function dialogRoundTrip(page: Page, button: string, dialogTestId: string, back = false): Promise<void> {
  await tabTo(page, button, { back, max: 80 });
  await page.keyboard.press('Enter');
  const dialog = page.getByTestId(dialogTestId);
  await expect(dialog).toBeVisible();
  // The focus moved into the dialog and stays there however far one tabs, both ways.
  await expect.poll(async () => (await focused(page)).inDialog).toBe(true);
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press(key);
      const f = await focused(page);
      expect(f.inDialog, `${key} #${i + 1} left the ${dialogTestId} dialog for ${f.id}`).toBe(true);
      expect(f.ring, `focus ring on ${f.id} in ${dialogTestId}`).toBeGreaterThanOrEqual(2);
    }
  }
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // The focus is back where the person was.
  await expect.poll(async () => (await focused(page)).id).toBe(button);
}

test('keyboard only: build, rename, reconnect, switch modes, run, and use the dialogs', async ({ page, studio, health }) => {
  test.setTimeout(150_000);
  await page.goto('/');
  await studio.ready();
  const canvas = new CanvasPage(page);
  await canvas.waitForLayout();
  const before = (await studio.definition()).States;

  // 1. The palette: search, then add a Pass state with Enter (it lands after the last state and is selected).
  await tabTo(page, 'palette-search');
  await typeKeys(page, 'pass');
  await tabTo(page, 'palette-item-Pass', { max: 10 });
  await page.keyboard.press('Enter');
  await expect.poll(async () => Object.keys((await studio.definition()).States).length).toBe(Object.keys(before).length + 1);
  const added = Object.keys((await studio.definition()).States).find((n) => !(n in before))!;
  await expect(canvas.node(added)).toBeVisible();
  await page.screenshot({ path: 'test-results/journeys/keyboard-palette.png' });

  // 2. Tab into the canvas: one stop, on the selected state (the new one), not on every node.
  const addedId = await page.evaluate(() => window.__studio!.store.getState().selection[0]!);
  await tabTo(page, `node:${addedId}`, { max: 12 });
  await page.screenshot({ path: 'test-results/journeys/keyboard-canvas-focus.png' });
  // Arrows move between states along the drawing: up to the state above, and back down.
  await page.keyboard.press('ArrowUp');
  const above = await page.evaluate(() => window.__studio!.store.getState().selection[0]!);
  expect(above).not.toBe(addedId);
  expect((await focused(page)).id).toBe(`node:${above}`);
  await expect(page.getByTestId('inspector-name')).toHaveValue(above);
  await page.keyboard.press('ArrowDown');
  expect((await focused(page)).id).toBe(`node:${addedId}`);
  await expect(page.getByTestId('inspector-name')).toHaveValue(added);

  // 3. Rename it in the inspector, typing key by key; Enter commits.
  await tabTo(page, 'inspector-name', { max: 12 });
  await page.keyboard.press('Control+A');
  await typeKeys(page, 'Tidy up');
  await page.keyboard.press('Enter');
  await expect(canvas.node('Tidy up')).toBeVisible();
  expect((await studio.definition()).States['Tidy up']).toBeDefined();

  // 4. Reconnect it: its Next select, changed with the arrow keys, draws a new edge.
  await tabTo(page, 'field-Next', { max: 20 });
  const nextBefore = await page.getByTestId('field-Next').inputValue();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByTestId('field-Next')).not.toHaveValue(nextBefore);
  const next = await page.getByTestId('field-Next').inputValue();
  await expect.poll(async () => (await studio.definition()).States['Tidy up']?.Next).toBe(next);
  await expect(canvas.edge(`Tidy up->next:0->${next}`)).toHaveCount(1);
  // …and back to the end of the workflow (the person changed their mind): the run below succeeds.
  await page.keyboard.press('ArrowDown');
  await expect.poll(async () => (await studio.definition()).States['Tidy up']?.End).toBe(true);
  await expect(canvas.edge(`Tidy up->next:0->${next}`)).toHaveCount(0);

  // 5. Modes: the mode tabs are one stop; arrows move between them, the panel follows.
  await tabTo(page, 'mode-design', { back: true, max: 80 });
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('mode-code')).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('.monaco-editor').first()).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('mode-run')).toHaveAttribute('aria-selected', 'true');

  // 6. Start a run from the keyboard: the run succeeds and the new state is painted as succeeded.
  await tabTo(page, 'run-start', { max: 40 });
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'SUCCEEDED');
  await expect(page.locator('.sf-node.run-succeeded[data-testid="node-Tidy up"]')).toHaveCount(1);
  await page.screenshot({ path: 'test-results/journeys/keyboard-run.png' });

  await tabTo(page, 'mode-run', { back: true, max: 80 });
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('mode-config')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Home');
  await expect(page.getByTestId('mode-design')).toHaveAttribute('aria-selected', 'true');

  // 7. Dialogs: open, keep the focus inside, Escape, focus back on the opener.
  await dialogRoundTrip(page, 'ws-new', 'new-dialog', true);
  await dialogRoundTrip(page, 'ws-library', 'library');
  await dialogRoundTrip(page, 'ws-share', 'share');
  await page.screenshot({ path: 'test-results/journeys/keyboard-end.png' });

  expect(health.consoleErrors).toEqual([]);
  expect(health.foreignRequests).toEqual([]);
});

/** The focused element's id (as `focused`), for an edge `edge:<id>`, with the drawn stroke of a focused edge. */
async function focusedEdge(page: Page): Promise<{ id: string; stroke: string; width: number; accent: string } | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el?.classList.contains('react-flow__edge')) return null;
    const path = el.querySelector('path.react-flow__edge-path')!;
    const style = getComputedStyle(path);
    const probe = document.createElement('span');
    probe.style.color = 'var(--accent)';
    document.body.append(probe);
    const accent = getComputedStyle(probe).color;
    probe.remove();
    return { id: (el as SVGElement).dataset['id'] ?? '', stroke: style.stroke, width: parseFloat(style.strokeWidth), accent };
  });
}

/** What has the focus, as `focused` names it, or `edge:<id>` for a transition. */
async function focusId(page: Page): Promise<string> {
  const edge = await focusedEdge(page);
  return edge ? `edge:${edge.id}` : (await focused(page)).id;
}

/** Presses `key` until the focus is on `id` (a menu item's test id, or `edge:<id>`); each press must move it. */
async function pressUntil(page: Page, key: string, id: string, max = 8): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    const now = await focusId(page);
    if (now === id) return;
    seen.push(now);
    await page.keyboard.press(key);
    // The focus moves to the next edge once the canvas has made it focusable (a frame or two).
    await expect.poll(() => focusId(page)).not.toBe(now);
  }
  throw new Error(`${id} not reached with ${key}: ${seen.join(' → ')}`);
}

test('keyboard only: the canvas menus of a state and of a transition, wrap, insert on an edge, delete a transition', async ({ page, studio, health }) => {
  test.setTimeout(150_000);
  await page.goto('/');
  await studio.ready();
  const canvas = new CanvasPage(page);
  await canvas.waitForLayout();
  const states = async () => (await studio.definition()).States as Record<string, { Type: string; Default?: string; Branches?: { States: Record<string, unknown> }[] }>;
  const before = Object.keys(await states());

  // The sample opens; Tab reaches its start state.
  await tabTo(page, 'node:Check stock', { max: 40 });

  // Shift+F10 opens the state's menu at the state, the first item focused; Escape closes it and the focus is back.
  await page.keyboard.press('Shift+F10');
  await expect(page.getByTestId('context-menu')).toBeVisible();
  await expect.poll(async () => (await focused(page)).id).toBe('menu-rename');
  expect((await focused(page)).ring).toBeGreaterThanOrEqual(2);
  await page.keyboard.press('ArrowDown');
  expect((await focused(page)).id).toBe('menu-move');
  await page.keyboard.press('End');
  await page.keyboard.press('Home');
  expect((await focused(page)).id).toBe('menu-rename');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('context-menu')).toBeHidden();
  await expect.poll(async () => (await focused(page)).id).toBe('node:Check stock');

  // Alt+↓ goes to the state's transitions; the arrows move between them. A focused transition shows a ring.
  await page.keyboard.press('Alt+ArrowDown');
  await expect.poll(async () => (await focusedEdge(page))?.id ?? null).toMatch(/^Check stock->/);
  await pressUntil(page, 'ArrowRight', 'edge:Check stock->next:0->In stock?', 4);
  const ring = (await focusedEdge(page))!;
  expect(ring.stroke).toBe(ring.accent);
  expect(ring.width).toBeGreaterThanOrEqual(2.5);
  await expect(page.locator('.sf-edge-label.focused')).toHaveCount(0); // a Next has no label
  await page.screenshot({ path: 'test-results/journeys/keyboard-edge-focus.png' });

  // The ContextMenu key on the transition: "Insert Pass here" puts a new state on it; the focus goes to the new state.
  await page.keyboard.press('ContextMenu');
  await expect(page.getByTestId('context-menu')).toBeVisible();
  await pressUntil(page, 'ArrowDown', 'menu-insert-pass');
  await page.keyboard.press('Enter');
  await expect.poll(async () => Object.keys(await states()).length).toBe(before.length + 1);
  const inserted = Object.keys(await states()).find((n) => !before.includes(n))!;
  expect((await states())['Check stock']).toMatchObject({ Next: inserted });
  await expect.poll(async () => (await focused(page)).id).toBe(`node:${inserted}`);

  // Wrap it in a Parallel from its menu (the ContextMenu key).
  await page.keyboard.press('ContextMenu');
  await pressUntil(page, 'ArrowDown', 'menu-wrap');
  await page.keyboard.press('Enter');
  await expect.poll(async () => Object.values(await states()).some((s) => s.Type === 'Parallel' && s.Branches?.some((b) => inserted in b.States))).toBe(true);
  await expect(canvas.node(inserted)).toBeVisible();
  const parallel = Object.entries(await states()).find(([, s]) => s.Type === 'Parallel')![0];
  await expect.poll(async () => (await focused(page)).id).toMatch(/^node:/);

  // From the Parallel, along its transition (Enter: to its target) to the Choice, then to the Choice's Default.
  const at = (await focused(page)).id;
  if (at !== `node:${parallel}`) {
    // The focus is on the state inside the Parallel: Escape-free route up to the Parallel with the arrows.
    await page.keyboard.press('ArrowUp');
  }
  await expect.poll(async () => (await focused(page)).id).toBe(`node:${parallel}`);
  await page.keyboard.press('Alt+ArrowDown');
  await expect.poll(async () => (await focusedEdge(page))?.id ?? null).toBe(`${parallel}->next:0->In stock?`);
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await focused(page)).id).toBe('node:In stock?');
  await page.keyboard.press('Alt+ArrowDown');
  await expect.poll(async () => (await focusedEdge(page))?.id ?? null).toMatch(/^In stock\?->/);
  await pressUntil(page, 'ArrowRight', 'edge:In stock?->default:0->Out of stock', 4);
  // Moving along the transitions selected no other state.
  expect(await page.evaluate(() => window.__studio!.store.getState().selection)).toEqual(['In stock?']);
  await expect(page.locator('.sf-edge-label.focused')).toHaveText('Default');
  await page.screenshot({ path: 'test-results/journeys/keyboard-edge-default.png' });

  // Delete removes the transition (one undo step); the focus goes back to its state. Ctrl+Z brings it back.
  await page.keyboard.press('Delete');
  await expect.poll(async () => (await states())['In stock?']?.Default).toBeUndefined();
  await expect(canvas.edge('In stock?->default:0->Out of stock')).toHaveCount(0);
  await expect.poll(async () => (await focused(page)).id).toBe('node:In stock?');
  expect(Object.keys(await states())).toContain('Out of stock');
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await states())['In stock?']?.Default).toBe('Out of stock');
  await expect(canvas.edge('In stock?->default:0->Out of stock')).toHaveCount(1);

  expect(health.consoleErrors).toEqual([]);
  expect(health.foreignRequests).toEqual([]);
});

test('keyboard only: move a state with Move… (arrows, Enter, Escape) and with Alt+Shift+↑/↓, each one undo step', async ({ page, studio, health }) => {
  test.setTimeout(150_000);
  await page.goto('/');
  await studio.ready();
  const canvas = new CanvasPage(page);
  await canvas.waitForLayout();
  const original = await studio.definition();
  const states = async () => (await studio.definition()).States as Record<string, { Next?: string; End?: boolean; Choices?: { Next: string }[] }>;
  const announced = page.getByTestId('canvas-announcement');

  // To Notify customer: Tab into the canvas (the start state), then down the drawing with the arrows.
  await tabTo(page, 'node:Check stock', { max: 40 });
  for (let i = 0; i < 6 && (await focused(page)).id !== 'node:Notify customer'; i++) {
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await focused(page)).id).not.toBe('body');
  }
  expect((await focused(page)).id).toBe('node:Notify customer');

  // Move… from its menu: the places a drag offers appear, one has the focus ring and is announced.
  await page.keyboard.press('Shift+F10');
  await pressUntil(page, 'ArrowDown', 'menu-move');
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-move-target]').first()).toBeVisible();
  await expect.poll(async () => (await focused(page)).id).toMatch(/^move-/);
  expect((await focused(page)).ring).toBeGreaterThanOrEqual(2);
  await expect(announced).toHaveText(/^Move Notify customer onto .+ \(\d+ of \d+\)\. Enter moves, Escape cancels\.$/);
  // Its own arrows are no place to go (dropping there changes nothing).
  await expect(page.locator('[data-move-target*="Notify customer"]')).toHaveCount(0);

  // Up the drawing to the arrow from Check stock to In stock?: the arrow is drawn as focused, the place is said.
  await pressUntil(page, 'ArrowUp', 'move-edge:Check stock->next:0->In stock?', 12);
  await expect(announced).toHaveText(/^Move Notify customer onto Check stock → In stock\? \(/);
  await expect(page.getByTestId('rf__edge-Check stock->next:0->In stock?')).toHaveClass(/move-target/);
  await page.screenshot({ path: 'test-results/journeys/keyboard-move-pick.png' });
  // The places and the live region pass axe (no violation of any impact), as every screen of a11y.spec does.
  const axe = await new AxeBuilder({ page }).include('[data-testid="canvas"]').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  // Delete while choosing deletes nothing.
  await page.keyboard.press('Delete');
  expect(Object.keys(await states())).toContain('Notify customer');

  // Enter: the state moves there (the drop's edit), the focus stays on it.
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('move-picker')).toHaveCount(0);
  await expect.poll(async () => (await states())['Check stock']?.Next).toBe('Notify customer');
  expect((await states())['Notify customer']).toMatchObject({ Next: 'In stock?' });
  expect((await states())['Charge card']).toMatchObject({ End: true });
  await expect(announced).toHaveText('Moved Notify customer.');
  await expect.poll(async () => (await focused(page)).id).toBe('node:Notify customer');
  await page.screenshot({ path: 'test-results/journeys/keyboard-move-done.png' });
  // One undo step puts everything back.
  await page.keyboard.press('Control+z');
  await expect.poll(() => studio.definition()).toEqual(original);

  // Move… then Escape: nothing moves, the focus is back on the state.
  await expect.poll(async () => (await focused(page)).id).toBe('node:Notify customer');
  await page.keyboard.press('ContextMenu');
  await pressUntil(page, 'ArrowDown', 'menu-move');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await focused(page)).id).toMatch(/^move-/);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('move-picker')).toHaveCount(0);
  await expect.poll(async () => (await focused(page)).id).toBe('node:Notify customer');
  await expect(announced).toHaveText('Move cancelled.');
  expect(await studio.definition()).toEqual(original);

  // Alt+Shift+↑: one place up its chain (before Charge card, on the Choice's rule); Alt+Shift+↓ back down.
  await page.keyboard.press('Alt+Shift+ArrowUp');
  await expect.poll(async () => (await states())['In stock?']?.Choices?.[0]?.Next).toBe('Notify customer');
  expect((await states())['Notify customer']).toMatchObject({ Next: 'Charge card' });
  await expect.poll(async () => (await focused(page)).id).toBe('node:Notify customer');
  await page.keyboard.press('Alt+Shift+ArrowDown');
  await expect.poll(() => studio.definition()).toEqual(original);
  await expect.poll(async () => (await focused(page)).id).toBe('node:Notify customer');

  // At the top of its chain there is no place up: a notice says why, nothing changes.
  for (let i = 0; i < 6 && (await focused(page)).id !== 'node:Check stock'; i++) {
    await page.keyboard.press('ArrowUp');
    await expect.poll(async () => (await focused(page)).id).not.toBe('body');
  }
  await page.keyboard.press('Alt+Shift+ArrowUp');
  await expect(page.getByTestId('canvas-notice')).toHaveText(/Check stock is already the first state of its chain/);
  expect(await studio.definition()).toEqual(original);

  expect(health.consoleErrors).toEqual([]);
  expect(health.foreignRequests).toEqual([]);
});

/** Focus a text field by Tab (forwards or back), replace its text by typing key by key, and commit it (Enter, or Tab for multi-line). */
async function typeInto(page: Page, testId: string, text: string, options: { back?: boolean; max?: number; multiline?: boolean } = {}): Promise<void> {
  await tabTo(page, testId, { max: 40, ...options });
  await page.keyboard.press('Control+A');
  await typeKeys(page, text);
  await page.keyboard.press(options.multiline ? 'Tab' : 'Enter');
}

/** Adds a palette item with the keyboard: search, Tab to the item, Enter (it lands after the selected state). */
async function addFromPalette(page: Page, query: string, item: string, back = true): Promise<void> {
  await tabTo(page, 'palette-search', { back, max: 80 });
  await page.keyboard.press('Control+A');
  await typeKeys(page, query);
  await tabTo(page, `palette-item-${item}`, { max: 10 });
  await page.keyboard.press('Enter');
}

/** Presses `key` on a select until it shows `value`. */
async function selectByKeys(page: Page, testId: string, value: string): Promise<void> {
  const select = page.getByTestId(testId);
  for (const key of ['ArrowDown', 'ArrowUp']) {
    for (let i = 0; i < 12 && (await select.inputValue()) !== value; i++) await page.keyboard.press(key);
  }
  await expect(select).toHaveValue(value);
}

test('keyboard only: build the contact-form workflow (as contact-form.spec does by mouse), with a wrap, its Catch question, collapse and expand on the way', async ({ page, studio, health }) => {
  test.setTimeout(420_000);
  await page.goto('/');
  await studio.ready();
  const canvas = new CanvasPage(page);
  await canvas.waitForLayout();
  const states = async () => (await studio.definition()).States;
  const p = CONTACT_FORM.States;
  const json = (v: unknown) => JSON.stringify(v);

  // A blank workflow from New (it holds one Pass state to build from).
  await tabTo(page, 'ws-new', { back: true, max: 80 });
  await page.keyboard.press('Enter');
  await tabTo(page, 'new-blank', { max: 10 });
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('new-dialog')).toBeHidden();
  await expect.poll(async () => Object.keys(await states())).toEqual(['Pass']);
  await canvas.waitForLayout();

  // 1. Lambda Invoke that validates the form: added after the Pass, renamed, its parameters typed.
  await addFromPalette(page, 'lambda invoke', 'Lambda: Invoke', false);
  await expect.poll(async () => Object.keys(await states())).toEqual(['Pass', 'Lambda Invoke']);
  await typeInto(page, 'inspector-name', 'Validate input');
  await expect(canvas.node('Validate input')).toBeVisible();
  await typeInto(page, 'field-Parameters', json(p['Validate input']!['Parameters']), { multiline: true });
  await expect.poll(async () => (await states())['Validate input']?.['Parameters']).toEqual(p['Validate input']!['Parameters']);

  // The Pass the blank workflow came with goes: to it on the canvas (↑ from the new state), Delete.
  await tabTo(page, 'node:Validate input', { back: true, max: 40 });
  await page.keyboard.press('ArrowUp');
  await expect.poll(async () => (await focused(page)).id).toBe('node:Pass');
  await page.keyboard.press('Delete');
  await expect.poll(async () => Object.keys(await states())).toEqual(['Validate input']);
  expect((await studio.definition()).StartAt).toBe('Validate input');
  // The focus is not lost: it moved to the state the Pass led to.
  await expect.poll(async () => (await focused(page)).id).toBe('node:Validate input');

  // 2. DynamoDB PutItem after it; its result is discarded (ResultPath null, on the Output tab, with Space).
  await addFromPalette(page, 'putitem', 'DynamoDB: PutItem');
  await expect.poll(async () => (await states())['Validate input']?.Next).toBe('DynamoDB PutItem');
  await typeInto(page, 'inspector-name', 'Save message');
  await typeInto(page, 'field-Parameters', json(p['Save message']!['Parameters']), { multiline: true });
  await tabTo(page, 'inspector-tab-configuration', { back: true, max: 30 });
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('inspector-tab-output')).toHaveAttribute('aria-selected', 'true');
  await tabTo(page, 'field-ResultPath-null', { max: 30 });
  await page.keyboard.press('Space');
  await expect.poll(async () => (await states())['Save message']?.['ResultPath']).toBeNull();

  // 3. SNS Publish to notify the team.
  await addFromPalette(page, 'sns publish', 'SNS: Publish');
  await expect.poll(async () => (await states())['Save message']?.Next).toBe('SNS Publish');
  await tabTo(page, 'inspector-tab-output', { max: 30 });
  await page.keyboard.press('Home');
  await expect(page.getByTestId('inspector-tab-configuration')).toHaveAttribute('aria-selected', 'true');
  await typeInto(page, 'inspector-name', 'Notify team', { back: true });
  await typeInto(page, 'field-Parameters', json(p['Notify team']!['Parameters']), { multiline: true });

  // 4. A Fail state after it, then reachable only through the Catch: Notify team's Next becomes End.
  await addFromPalette(page, 'fail', 'Fail');
  await expect.poll(async () => (await states())['Notify team']?.Next).toBe('Fail');
  await typeInto(page, 'inspector-name', 'Reject');
  await typeInto(page, 'field-Error', 'InvalidContactForm');
  await typeInto(page, 'field-Cause', 'The contact form did not pass validation');
  await tabTo(page, 'node:Reject', { back: true, max: 40 });
  await page.keyboard.press('ArrowUp');
  await expect.poll(async () => (await focused(page)).id).toBe('node:Notify team');
  await tabTo(page, 'field-Next', { max: 40 });
  await selectByKeys(page, 'field-Next', '__end__');
  await expect.poll(async () => (await states())['Notify team']?.End).toBe(true);

  // 5. Validate input's Catch: Error handling tab, Add catcher (it goes to Reject), ResultPath typed.
  await tabTo(page, 'node:Notify team', { back: true, max: 40 });
  for (let i = 0; i < 4 && (await focused(page)).id !== 'node:Validate input'; i++) await page.keyboard.press('ArrowUp');
  expect((await focused(page)).id).toBe('node:Validate input');
  await tabTo(page, 'inspector-tab-configuration', { max: 40 });
  await page.keyboard.press('End');
  for (let i = 0; i < 6 && (await page.getByTestId('inspector-tab-error-handling').getAttribute('aria-selected')) !== 'true'; i++) await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('inspector-tab-error-handling')).toHaveAttribute('aria-selected', 'true');
  await tabTo(page, 'catcher-add', { max: 40 });
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('field-catcher-0-Next')).toHaveValue('Reject');
  // The keyboard is taken to the new catcher's first field (it was left on the Add button, below it).
  await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-testid="catcher-0"]') !== null)).toBe(true);
  await typeInto(page, 'field-catcher-0-ResultPath', '$.error');
  await expect.poll(async () => (await states())['Validate input']?.Catch).toEqual(p['Validate input']!.Catch);
  const built = await studio.definition();

  // A detour a person takes: wrap Validate input in a Parallel. Its catcher cannot leave the branch, so the
  // Catch question asks; answered with the keyboard (arrows in the choices, Tab to Wrap, Enter).
  await tabTo(page, 'node:Validate input', { back: true, max: 60 });
  await page.keyboard.press('Shift+F10');
  await pressUntil(page, 'ArrowDown', 'menu-wrap');
  await page.keyboard.press('Enter');
  const question = page.getByTestId('catch-question');
  await expect(question).toContainText('Validate input catches States.ALL → Reject');
  await expect.poll(async () => (await focused(page)).inDialog).toBe(true);
  await tabTo(page, 'catch-choice-lift', { max: 10 });
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('catch-choice-point')).toBeChecked();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByTestId('catch-choice-lift')).toBeChecked();
  await page.screenshot({ path: 'test-results/journeys/keyboard-contact-catch-question.png' });
  await tabTo(page, 'catch-apply', { max: 10 });
  await page.keyboard.press('Enter');
  await expect(question).toHaveCount(0);
  const wrapped = Object.entries(await states()).find(([, s]) => s.Type === 'Parallel');
  expect(wrapped).toBeDefined();
  const [parallel, parallelState] = wrapped!;
  // "Move them onto the Parallel": the Parallel catches into Reject.
  expect(parallelState.Catch).toEqual([{ ErrorEquals: ['States.ALL'], Next: 'Reject', ResultPath: '$.error' }]);
  // The keyboard user is on the new Parallel.
  await expect.poll(async () => (await focused(page)).id).toBe(`node:${parallel}`);

  // Collapse and expand it from its menu (the Menu key), the focus staying on it.
  await page.keyboard.press('ContextMenu');
  await pressUntil(page, 'ArrowDown', 'menu-toggle');
  await expect(page.getByTestId('menu-toggle')).toHaveText('Collapse');
  await page.keyboard.press('Enter');
  await expect(canvas.node('Validate input')).toHaveCount(0);
  await expect.poll(async () => (await focused(page)).id).toBe(`node:${parallel}`);
  await page.screenshot({ path: 'test-results/journeys/keyboard-contact-collapsed.png' });
  await page.keyboard.press('ContextMenu');
  await pressUntil(page, 'ArrowDown', 'menu-toggle');
  await expect(page.getByTestId('menu-toggle')).toHaveText('Expand');
  await page.keyboard.press('Enter');
  await expect(canvas.node('Validate input')).toBeVisible();
  await expect.poll(async () => (await focused(page)).id).toBe(`node:${parallel}`);

  // Not what they wanted: Ctrl+Z undoes the wrap in one step.
  await page.keyboard.press('Control+z');
  await expect.poll(() => studio.definition()).toEqual(built);
  // The Parallel the focus was on is gone: the focus stays in the canvas, on its Tab stop (the start state).
  await expect.poll(async () => (await focused(page)).id).toBe('node:Validate input');

  // 6. The workflow's comment: Esc selects nothing, the inspector shows the workflow's fields.
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('inspector-workflow')).toBeVisible();
  await typeInto(page, 'field-workflow-Comment', CONTACT_FORM.Comment!, { multiline: true });

  await expect.poll(() => studio.definition()).toEqual(CONTACT_FORM);
  await expect(page.getByTestId('count-error')).toHaveText('0 errors');
  await expect(canvas.stateNodes()).toHaveCount(4);
  await page.screenshot({ path: 'test-results/journeys/keyboard-contact-form.png' });
  expect(health.consoleErrors).toEqual([]);
  expect(health.foreignRequests).toEqual([]);
});
