import { expect, type Download, type Page } from '@playwright/test';

/** Page object for the workspace controls: New gallery, Library, Versions, Share, image export. */
export class WorkspacePage {
  constructor(private readonly page: Page) {}

  async waitSaved(): Promise<void> {
    await expect(this.page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  }

  async newBlank(): Promise<void> {
    await this.page.getByTestId('ws-new').click();
    await this.page.getByTestId('new-blank').click();
    await expect(this.page.getByTestId('new-dialog')).toBeHidden();
  }

  async useTemplate(id: string, how: 'build' | 'demo'): Promise<void> {
    await this.page.getByTestId('ws-new').click();
    await this.page.getByTestId(`template-${id}-${how}`).click();
    await expect(this.page.getByTestId('new-dialog')).toBeHidden();
  }

  async openLibrary(): Promise<void> {
    await this.page.getByTestId('ws-library').click();
    await expect(this.page.getByTestId('library')).toBeVisible();
  }

  async openFromLibrary(name: string): Promise<void> {
    await this.openLibrary();
    await this.page.getByTestId(`library-row-${name}`).getByTestId('library-open').click();
    await expect(this.page.getByTestId('library')).toBeHidden();
  }

  async shareUrl(): Promise<string> {
    await this.page.getByTestId('ws-share').click();
    const url = await this.page.getByTestId('share-url').inputValue();
    await this.page.keyboard.press('Escape');
    return url;
  }

  async exportImage(format: 'svg' | 'png'): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.page.getByTestId(`ws-export-${format}`).click();
    return download;
  }
}
