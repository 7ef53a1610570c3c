/**
 * Shared Playwright fixtures: every test gets a page that records console errors and requests to
 * hosts other than the app's own, plus a typed handle on `window.__studio`.
 */
import { test as base, expect, type Page } from '@playwright/test';
import type { StateMachine, WorkflowSettings } from '../src/asl/types';

export interface PageHealth {
  consoleErrors: string[];
  foreignRequests: string[];
}

export class StudioApi {
  constructor(private readonly page: Page) {}

  async ready(): Promise<void> {
    await this.page.waitForFunction(() => window.__studio !== undefined);
  }

  definition(): Promise<StateMachine> {
    return this.page.evaluate(() => window.__studio!.getDefinition());
  }

  text(): Promise<string> {
    return this.page.evaluate(() => window.__studio!.getText());
  }

  async load(definition: StateMachine | string, settings?: WorkflowSettings): Promise<void> {
    await this.page.evaluate(([d, s]) => window.__studio!.load(d, s), [definition, settings] as const);
  }
}

export const test = base.extend<{ health: PageHealth; studio: StudioApi }>({
  health: async ({ page, baseURL }, use) => {
    const health: PageHealth = { consoleErrors: [], foreignRequests: [] };
    const origin = new URL(baseURL ?? 'http://127.0.0.1').host;
    page.on('console', (msg) => {
      if (msg.type() === 'error') health.consoleErrors.push(msg.text());
    });
    page.on('pageerror', (err) => health.consoleErrors.push(String(err)));
    page.on('request', (req) => {
      const url = new URL(req.url());
      if ((url.protocol === 'http:' || url.protocol === 'https:') && url.host !== origin) health.foreignRequests.push(req.url());
    });
    await use(health);
  },
  studio: async ({ page }, use) => {
    await use(new StudioApi(page));
  },
});

export { expect };
