/**
 * The back office: the staff login and the administration pages (staff, a staff member, the
 * units, each also with an error) in every language, and an administrator adding a caseworker,
 * with JavaScript on and off, checked with axe.
 */
import { expect, test } from '@playwright/test';
import { addStaff, totp } from '../support/staff';
import { LOCALES, expectNoAccessibilityViolations } from './support';

for (const locale of LOCALES) {
  test(`the staff login in ${locale} has no accessibility violations, also with an error`, async ({ page }) => {
    await page.goto(`/verwaltung/anmelden?lang=${locale}`);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expectNoAccessibilityViolations(page);
    await page.locator('#username').fill('niemand');
    await page.locator('#password').fill('falsch');
    await page.locator('#code').fill('123456');
    await page.locator('main form button[type="submit"]').click();
    await expect(page.getByRole('alert')).toBeFocused();
    await expectNoAccessibilityViolations(page);
  });
}

for (const locale of LOCALES) {
  test(`the administration pages in ${locale} have no accessibility violations, also with errors`, async ({ page }) => {
    test.setTimeout(90_000);
    const admin = addStaff('Amara Okafor', 'administrator');
    await page.goto(`/verwaltung/anmelden?lang=${locale}`);
    await page.locator('#username').fill(admin.username);
    await page.locator('#password').fill(admin.password);
    await page.locator('#code').fill(totp(admin.secret));
    await page.locator('main form button[type="submit"]').click();
    await expect(page).toHaveURL(/\/verwaltung$/);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expectNoAccessibilityViolations(page);

    await page.locator('main a[href="/verwaltung/mitarbeitende"]').click();
    await expectNoAccessibilityViolations(page);
    await page.locator('form[action="/verwaltung/mitarbeitende"] button[type="submit"]').click();
    await expect(page.getByRole('alert')).toBeFocused();
    await expectNoAccessibilityViolations(page);
    await page.locator('main table a').first().click();
    await expect(page).toHaveURL(/\/verwaltung\/mitarbeitende\/\d+$/);
    await expectNoAccessibilityViolations(page);

    await page.goto('/verwaltung/einheiten');
    await expect(page.locator('main table a[href="/verwaltung/einheiten/69.2"]')).toBeVisible();
    await expectNoAccessibilityViolations(page);
    await page.locator('#code').fill('6a');
    await page.locator('form[action="/verwaltung/einheiten"] button[type="submit"]').click();
    await expect(page.getByRole('alert')).toBeFocused();
    await expectNoAccessibilityViolations(page);
    await page.goto('/verwaltung/einheiten/69.2');
    await page.locator('#email').fill('');
    await page.locator('form[action="/verwaltung/einheiten/69.2"] button[type="submit"]').click();
    await expect(page.getByRole('alert')).toBeFocused();
    await expectNoAccessibilityViolations(page);

    // Anbindungen: refused without units and rights, then added (its token shown once) and revoked.
    await page.goto('/verwaltung');
    await page.locator('main a[href="/verwaltung/anbindungen"]').click();
    await expectNoAccessibilityViolations(page);
    const name = `Fachverfahren ${locale} ${test.info().project.name}`;
    await page.locator('#name').fill(name);
    await page.locator('form[action="/verwaltung/anbindungen"] button[type="submit"]').click();
    await expect(page.getByRole('alert')).toBeFocused();
    await expect(page.getByRole('alert').locator('a[href="#einheiten"]')).toHaveCount(1);
    await expectNoAccessibilityViolations(page);
    await page.locator('#einheiten').check();
    await page.locator('#rechte').check();
    await page.locator('#webhook').fill('https://fachverfahren.kreis-unna.example/hooks');
    await page.locator('form[action="/verwaltung/anbindungen"] button[type="submit"]').click();
    await expect(page.locator('main code').first()).toHaveText(/^kp_[0-9a-f]{32}$/);
    await expect(page.locator('main code')).toHaveCount(2);
    await expectNoAccessibilityViolations(page);
    await page.locator('main a.back-link').click();
    const row = page.locator('main tbody tr', { hasText: name });
    await row.locator('button[type="submit"]').click();
    await expect(page.locator('main tbody tr', { hasText: name }).locator('button')).toHaveCount(0);
    await expectNoAccessibilityViolations(page);
  });
}

test('an administrator adds a caseworker, who logs in with what was handed over', async ({ page, browser }) => {
  const admin = addStaff('Amara Okafor', 'administrator');
  await page.goto('/verwaltung');
  await expect(page).toHaveURL(/\/verwaltung\/anmelden$/);
  await page.getByLabel('Benutzername').fill(admin.username);
  await page.getByLabel('Passwort').fill(admin.password);
  await page.getByLabel('Code aus der Authenticator-App').fill(totp(admin.secret));
  await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verwaltung');
  await expect(page.getByText('Guten Tag, Amara Okafor')).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await page.getByRole('link', { name: 'Mitarbeitende' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mitarbeitende');
  await expectNoAccessibilityViolations(page);
  await page.getByLabel('Benutzername').fill('Ü');
  await page.getByLabel('Name', { exact: true }).fill('Jan Ruhrberg');
  await page.getByLabel('E-Mail-Adresse').fill('j.ruhrberg@kreis-unna.example');
  await page.getByLabel('Rolle').selectOption('caseworker');
  await page.getByRole('button', { name: 'Hinzufügen' }).click();
  await expect(page.getByRole('alert')).toBeFocused();
  await expect(page).toHaveTitle(/^Fehler: /);
  await expectNoAccessibilityViolations(page);

  const username = `e2e.jr${Date.now() % 1_000_000}${test.info().project.name}`;
  await page.getByLabel('Benutzername').fill(username);
  await page.getByLabel('Rolle').selectOption('caseworker');
  await page.getByLabel('Organisationseinheit').selectOption('69.2');
  await page.getByRole('button', { name: 'Hinzufügen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jan Ruhrberg wurde hinzugefügt');
  await expectNoAccessibilityViolations(page);
  const codes = page.locator('.summary-list__value code');
  const password = (await codes.nth(1).textContent()) ?? '';
  const secret = (await codes.nth(2).textContent()) ?? '';

  await page.getByRole('link', { name: 'Mitarbeitende' }).click();
  await page.getByRole('link', { name: 'Jan Ruhrberg' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jan Ruhrberg');
  await expectNoAccessibilityViolations(page);

  const other = await browser.newContext({ javaScriptEnabled: test.info().project.use.javaScriptEnabled });
  const colleague = await other.newPage();
  await colleague.goto('/verwaltung/anmelden');
  await colleague.getByLabel('Benutzername').fill(username);
  await colleague.getByLabel('Passwort').fill(password);
  await colleague.getByLabel('Code aus der Authenticator-App').fill(totp(secret));
  await colleague.getByRole('button', { name: 'Anmelden', exact: true }).click();
  await expect(colleague.getByText('Sachbearbeitung (Untere Wasserbehörde)')).toBeVisible();
  await other.close();
});
