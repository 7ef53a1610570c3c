/** Page object for Config mode (settings of the state machine). */
import { expect, type Locator, type Page } from '@playwright/test';

export class ConfigPage {
  constructor(private readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByTestId('mode-config').click();
    await expect(this.page.getByTestId('config-mode')).toBeVisible();
  }

  field(id: string): Locator {
    return this.page.getByTestId(`config-${id}`);
  }

  error(id: string): Locator {
    return this.page.getByTestId(`config-${id}-error`);
  }

  /** Types into a text setting and commits it (Enter, or leaving a multi-line field). */
  async fill(id: string, value: string): Promise<void> {
    const input = this.field(id);
    await input.fill(value);
    const multiline = await input.evaluate((el) => el.tagName === 'TEXTAREA');
    await input.press(multiline ? 'Tab' : 'Enter');
  }

  async choose(group: string, value: string): Promise<void> {
    await this.field(`${group}-${value}`).check();
  }

  substitution(name: string): Locator {
    return this.page.getByTestId(`config-sub-${name}`);
  }

  substitutionValue(name: string): Locator {
    return this.field(`sub-value-${name}`);
  }

  async addTag(key: string, value: string): Promise<void> {
    await this.field('tag-new-key').fill(key);
    await this.field('tag-new-value').fill(value);
    await this.field('tag-add').click();
    await expect(this.page.getByTestId(`config-tag-${key}`)).toBeVisible();
  }

  policiesPreview(): Locator {
    return this.page.getByTestId('config-policies-preview');
  }
}
