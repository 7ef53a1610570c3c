/** Records a page's Content-Security-Policy violations from before its first script runs. */
import type { Page } from '@playwright/test';

export interface Violation { directive: string; blocked: string; sample: string; source: string }

declare global {
  interface Window { __cspViolations?: Violation[] }
}

export async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations!.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample, source: `${e.sourceFile}:${e.lineNumber}` });
    });
  });
}

export const violations = (page: Page): Promise<Violation[]> => page.evaluate(() => window.__cspViolations ?? []);
