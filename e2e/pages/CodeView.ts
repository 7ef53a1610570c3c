/**
 * Page object for the code view (Code mode, or Design mode's code panel): a Monaco editor driven
 * through the keyboard, read through `window.__aslEditor` (test builds only).
 */
import { expect, type Locator, type Page } from '@playwright/test';

export class CodeView {
  readonly editor: Locator;
  readonly notice: Locator;
  readonly status: Locator;
  readonly graph: Locator;

  constructor(private readonly page: Page) {
    this.editor = page.getByTestId('code-editor');
    this.notice = page.getByTestId('code-error-notice');
    this.status = page.getByTestId('code-status');
    this.graph = page.getByTestId('code-graph');
  }

  /** Opens Code mode and waits until Monaco is ready. */
  async open(): Promise<void> {
    await this.page.getByTestId('mode-code').click();
    await this.waitReady();
  }

  /** Opens the code side panel in Design mode. */
  async openSidePanel(): Promise<void> {
    const toggle = this.page.getByTestId('code-panel-toggle');
    if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
    await this.waitReady();
  }

  async waitReady(): Promise<void> {
    await expect(this.editor.locator('.monaco-editor')).toBeVisible();
    await this.page.waitForFunction(() => window.__aslEditor !== undefined);
  }

  value(): Promise<string> {
    return this.page.evaluate(() => window.__aslEditor!.value());
  }

  selection(): Promise<{ start: number; end: number; text: string }> {
    return this.page.evaluate(() => window.__aslEditor!.selection());
  }

  markers(): Promise<{ owner: string; severity: number; message: string; start: number; end: number }[]> {
    return this.page.evaluate(() => window.__aslEditor!.markers());
  }

  /** Puts the cursor (or a selection) at text offsets, as a click would. */
  async select(start: number, end = start): Promise<void> {
    await this.page.evaluate(([s, e]) => window.__aslEditor!.select(s, e), [start, end] as const);
  }

  /** Types at `offset` with the real keyboard (Monaco's auto-closing applies, as for a user). */
  async typeAt(offset: number, text: string): Promise<void> {
    await this.select(offset);
    await this.page.keyboard.type(text);
  }

  /** Deletes [start, end) with the keyboard. */
  async deleteRange(start: number, end: number): Promise<void> {
    await this.select(start, end);
    await this.page.keyboard.press('Delete');
  }

  /** Waits until the store has taken the editor's text (the debounce has fired). */
  async waitSynced(): Promise<void> {
    await this.page.waitForFunction(() => window.__aslEditor!.value() === window.__studio!.getText());
  }

  /** A state's node on the live graph beside the editor (`scope` defaults to Code mode's graph pane). */
  node(scope: Locator, name: string): Locator {
    return scope.getByTestId(`node-${name}`);
  }

  /** An edge of the live graph (ids as in src/graph/ids.ts, e.g. `A->next:0->B`). */
  edge(scope: Locator, id: string): Locator {
    return scope.getByTestId(`rf__edge-${id}`);
  }
}
