/**
 * The Posteingang: an application submitted in the portal reaches the inbox of the unit
 * responsible for its service, where a caseworker opens it and takes it up. In every
 * language, with JavaScript on and off, checked with axe.
 */
import { expect, test, type Page } from '@playwright/test';
import { addStaff, totp } from '../support/staff';
import { LOCALES, expectNoAccessibilityViolations } from './support';

/** Fills a date field's day, month and year, `offsetDays` from today. */
async function fillDate(page: Page, name: string, offsetDays: number): Promise<void> {
  const date = new Date(Date.now() + offsetDays * 86_400_000);
  await page.locator(`[name="${name}.day"]`).fill(String(date.getUTCDate()));
  await page.locator(`[name="${name}.month"]`).fill(String(date.getUTCMonth() + 1));
  await page.locator(`[name="${name}.year"]`).fill(String(date.getUTCFullYear()));
}

/** Applies for the infection protection instruction (unit 53); returns the reference. */
async function submitInstruction(page: Page, familyName: string): Promise<string> {
  await page.goto('/leistungen/belehrung-infektionsschutz?lang=de');
  await page.locator('main form[action$="/antrag"] button[type="submit"]').first().click();
  await page.locator('[name="given_name"]').fill('Selin');
  await page.locator('[name="family_name"]').fill(familyName);
  await fillDate(page, 'birth_date', -30 * 365);
  await page.locator('[name="email"]').fill('selin.brinkhoff@example.org');
  await page.getByRole('button', { name: 'Weiter', exact: true }).click();
  await expect(page).toHaveURL(/\/schritt\/work$/);
  await page.locator('select[name="sector"]').selectOption('baeckerei');
  await page.getByRole('button', { name: 'Weiter', exact: true }).click();
  await expect(page).toHaveURL(/\/schritt\/appointment$/);
  await page.locator('input[name="weekdays"][value="di"]').check();
  await page.locator('input[name="time_of_day"][value="vormittags"]').check();
  await fillDate(page, 'earliest', 10);
  await page.locator('select[name="language"]').selectOption('de');
  await page.locator('input[name="sign_language"][value="no"]').check();
  await page.getByRole('button', { name: 'Weiter', exact: true }).click();
  await expect(page).toHaveURL(/\/pruefen$/);
  await page.locator('#erklaerung').check();
  await page.getByRole('button', { name: 'Antrag verbindlich absenden', exact: true }).click();
  await expect(page).toHaveURL(/\/eingereicht$/);
  return (await page.getByText(/^KU-\d{4}-\d{6}$/).textContent()) ?? '';
}

for (const locale of LOCALES) {
  test(`a submission reaches the inbox and is taken up, in ${locale}`, async ({ page, browser }) => {
    test.setTimeout(90_000);
    const familyName = `Brinkhoff-${locale}-${test.info().project.name}`;
    const reference = await submitInstruction(page, familyName);

    const caseworker = addStaff('Mehmet Yilmaz', 'caseworker', '53');
    const context = await browser.newContext({ javaScriptEnabled: test.info().project.use.javaScriptEnabled });
    const office = await context.newPage();
    await office.goto(`/verwaltung/anmelden?lang=${locale}`);
    await office.locator('#username').fill(caseworker.username);
    await office.locator('#password').fill(caseworker.password);
    await office.locator('#code').fill(totp(caseworker.secret));
    await office.locator('main form button[type="submit"]').click();
    await expect(office).toHaveURL(/\/verwaltung$/);
    await office.locator('main a[href="/verwaltung/posteingang"]').click();
    await expect(office.locator('html')).toHaveAttribute('lang', locale);
    // The intake job runs in the server's worker right after the submit.
    await expect(async () => {
      await office.reload();
      await expect(office.getByRole('link', { name: reference })).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
    await expectNoAccessibilityViolations(office);

    await office.locator('#referenz').fill(reference);
    await office.locator('form.filter-form button[type="submit"]').click();
    await expect(office.locator('main tbody tr')).toHaveCount(1);
    await expectNoAccessibilityViolations(office);

    await office.getByRole('link', { name: reference }).click();
    await expect(office.getByRole('heading', { level: 1 })).toContainText(reference);
    await expect(office.locator('main')).toContainText(familyName);
    await expectNoAccessibilityViolations(office);
    await office.locator('form[action$="/uebernehmen"] button[type="submit"]').click();
    await expect(office.locator('main')).toContainText('Mehmet Yilmaz');
    await expect(office.locator('form[action$="/uebernehmen"]')).toHaveCount(0);
    await expectNoAccessibilityViolations(office);
    await context.close();
  });
}
