/** Finding a service: search, life situations and the town filter, by keyboard and without JavaScript. */
import { expect, test } from '@playwright/test';
import { expectNoAccessibilityViolations } from './support';

test('a service is found from the start page by a word people use', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Wonach suchen Sie?').fill('Wärmepumpe');
  await page.getByRole('button', { name: 'Suchen' }).click();
  await expect(page).toHaveURL(/\/leistungen\?q=W%C3%A4rmepumpe/);
  await expect(page.getByRole('heading', { level: 2, name: /Eine Leistung für „Wärmepumpe“/ })).toBeVisible();
  await page.getByRole('link', { name: 'Erdwärmesonde: wasserrechtliche Erlaubnis beantragen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Erdwärmesonde: wasserrechtliche Erlaubnis beantragen');
  await expect(page.getByText('Untere Wasserbehörde, Kreis Unna')).toBeVisible();
});

test('life situations and towns narrow the list, and the result page has no violations', async ({ page }) => {
  await page.goto('/leistungen');
  await page.getByRole('navigation', { name: 'Lebenslagen' }).getByRole('link', { name: 'Tiere und Jagd' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '2 Leistungen' })).toBeVisible();
  await page.getByLabel('Stadt oder Gemeinde').selectOption({ label: 'Werne' });
  await page.getByRole('button', { name: 'Suchen' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Eine Leistung' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Jagdschein verlängern' })).toBeVisible();
  await expectNoAccessibilityViolations(page);
});

test('a search in Turkish finds the dog registration, right to left Arabic lists stay usable', async ({ page }) => {
  await page.goto('/leistungen?lang=tr&q=k%C3%B6pek');
  await expect(page.getByRole('link', { name: /Köpek kaydı/ })).toBeVisible();
  await page.goto('/leistungen?lang=ar&q=%D8%B5%D9%8A%D8%AF');
  await expect(page.getByRole('link', { name: 'تجديد رخصة الصيد' })).toBeVisible();
  await expectNoAccessibilityViolations(page);
});
