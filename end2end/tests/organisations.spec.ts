/**
 * Organisation accounts in every language, with JavaScript on and off: the list with the form
 * to found one (also with its errors), an organisation's page, inviting someone (also with an
 * error), checked with axe.
 */
import { expect, test } from '@playwright/test';
import { LOCALES, expectNoAccessibilityViolations, logInAtProvider, waitForMailedLink } from './support';

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
    const link = await waitForMailedLink(organisation, /\/organisationen\/einladung\/[0-9a-f]{32}/);
    await page.goto(`${link}?lang=${locale}`);
    await expect(page.locator('form[action$="/annehmen"]')).toHaveCount(1);
    await expectNoAccessibilityViolations(page);
  });
}
