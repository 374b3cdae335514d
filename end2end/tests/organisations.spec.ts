/**
 * Organisation accounts in every language, with JavaScript on and off: the list with the form
 * to found one (also with its errors), an organisation's page, inviting someone (also with an
 * error), checked with axe.
 */
import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALES, expectNoAccessibilityViolations, logInAtProvider } from './support';

for (const locale of LOCALES) {
  test(`the organisation pages in ${locale} have no accessibility violations`, async ({ page }) => {
    await page.goto(`/organisationen?lang=${locale}`);
    await logInAtProvider(page, 'jonas', 'elster');
    await expect(page).toHaveURL(/\/organisationen$/);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expectNoAccessibilityViolations(page);

    const create = page.locator('form[action="/organisationen"]');
    await create.locator('button[type="submit"]').click();
    await expect(page.getByRole('alert')).toBeFocused();
    await expectNoAccessibilityViolations(page);

    await page.locator('#name').fill(`Backstube am Markt ${locale}`);
    await page.locator('#legal_form').selectOption('gmbh');
    await page.locator('#street').fill('Markt 3');
    await page.locator('#postcode').fill('59423');
    await page.locator('#city').fill('Unna');
    await create.locator('button[type="submit"]').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Backstube am Markt ${locale}`);
    await expectNoAccessibilityViolations(page);

    const invite = page.locator('form[action$="/einladungen"]');
    await invite.locator('#email').fill('keine-adresse');
    await invite.locator('button[type="submit"]').click();
    await expect(page.getByRole('alert')).toBeFocused();
    await expectNoAccessibilityViolations(page);
    await page.locator('#email').fill('erika.lindqvist@example.org');
    await page.locator('form[action$="/einladungen"] button[type="submit"]').click();
    await expect(page.locator('.grant-list__item')).toHaveCount(1);
    const organisation = `Backstube am Markt ${locale}`;
    await expect(page.locator('.grant-list__item > span').first()).toContainText('erika.lindqvist@example.org');
    await expectNoAccessibilityViolations(page);

    // The invitation's page, opened from the mail the worker sent.
    const link = await expect
      .poll(() => invitationLink(organisation), { timeout: 10_000 })
      .not.toBeUndefined()
      .then(() => invitationLink(organisation));
    await page.goto(`${link}?lang=${locale}`);
    await expect(page.locator('form[action$="/annehmen"]')).toHaveCount(1);
    await expectNoAccessibilityViolations(page);
  });
}

/** The link of the invitation mail that names `organisation`, once the worker has sent it. */
function invitationLink(organisation: string): string | undefined {
  const folder = join(process.env.E2E_DATA_DIR ?? '', 'mail');
  let names: string[] = [];
  try {
    names = readdirSync(folder).filter((name) => name.endsWith('.eml'));
  } catch {
    return undefined;
  }
  for (const name of names) {
    const mail = decodedBody(readFileSync(join(folder, name), 'utf8'));
    if (!mail.includes(organisation)) continue;
    return mail.match(/\/organisationen\/einladung\/[0-9a-f]{32}/)?.[0];
  }
  return undefined;
}

/** A mail's body as text: base64 decoded, or quoted-printable lines joined (the link and the
 * name are ASCII, so the rest of quoted-printable may stay encoded). */
function decodedBody(mail: string): string {
  const split = mail.search(/\r?\n\r?\n/);
  const headers = mail.slice(0, split);
  const body = mail.slice(split).trim();
  if (/Content-Transfer-Encoding:\s*base64/i.test(headers)) {
    return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  }
  return body.replace(/=\r?\n/g, '');
}
