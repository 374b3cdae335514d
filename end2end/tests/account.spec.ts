/**
 * Logging in through the test OpenID provider's real login page, the account page, the step-up
 * to a higher trust level, and logging out; the login-related pages in every language, with
 * JavaScript on and off, checked with axe.
 */
import { expect, test } from '@playwright/test';
import { LOCALES, expectNoAccessibilityViolations, logInAtProvider } from './support';

test('a citizen logs in, sees the account and logs out', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Nutzerkonto' }).getByRole('link', { name: 'Anmelden' }).click();
  await logInAtProvider(page, 'selin', 'eid');
  await expect(page).toHaveURL(/\/$/);
  await page.getByRole('navigation', { name: 'Nutzerkonto' }).getByRole('link', { name: 'Mein Konto' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mein Konto');
  await expect(page.getByText('Angemeldet als Selin Brinkhoff')).toBeVisible();
  await expect(page.getByText('Ihr Anmeldeniveau: hoch (Online-Ausweis)')).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await page.getByRole('button', { name: 'Abmelden', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sie sind abgemeldet');
  await expectNoAccessibilityViolations(page);
  await page.goto('/konto');
  await expect(page).toHaveURL(/\/anmelden\?weiter=/);
  await expect(page.locator('form[action="/anmelden/passwort"]')).toBeVisible();
});

test('a login below the service’s level is stepped up with a stronger method', async ({ page }) => {
  await page.goto('/leistungen/jagdschein-verlaengern');
  await page.getByRole('button', { name: 'Jetzt beantragen', exact: true }).click();
  await page.getByRole('main').getByRole('link', { name: 'Anmelden', exact: true }).click();
  await logInAtProvider(page, 'jonas', 'passwort');
  await page.getByRole('button', { name: 'Jetzt beantragen', exact: true }).click();
  await expect(page.getByText(/Sie sind mit dem Niveau Basis .* angemeldet/)).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await page.getByRole('main').getByRole('link', { name: 'Anmelden', exact: true }).click();
  await logInAtProvider(page, 'jonas', 'elster');
  await page.getByRole('button', { name: 'Jetzt beantragen', exact: true }).click();
  await expect(page).toHaveURL(/\/schritt\/person$/);
});

for (const locale of LOCALES) {
  test(`the login pages in ${locale} have no accessibility violations`, async ({ page }) => {
    await page.goto(`/leistungen/jagdschein-verlaengern?lang=${locale}`);
    await page.locator('main form button[type="submit"]').click();
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expectNoAccessibilityViolations(page);

    await page.goto(`/anmelden/rueckkehr?error=access_denied&state=x&lang=${locale}`);
    await expectNoAccessibilityViolations(page);

    await page.goto(`/konto?lang=${locale}`);
    await logInAtProvider(page, 'erika', 'passwort');
    await expect(page).toHaveURL(/\/konto$/);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expectNoAccessibilityViolations(page);

    await page.locator('a[href="/konto/postfach"]').click();
    await expect(page).toHaveURL(/\/konto\/postfach$/);
    await expect(page.locator('main h1')).toHaveCount(1);
    await expectNoAccessibilityViolations(page);
    // Giving or withdrawing the consent to digital delivery comes back to the Postfach.
    await page.locator('form[action="/konto/postfach/einwilligung"] button').click();
    await expect(page).toHaveURL(/\/konto\/postfach$/);
    await expectNoAccessibilityViolations(page);
    await page.goto('/konto');
    await page.locator('a[href="/konto/daten"]').click();
    await expect(page).toHaveURL(/\/konto\/daten$/);
    await expectNoAccessibilityViolations(page);
    await page.goto('/konto/loeschen');
    await expectNoAccessibilityViolations(page);
    // Without the confirmation: the error state, focused summary linking to the box.
    await page.locator('form[action="/konto/loeschen"] button').click();
    const summary = page.getByRole('alert');
    await expect(summary).toBeFocused();
    await expect(summary.locator('a[href="#bestaetigung"]')).toHaveCount(1);
    await expectNoAccessibilityViolations(page);

    await page.locator('header form[action="/abmelden"] button').click();
    await expect(page).toHaveURL(/\/abgemeldet$/);
    await expectNoAccessibilityViolations(page);

    // Pages seen without a login: after deleting the account, and an invitation that is gone.
    await page.goto(`/konto-geloescht?lang=${locale}`);
    await expectNoAccessibilityViolations(page);
    await page.goto(`/organisationen/einladung/00112233445566778899aabbccddeeff?lang=${locale}`);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expectNoAccessibilityViolations(page);
  });
}

test('a citizen downloads their data and deletes the account', async ({ page }) => {
  await page.goto('/konto');
  await logInAtProvider(page, 'selin', 'eid');
  await page.getByRole('link', { name: 'Meine gespeicherten Daten ansehen und herunterladen' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Meine gespeicherten Daten');
  await expect(page.getByText('Bahnhofstraße 12, 59423, Unna')).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Meine Daten als JSON-Datei herunterladen' }).click(),
  ]);
  const exported = JSON.parse(await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c).toString()));
  expect(exported.account.given_name).toBe('Selin');

  await page.goto('/konto/loeschen');
  await page.getByLabel('Ja, ich möchte mein Nutzerkonto endgültig löschen').check();
  await page.getByRole('button', { name: 'Nutzerkonto löschen', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ihr Nutzerkonto ist gelöscht');
  await expectNoAccessibilityViolations(page);
  await expect(page.getByRole('navigation', { name: 'Nutzerkonto' }).getByRole('link', { name: 'Anmelden' })).toBeVisible();
});

test('with JavaScript, a warning comes before the login times out and keeps it in one action', async ({ page }) => {
  test.skip(test.info().project.use.javaScriptEnabled === false, 'the warning needs JavaScript; without it drafts are saved anyway');
  await page.clock.install();
  await page.goto('/konto');
  await logInAtProvider(page, 'selin', 'eid');
  await expect(page).toHaveURL(/\/konto$/);
  const dialog = page.getByRole('alertdialog', { name: 'Ihre Anmeldung läuft bald ab' });
  await expect(dialog).toBeHidden();

  // Level hoch: five idle minutes; the warning comes 150 seconds before their end.
  await page.clock.fastForward('02:31');
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAccessibleDescription(/in weniger als drei Minuten abgemeldet/);
  const stay = dialog.getByRole('button', { name: 'Angemeldet bleiben' });
  await expect(stay).toBeFocused();
  await expectNoAccessibilityViolations(page);
  const extended = page.waitForResponse((response) => response.url().endsWith('/sitzung/verlaengern'));
  await page.keyboard.press('Enter');
  expect((await extended).status()).toBe(204);
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/\/konto$/);

  // The next warning comes again before the idle end, counted from the extension.
  await page.clock.fastForward('02:00');
  await expect(dialog).toBeHidden();
  await page.clock.fastForward('00:45');
  await expect(dialog).toBeVisible();
});

for (const locale of LOCALES) {
  test(`the timeout warning in ${locale} has no accessibility violations`, async ({ page }) => {
    test.skip(test.info().project.use.javaScriptEnabled === false, 'the warning needs JavaScript');
    await page.clock.install();
    await page.goto(`/konto?lang=${locale}`);
    await logInAtProvider(page, 'selin', 'eid');
    await expect(page).toHaveURL(/\/konto$/);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    const dialog = page.getByRole('alertdialog');
    await page.clock.fastForward('02:31');
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('button').first()).toBeFocused();
    await expectNoAccessibilityViolations(page);
  });
}
