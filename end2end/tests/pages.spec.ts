/** Every page in every language: right language and direction, zero axe violations. */
import { expect, test } from '@playwright/test';
import { LOCALES, PAGES, expectNoAccessibilityViolations } from './support';

for (const locale of LOCALES) {
  for (const { path, status } of PAGES) {
    test(`${path} in ${locale} is accessible`, async ({ page }) => {
      const response = await page.goto(`${path}?lang=${locale}`);
      expect(response?.status()).toBe(status);
      const html = page.locator('html');
      await expect(html).toHaveAttribute('lang', locale);
      await expect(html).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr');
      await expect(page).toHaveTitle(/ – Kreisportal /);
      await expect(page.getByRole('main')).toBeVisible();
      await expectNoAccessibilityViolations(page);
    });
  }
}
