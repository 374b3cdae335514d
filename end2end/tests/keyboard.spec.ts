/** Keyboard use and layout: the skip link, visible focus, reflow at 320 CSS pixels. */
import { expect, test } from '@playwright/test';
import { PAGES, horizontalOverflow } from './support';

test('the skip link is the first tab stop and moves focus to the main content', async ({ page }) => {
  await page.goto('/impressum');
  await page.keyboard.press('Tab');
  const skipLink = page.getByRole('link', { name: 'Zum Inhalt springen' });
  await expect(skipLink).toBeFocused();
  await expect(skipLink).toBeVisible();
  await expect(skipLink).toHaveCSS('background-color', 'rgb(255, 221, 0)');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('main').getByRole('link').first()).toBeFocused();
});

test('the skip link works in Arabic too', async ({ page }) => {
  await page.goto('/?lang=ar');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'الانتقال إلى المحتوى' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

test('the language switcher is reachable by keyboard and the choice sticks', async ({ page }) => {
  await page.goto('/');
  const english = page.getByRole('navigation', { name: 'Sprache wählen' }).getByRole('link', { name: 'English' });
  await english.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('link', { name: 'Legal notice' }).click();
  await expect(page).toHaveURL(/\/impressum$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Legal notice');
});

for (const { path } of PAGES) {
  for (const locale of ['de', 'ar']) {
    test(`${path} in ${locale} reflows at 320 CSS pixels without horizontal scrolling`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(`${path}?lang=${locale}`);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    });
  }
}
