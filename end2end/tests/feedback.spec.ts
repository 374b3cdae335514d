/** Reporting a barrier: the whole journey, its error state and the link from every page. */
import { expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from './support';

test('a barrier is reported and confirmed with a number', async ({ page }) => {
  await page.goto('/barrierefreiheit');
  await page.getByLabel('Was ist Ihnen aufgefallen?').fill('Der Fokus ist auf der Startseite schwer zu sehen.');
  await page.getByLabel('Auf welcher Seite? (freiwillig)').fill('/');
  await page.getByLabel('Ihre E-Mail-Adresse (freiwillig)').fill('erika.beispiel@beispiel.example');
  await page.getByRole('button', { name: 'Rückmeldung senden' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vielen Dank für Ihre Rückmeldung');
  await expect(page.getByText(/unter der Nummer \d+ eingegangen/)).toBeVisible();
  await expect(page).toHaveTitle('Vielen Dank für Ihre Rückmeldung – Kreisportal Kreis Unna');
  await expectNoAccessibilityViolations(page);
});

test('a barrier is reported in Arabic', async ({ page }) => {
  await page.goto('/barrierefreiheit?lang=ar');
  await page.getByLabel('ماذا لاحظتم؟').fill('لا يمكن الوصول إلى زر البحث بلوحة المفاتيح.');
  await page.getByRole('button', { name: 'إرسال الملاحظة' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('شكرًا لكم على ملاحظتكم');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expectNoAccessibilityViolations(page);
});

test('a form with errors focuses the error summary, links to each field and keeps the entries', async ({ page }) => {
  await page.goto('/barrierefreiheit?lang=en');
  await page.getByLabel('Your e-mail address (optional)').fill('not-an-address');
  await page.getByRole('button', { name: 'Send feedback' }).click();

  await expect(page).toHaveTitle(/^Error: Accessibility statement – /);
  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('heading')).toHaveText('There is a problem');
  await expect(page.getByLabel('Your e-mail address (optional)')).toHaveValue('not-an-address');
  await expect(page.getByLabel('What did you notice?')).toHaveAccessibleDescription(
    /For example: a button cannot be reached.*Error: Describe what you noticed/,
  );
  await expectNoAccessibilityViolations(page);

  await summary.getByRole('link', { name: 'Describe what you noticed' }).click();
  await expect(page).toHaveURL(/#message$/);
  await page.getByLabel('What did you notice?').fill('The colour contrast of links is too low.');
  await page.getByLabel('Your e-mail address (optional)').fill('');
  await page.getByRole('button', { name: 'Send feedback' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thank you for your feedback');
});

test('"report a barrier" in the footer names the page it was followed from', async ({ page }) => {
  await page.goto('/datenschutz');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Barriere melden' }).click();
  await expect(page.getByLabel('Auf welcher Seite? (freiwillig)')).toHaveValue('/datenschutz');
});
