/**
 * Helpers the back-office journeys share: logging staff in, filling date fields, and applying
 * for the infection protection instruction (unit 53) as the applicant.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { addStaff, totp } from '../support/staff';

/** Fills a date field's day, month and year, `offsetDays` from today. */
export async function fillDate(page: Page, name: string, offsetDays: number): Promise<void> {
  const date = new Date(Date.now() + offsetDays * 86_400_000);
  await page.locator(`[name="${name}.day"]`).fill(String(date.getUTCDate()));
  await page.locator(`[name="${name}.month"]`).fill(String(date.getUTCMonth() + 1));
  await page.locator(`[name="${name}.year"]`).fill(String(date.getUTCFullYear()));
}

/** A new browser context with a staff member of `role` in unit 53 logged in, in `locale`. */
export async function staffPage(browser: Browser, name: string, role: string, locale: string): Promise<Page> {
  const member = addStaff(name, role, '53');
  const context = await browser.newContext({ javaScriptEnabled: test.info().project.use.javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(`/verwaltung/anmelden?lang=${locale}`);
  await page.locator('#username').fill(member.username);
  await page.locator('#password').fill(member.password);
  await page.locator('#code').fill(totp(member.secret));
  await page.locator('main form button[type="submit"]').click();
  await expect(page).toHaveURL(/\/verwaltung$/);
  return page;
}

/** Applies for the infection protection instruction (unit 53); returns the reference. */
export async function submitInstruction(page: Page, familyName: string): Promise<string> {
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
