/** Page object for the workflow canvas. */
import { expect, type Locator, type Page } from '@playwright/test';

export class CanvasPage {
  readonly root: Locator;

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('canvas').first();
  }

  /** Waits until the layout for the current structure is on screen, and the view placed on it. */
  async waitForLayout(): Promise<void> {
    await expect(this.root).toHaveAttribute('data-layout', 'done');
    await expect(this.root).toHaveAttribute('data-view', 'ready');
  }

  node(name: string): Locator {
    return this.root.getByTestId(`node-${name}`);
  }

  stateNodes(): Locator {
    return this.root.locator('.react-flow__node-state, .react-flow__node-container');
  }

  edges(): Locator {
    return this.root.locator('.react-flow__edge');
  }

  edge(id: string): Locator {
    return this.root.getByTestId(`rf__edge-${id}`);
  }

  dropTarget(id: string): Locator {
    return this.page.getByTestId(`drop-${id}`);
  }

  async select(name: string): Promise<void> {
    // Near the top-left corner: on a container that is its title row, not a nested state.
    await this.node(name).click({ position: { x: 40, y: 16 } });
    await expect(this.page.locator(`.react-flow__node.selected [data-testid="node-${name}"]`)).toHaveCount(1);
  }

  /** Presses a key with the canvas focused (shortcuts only apply there). */
  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  async rename(name: string, newName: string): Promise<void> {
    await this.node(name).getByTestId('node-name').dblclick();
    const input = this.node(name).getByTestId('rename-input');
    await input.fill(newName);
    await input.press('Enter');
    await expect(this.node(newName)).toBeVisible();
  }

  async contextMenu(name: string, item: string): Promise<void> {
    await this.node(name).click({ button: 'right', position: { x: 40, y: 16 } });
    await this.page.getByTestId(`menu-${item}`).click();
  }

  /**
   * Drags `source` to the drop target `targetId` with real pointer events: press, move a little
   * so the drag starts and the targets appear, then move onto the target and release.
   */
  async dragTo(source: Locator, targetId: string): Promise<void> {
    const box = await source.boundingBox();
    if (!box) throw new Error('drag source is not visible');
    const x = box.x + Math.min(30, box.width / 2);
    const y = box.y + box.height / 2;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x + 12, y + 12, { steps: 3 });
    const target = this.dropTarget(targetId);
    await expect(target).toBeVisible();
    const tb = (await target.boundingBox())!;
    await this.page.mouse.move(tb.x + tb.width / 2, tb.y + tb.height / 2, { steps: 8 });
    await expect(target).toHaveClass(/hover/);
    await this.page.mouse.up();
  }

  async centre(): Promise<void> {
    await this.root.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
    await this.page.keyboard.press('Alt+c');
  }

  async viewportTransform(): Promise<string> {
    return (await this.root.locator('.react-flow__viewport').getAttribute('style')) ?? '';
  }

  /** React Flow's viewport as its transform says (`translate(x, y) scale(zoom)`). */
  async viewport(): Promise<{ x: number; y: number; zoom: number }> {
    const style = await this.viewportTransform();
    const m = /translate\((-?[\d.e-]+)px, (-?[\d.e-]+)px\) scale\(([\d.e-]+)\)/.exec(style);
    if (!m) throw new Error(`no viewport transform in "${style}"`);
    return { x: Number(m[1]), y: Number(m[2]), zoom: Number(m[3]) };
  }

  /** Zooms with the mouse wheel over the middle of the pane (negative `deltaY` zooms in). */
  async wheel(deltaY: number): Promise<void> {
    const box = (await this.root.boundingBox())!;
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await this.page.mouse.wheel(0, deltaY);
  }

  /** Whether a node's box lies wholly inside the canvas on screen. */
  async isOnScreen(name: string): Promise<boolean> {
    const node = await this.node(name).boundingBox();
    const canvas = await this.root.boundingBox();
    if (!node || !canvas) return false;
    return node.x >= canvas.x && node.y >= canvas.y && node.x + node.width <= canvas.x + canvas.width && node.y + node.height <= canvas.y + canvas.height;
  }
}
