/**
 * A decision from the back office into a citizen's Postfach: the citizen has agreed to digital
 * delivery and applies; the caseworker files the case and writes the decision; a team lead
 * signs it off; the letter is filed and posted; the notice mail (through the real SMTP server
 * on loopback) carries only the link; the citizen opens the message, which announces the
 * decision, and the case page shows the retrieval, the announcement and the appeal deadline. In
 * every language, with JavaScript on and off, checked with axe.
 */
import { expect, test } from '@playwright/test';
import { staffPage, submitInstruction } from './office';
import { LOCALES, expectNoAccessibilityViolations, logInAtProvider, waitForMailedLink } from './support';

for (const locale of LOCALES) {
  test(`a signed-off decision reaches the Postfach, is notified by mail and announced when opened, in ${locale}`, async ({
    page,
    browser,
  }) => {
    test.setTimeout(180_000);
    await page.goto(`/konto/postfach?lang=${locale}`);
    await logInAtProvider(page, 'deniz', 'passwort');
    await expect(page).toHaveURL(/\/konto\/postfach$/);
    // Consent to digital delivery (only this journey logs Deniz in, and never withdraws it).
    const consent = page.locator('form[action="/konto/postfach/einwilligung"]');
    if ((await consent.locator('input[value="ja"]').count()) > 0) await consent.locator('button').click();
    await expect(consent.locator('input[value="nein"]')).toHaveCount(1);

    const familyName = `Kaya-${locale}-${test.info().project.name}`;
    const reference = await submitInstruction(page, familyName);

    const office = await staffPage(browser, 'Mehmet Yilmaz', 'caseworker', locale);
    await office.goto('/verwaltung/posteingang');
    await expect(async () => {
      await office.reload();
      await expect(office.getByRole('link', { name: reference })).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
    await office.getByRole('link', { name: reference }).click();
    await office.locator('form[action$="/uebernehmen"] button[type="submit"]').click();
    await office.locator('form[action$="/zda"] button[type="submit"]').click();
    await expect(office.locator('form[action$="/zda"]')).toHaveCount(0);
    await office.locator('#ergebnis-stattgabe').check();
    await office.locator('#begruendung').fill('Die Belehrung hat stattgefunden.\n\nDie Bescheinigung wird erteilt.');
    await office.locator('form[action$="/entscheidung"] button[type="submit"]').click();
    await expect(office.locator('form[action$="/entscheidung"]')).toHaveCount(0);
    await expectNoAccessibilityViolations(office);
    await office.locator('input[name="schritt"][value="mitzeichnung-anfordern"] + button').click();
    const caseAddress = office.url().replace(/#.*$/, '');

    const lead = await staffPage(browser, 'Birgit Schulte', 'team_lead', locale);
    await lead.goto(caseAddress);
    await lead.locator('input[name="schritt"][value="mitzeichnen"] + button').click();
    // The release runs in the server's worker right after the sign-off.
    await expect(async () => {
      await lead.reload();
      await expect(lead.locator('#zustellung code')).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
    await expect(lead.locator('#bekanntgabe')).toHaveCount(0);
    await expectNoAccessibilityViolations(lead);

    // The Postfach lists it; the notice came by SMTP with the link and nothing of the content.
    await page.goto(`/konto/postfach?lang=${locale}`);
    const message = page.locator('main a[href^="/konto/postfach/"]', { hasText: reference });
    await expect(message).toHaveCount(1);
    await expectNoAccessibilityViolations(page);
    const address = (await message.getAttribute('href')) ?? '';
    const link = await waitForMailedLink('deniz.kaya@example.org', new RegExp(`https?://[^\\s"]*${address}(?!\\d)`));
    expect(link.endsWith(address)).toBe(true);
    await page.goto(`${address}?lang=${locale}`);
    await expect(page.locator('main h1')).toContainText(reference);
    await expect(page.locator('main a[href$="/brief"]')).toHaveCount(1);
    await expectNoAccessibilityViolations(page);

    // Opening it is the retrieval: the case shows it, the announcement and the appeal deadline.
    await lead.reload();
    for (const fact of ['#abruf', '#bekanntgabe', '#klagefrist']) {
      await expect(lead.locator(fact)).toContainText(/\d{4}/);
    }
    await expectNoAccessibilityViolations(lead);
    for (const opened of [office, lead]) await opened.context().close();
  });
}
