/**
 * Local accounts in every language, with JavaScript on and off: the login page, registering
 * (also with its errors), confirming the address from the mail the worker sent, logging out and
 * in again, and a new password by the mailed link. Every page is checked with axe.
 */
import { expect, test } from '@playwright/test';
import { LOCALES, expectNoAccessibilityViolations, waitForMailedLink } from './support';

const PASSWORD = 'Lindenblüten im Juni';
const NEW_PASSWORD = 'Holunder und Minze';

for (const locale of LOCALES) {
  test(`a local account is created, confirmed and given a new password in ${locale}`, async ({ page }, info) => {
    // One journey over sixteen pages, each checked with axe.
    test.setTimeout(120_000);
    const email = `erika.${locale}.${info.project.name}.${Date.now()}@example.org`;
    await page.goto(`/anmelden?lang=${locale}`);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.locator('a[href^="/anmelden/servicekonto"]')).toBeVisible();
    await expectNoAccessibilityViolations(page);
    const login = page.locator('form[action="/anmelden/passwort"]');
    await login.locator('button[type="submit"]').click();
    await expect(page.getByRole('alert')).toBeFocused();
    await expectNoAccessibilityViolations(page);

    await page.locator('main a[href="/registrieren"]').click();
    const register = page.locator('form[action="/registrieren"]');
    await expect(register).toBeVisible();
    await expect(page.locator('#password')).toHaveAttribute('autocomplete', 'new-password');
    await expectNoAccessibilityViolations(page);
    await page.locator('#email').fill(email);
    await page.locator('#password').fill('kurz');
    await register.locator('button[type="submit"]').click();
    await expect(page.getByRole('alert')).toBeFocused();
    await expect(page.locator('#email')).toHaveValue(email);
    await expectNoAccessibilityViolations(page);
    await page.locator('#password').fill(PASSWORD);
    await register.locator('button[type="submit"]').click();
    await expect(page).toHaveURL(/\/registrieren\/gesendet$/);
    await expectNoAccessibilityViolations(page);

    const confirm = await waitForMailedLink(email, /\/konto\/bestaetigen\/[0-9a-f]{32}/);
    await page.goto(confirm);
    await expect(page.getByRole('main')).toContainText(email);
    await expectNoAccessibilityViolations(page);
    await page.locator(`form[action="${confirm}"] button[type="submit"]`).click();
    await expect(page).toHaveURL(/\/konto$/);
    await expect(page.getByRole('main')).toContainText(email);
    await page.locator('form[action="/abmelden"] button[type="submit"]').first().click();
    await expect(page).toHaveURL(/\/abgemeldet$/);

    await page.goto('/passwort-vergessen');
    const forgot = page.locator('form[action="/passwort-vergessen"]');
    await expectNoAccessibilityViolations(page);
    await forgot.locator('button[type="submit"]').click();
    await expect(page.getByRole('alert')).toBeFocused();
    await expectNoAccessibilityViolations(page);
    await page.locator('#email').fill(email);
    await forgot.locator('button[type="submit"]').click();
    await expect(page).toHaveURL(/\/passwort-vergessen\/gesendet$/);
    await expectNoAccessibilityViolations(page);

    const reset = await waitForMailedLink(email, /\/passwort-neu\/[0-9a-f]{32}/);
    await page.goto(reset);
    await expectNoAccessibilityViolations(page);
    await page.locator('#password').fill(email);
    await page.locator(`form[action="${reset}"] button[type="submit"]`).click();
    await expect(page.getByRole('alert')).toBeFocused();
    await expectNoAccessibilityViolations(page);
    await page.locator('#password').fill(NEW_PASSWORD);
    await page.locator(`form[action="${reset}"] button[type="submit"]`).click();
    await expect(page).toHaveURL(/\/anmelden\?hinweis=passwort-geaendert$/);
    await expect(page.getByRole('status')).toBeVisible();
    await expectNoAccessibilityViolations(page);

    await page.locator('#email').fill(email);
    await page.locator('#password').fill(NEW_PASSWORD);
    await login.locator('button[type="submit"]').click();
    await expect(page).toHaveURL(/\/konto$/);

    const used = await page.goto(reset);
    expect(used?.status()).toBe(410);
    await expect(page.locator('main a[href="/passwort-vergessen"]')).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });
}
