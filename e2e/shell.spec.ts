import { test, expect } from './fixtures';

test('side panels collapse, resize and remember it across a reload', async ({ page, studio }) => {
  await page.goto('/');
  await studio.ready();
  const canvas = page.getByRole('region', { name: 'Canvas' });
  const before = (await canvas.boundingBox())!.width;
  await page.getByTestId('panel-collapse-right').click();
  await expect.poll(async () => (await canvas.boundingBox())!.width).toBeGreaterThan(before + 200);
  await page.reload();
  await studio.ready();
  await expect(page.getByTestId('panel-expand-right')).toBeVisible();
  await page.getByTestId('panel-expand-right').click();
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  const width = (await inspector.boundingBox())!.width;
  const handle = (await page.getByTestId('panel-resizer-right').boundingBox())!;
  await page.mouse.move(handle.x + 3, handle.y + 200);
  await page.mouse.down();
  await page.mouse.move(handle.x - 97, handle.y + 200, { steps: 5 });
  await page.mouse.up();
  await expect.poll(async () => (await inspector.boundingBox())!.width).toBeGreaterThan(width + 80);
});

test('keyboard help opens with ?, and the theme can be forced dark', async ({ page, studio }) => {
  await page.goto('/');
  await studio.ready();
  await page.locator('body').press('?');
  await expect(page.getByTestId('shortcuts-help')).toBeVisible();
  await expect(page.getByTestId('shortcuts-help')).toContainText('Ctrl+D');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('shortcuts-help')).toBeHidden();
  await page.getByTestId('ws-theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(bg).toBe('rgb(15, 20, 25)');
});

test('the top bar is one row at every width: nothing it shows moves the canvas', async ({ page, studio }) => {
  await page.goto('/');
  await studio.ready();
  const bar = page.locator('header.topbar');
  const canvas = page.getByTestId('canvas');
  // A long name gives way (ellipsis); the controls keep their room.
  await studio.load({ StartAt: 'A', States: { A: { Type: 'Pass', End: true } } },
    { name: 'A-workflow-name-long-enough-to-push-every-control-of-the-top-bar-off-the-screen' });
  for (const width of [1440, 1280, 1024]) {
    await page.setViewportSize({ width, height: 800 });
    await expect.poll(async () => (await bar.boundingBox())!.width).toBe(width);
    expect((await bar.boundingBox())!.height).toBe(38);
    const fits = await bar.evaluate((el) => el.scrollWidth <= el.clientWidth);
    // Down to 1280 px every control is on screen; narrower, the bar scrolls rather than wrap.
    if (width >= 1280) expect(fits).toBe(true);
    await page.getByTestId('undo').focus();
    await expect(page.getByTestId('undo')).toBeInViewport({ ratio: 1 });
    expect((await canvas.boundingBox())!.y).toBe(38);
  }
  await page.screenshot({ path: 'test-results/topbar-1024.png', clip: { x: 0, y: 0, width: 1024, height: 80 } });
});

test('the mode tabs stay in place when the mode changes: a second click lands on the tab aimed at', async ({ page, studio }) => {
  await page.goto('/');
  await studio.ready();
  const places: Record<string, number> = {};
  for (const mode of ['design', 'code', 'run', 'config', 'design']) {
    await page.getByTestId(`mode-${mode}`).click();
    await expect(page.getByTestId(`mode-${mode}`)).toHaveAttribute('aria-selected', 'true');
    for (const tab of ['design', 'code', 'run', 'config']) {
      const x = (await page.getByTestId(`mode-${tab}`).boundingBox())!.x;
      places[tab] ??= x;
      expect(x, `${tab} tab in ${mode} mode`).toBe(places[tab]);
    }
  }
  const undo = (await page.getByTestId('undo').boundingBox())!.x;
  await page.getByTestId('mode-config').click();
  expect((await page.getByTestId('undo').boundingBox())!.x).toBe(undo);
});
