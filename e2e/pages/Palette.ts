/** Page object for the states browser (palette). */
import { expect, type Locator, type Page } from '@playwright/test';

export class PalettePage {
  readonly root: Locator;

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('palette');
  }

  tab(name: 'actions' | 'flow' | 'patterns'): Locator {
    return this.root.getByTestId(`palette-tab-${name}`);
  }

  async open(name: 'actions' | 'flow' | 'patterns'): Promise<void> {
    await this.tab(name).click();
    await expect(this.tab(name)).toHaveAttribute('aria-selected', 'true');
  }

  item(label: string): Locator {
    return this.root.getByTestId(`palette-item-${label}`);
  }

  async search(text: string): Promise<void> {
    await this.root.getByTestId('palette-search').fill(text);
  }

  /** Click-to-add: inserts after the selected state (or at the end). */
  async add(label: string): Promise<void> {
    await this.item(label).click();
  }
}
