import { test, expect } from './fixtures';

test('the built studio loads the sample workflow with no console errors and no foreign requests', async ({ page, health, studio }) => {
  await page.goto('/');
  await studio.ready();
  await expect(page.getByTestId('mode-design')).toHaveAttribute('aria-selected', 'true');
  const definition = await studio.definition();
  expect(definition.StartAt).toBe('Check stock');
  // Visit every mode so lazily loaded chunks (Monaco, the run engine) are exercised too.
  for (const mode of ['code', 'run', 'config', 'design'] as const) {
    await page.getByTestId(`mode-${mode}`).click();
    await expect(page.getByTestId(`mode-${mode}`)).toHaveAttribute('aria-selected', 'true');
  }
  await expect(page.getByTestId('count-error')).toHaveText('0 errors');
  expect(health.consoleErrors).toEqual([]);
  expect(health.foreignRequests).toEqual([]);
});

test('validation reaches its full depth after the lazily loaded checkers arrive', async ({ page, studio }) => {
  await page.goto('/');
  await studio.ready();
  await studio.load({
    QueryLanguage: 'JSONata',
    StartAt: 'Bad',
    States: { Bad: { Type: 'Pass', Output: '{% $states.input.( %}', End: true } },
  });
  await expect(page.getByTestId('count-error')).toHaveText('1 error');
  await expect(page.getByTestId('count-warning')).toHaveText(/^\d+ warnings?$/);
  await expect(page.getByTestId('status-diagnostics')).not.toContainText(/\b1 (errors|warnings)\b/);
  await page.getByTestId('status-diagnostics').click();
  await expect(page.getByTestId('diagnostics-list')).toContainText('JSONata');
});
