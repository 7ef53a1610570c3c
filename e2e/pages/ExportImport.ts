/** Page object for the Export and Import dialogs of the top bar. */
import { readFile } from 'node:fs/promises';
import { expect, type Download, type Locator, type Page } from '@playwright/test';

export class ExportImportPage {
  constructor(private readonly page: Page) {}

  exportDialog(): Locator {
    return this.page.getByTestId('export-dialog');
  }

  importDialog(): Locator {
    return this.page.getByTestId('import-dialog');
  }

  async openExport(): Promise<void> {
    await this.page.getByTestId('open-export').click();
    await expect(this.exportDialog()).toBeVisible();
  }

  async choose(testId: string): Promise<void> {
    await this.page.getByTestId(testId).check();
  }

  preview(): Locator {
    return this.page.getByTestId('export-preview');
  }

  async download(): Promise<{ name: string; bytes: Buffer }> {
    const pending: Promise<Download> = this.page.waitForEvent('download');
    await this.page.getByTestId('export-download').click();
    const download = await pending;
    const path = await download.path();
    return { name: download.suggestedFilename(), bytes: await readFile(path) };
  }

  async closeDialog(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await expect(this.page.locator('dialog[open]')).toHaveCount(0);
  }

  async openImport(): Promise<void> {
    await this.page.getByTestId('open-import').click();
    await expect(this.importDialog()).toBeVisible();
  }

  /** Chooses files through the picker (the dialog must be open). */
  async pickFiles(paths: string[]): Promise<void> {
    await this.page.getByTestId('import-file-input').setInputFiles(paths);
  }

  async paste(text: string): Promise<void> {
    await this.page.getByTestId('import-paste').fill(text);
    await this.page.getByTestId('import-paste-read').click();
  }

  machine(logicalId: string): Locator {
    return this.page.getByTestId(`import-machine-${logicalId}`);
  }

  /** Opens a state machine: as a new library workflow (the default), or in place of the open one. */
  async openMachine(logicalId: string, target: 'new' | 'replace' = 'new'): Promise<void> {
    await this.page.getByTestId(`import-target-${target}`).check();
    await this.page.getByTestId(`import-open-${logicalId}`).click();
    await expect(this.importDialog()).toBeHidden();
  }

  error(): Locator {
    return this.page.getByTestId('import-error');
  }

  /** Drops files on the window the way a file manager would (a DataTransfer with File objects). */
  async dropFiles(files: { name: string; text: string }[]): Promise<void> {
    const transfer = await this.page.evaluateHandle((list) => {
      const dt = new DataTransfer();
      for (const f of list) dt.items.add(new File([f.text], f.name, { type: 'text/plain' }));
      return dt;
    }, files);
    const target = this.page.locator('main.app-main');
    await target.dispatchEvent('dragenter', { dataTransfer: transfer });
    await target.dispatchEvent('dragover', { dataTransfer: transfer });
    await target.dispatchEvent('drop', { dataTransfer: transfer });
  }
}
