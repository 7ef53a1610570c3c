/**
 * Page object of Design mode's inspector: select a state, switch tabs, fill and commit fields
 * (text on Enter, JSON on blur, selects immediately), and read inline problems.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export type InspectorTabName = 'configuration' | 'input' | 'output' | 'error-handling' | 'variables' | 'test-state';

export class Inspector {
  readonly root: Locator;

  constructor(private readonly page: Page) {
    this.root = page.getByTestId('inspector');
  }

  /** Selects a state by node id (encoded state path, e.g. `P/0/Inner`) through the store. */
  async select(nodeId: string): Promise<void> {
    await this.page.evaluate((id) => window.__studio!.store.getState().select([id]), nodeId);
    await expect(this.page.getByTestId('inspector-name')).toHaveValue(nodeId.split('/').pop()!);
  }

  /** Clears the selection (the workflow form shows). */
  async selectNone(): Promise<void> {
    await this.page.evaluate(() => window.__studio!.store.getState().select([]));
    await expect(this.root.getByTestId('inspector-workflow')).toBeVisible();
  }

  async tab(name: InspectorTabName): Promise<void> {
    await this.root.getByTestId(`inspector-tab-${name}`).click();
    await expect(this.root.getByTestId(`inspector-tab-${name}`)).toHaveAttribute('aria-selected', 'true');
  }

  field(testId: string): Locator {
    return this.root.getByTestId(`field-${testId}`);
  }

  error(testId: string): Locator {
    return this.root.getByTestId(`field-${testId}-error`);
  }

  /** Types into a text field and commits it (Enter in inputs; leaving the field for multi-line text). */
  async fill(testId: string, value: string): Promise<void> {
    const input = this.field(testId);
    await input.fill(value);
    if ((await input.evaluate((el) => el.tagName)) === 'TEXTAREA') await input.blur();
    else await input.press('Enter');
  }

  /** Types into a JSON field and commits it by leaving the field. */
  async fillJson(testId: string, value: unknown): Promise<void> {
    const area = this.field(testId);
    await area.fill(typeof value === 'string' ? value : JSON.stringify(value, null, 2));
    await area.blur();
  }

  async choose(testId: string, value: string): Promise<void> {
    await this.field(testId).selectOption(value);
  }

  async rename(newName: string): Promise<void> {
    const input = this.page.getByTestId('inspector-name');
    await input.fill(newName);
    await input.press('Enter');
  }

  /** Adds a reserved or custom error to an ErrorEquals editor (`retrier-0-errors`, `catcher-1-errors`). */
  async addError(editorTestId: string, error: string): Promise<void> {
    const editor = this.root.getByTestId(editorTestId);
    const reserved = editor.getByTestId(`${editorTestId}-add`);
    if (await reserved.locator(`option[value="${error}"]`).count()) await reserved.selectOption(error);
    else {
      await editor.getByTestId(`${editorTestId}-custom`).fill(error);
      await editor.getByTestId(`${editorTestId}-custom-add`).click();
    }
  }

  async removeError(editorTestId: string, error: string): Promise<void> {
    await this.root.getByTestId(`${editorTestId}-remove-${error}`).click();
  }

  button(testId: string): Locator {
    return this.root.getByTestId(testId);
  }
}
