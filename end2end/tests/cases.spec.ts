/**
 * The Posteingang: an application submitted in the portal reaches the inbox of the unit
 * responsible for its service, where a caseworker opens it, takes it up, asks the applicant for
 * a document (Nachforderung), which the applicant sends through the portal into the case, files
 * the case into a new Akte with its Aktenzeichen, then writes the decision and asks for the
 * sign-off; a second person signs it off (the letter goes out on paper and is filed), and a
 * third, on a page that is out of date, is refused with the reason. On the way the caseworker finds the case with the search
 * and sets a Wiedervorlage, looks at the key figures, and the team lead closes the Akte and finds no Akte due for Aussonderung. In every language, with JavaScript on and off, checked
 * with axe.
 */
import { expect, test } from '@playwright/test';
import { fillDate, staffPage, submitInstruction } from './office';
import { LOCALES, expectNoAccessibilityViolations } from './support';

for (const locale of LOCALES) {
  test(`a submission reaches the inbox, is taken up and signed off by a second person, in ${locale}`, async ({ page, browser }) => {
    test.setTimeout(180_000);
    const familyName = `Brinkhoff-${locale}-${test.info().project.name}`;
    const reference = await submitInstruction(page, familyName);

    const office = await staffPage(browser, 'Mehmet Yilmaz', 'caseworker', locale);
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

    // Nachforderung: a question is needed (the error is explained), then it waits for the answer.
    await office.locator('form[action$="/nachforderung"] button[type="submit"]').click();
    await expect(office.getByRole('alert')).toBeFocused();
    await expect(office.getByRole('alert').locator('a[href="#frage"]')).toHaveCount(1);
    await expectNoAccessibilityViolations(office);
    await office.locator('#frage').fill('Bitte reichen Sie Ihre Teilnahmebescheinigung nach.');
    await office.locator('form[action$="/nachforderung"] button[type="submit"]').click();
    await expect(office.locator('.case-requests > li')).toHaveCount(1);
    await expect(office.locator('form[action$="/nachforderung"]')).toHaveCount(0);
    await expect(office.locator('input[name="schritt"]')).toHaveCount(0);
    await expectNoAccessibilityViolations(office);

    // The applicant finds the question on the receipt and answers it with a file.
    await page.reload();
    await page.locator('main a[href$="/nachforderung"]').click();
    await page.goto(`${page.url()}?lang=${locale}`);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.locator('main blockquote')).toContainText('Teilnahmebescheinigung');
    await expectNoAccessibilityViolations(page);
    await page.locator('main form button[type="submit"]').click();
    await expect(page.getByRole('alert')).toBeFocused();
    await expectNoAccessibilityViolations(page);
    await page.locator('#antwort').fill('Die Bescheinigung liegt bei.');
    await page.locator('#antwort-dateien').setInputFiles({
      name: 'Teilnahmebescheinigung.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.7\n% Teilnahmebescheinigung\n%%EOF\n'),
    });
    await page.locator('main form button[type="submit"]').click();
    await expect(page.locator('main form')).toHaveCount(0);
    await expect(page.locator('main a[href$="/eingereicht"]')).toHaveCount(1);
    await expectNoAccessibilityViolations(page);

    await office.reload();
    await expect(office.locator('.case-requests')).toContainText('Die Bescheinigung liegt bei.');
    await expect(office.locator('.case-requests a', { hasText: 'Teilnahmebescheinigung.pdf' })).toHaveCount(1);
    // Zu den Akten: a new Akte under the service's file plan key gets the next Aktenzeichen.
    await office.locator('form[action$="/zda"] button[type="submit"]').click();
    const aktenzeichen = office.locator('main a[href^="/verwaltung/akten/"]');
    await expect(aktenzeichen).toHaveText(/^53\.40\.20-\d{4}\/\d{4}$/);
    await expectNoAccessibilityViolations(office);
    await aktenzeichen.click();
    // The application itself is the first document, then the file the applicant sent.
    await expect(office.locator('main tbody tr')).toHaveCount(2);
    await expect(office.locator('main tbody tr').first()).toContainText(`Antrag ${reference}.pdf`);
    await expect(office.locator('main tbody')).toContainText('Teilnahmebescheinigung.pdf');
    await expect(office.locator('main a[href$="/xdomea"]')).toHaveCount(1);
    await expectNoAccessibilityViolations(office);
    await office.goBack();
    await office.locator('#vermerk').fill('Bescheinigung geprüft, alles vollständig.');
    await office.locator('form[action$="/vermerk"] button[type="submit"]').click();
    await expect(office.locator('#vermerke + ol > li')).toHaveCount(1);

    // Finden statt Suchen: the case is found by the applicant's name, the match marked; a facet
    // narrows the hits; too long a text is explained.
    const casePath = new URL(office.url()).pathname;
    await office.goto('/verwaltung/suche');
    await expectNoAccessibilityViolations(office);
    await office.locator('#q').fill('Brinkhoff '.repeat(21));
    await office.locator('form[role="search"] button[type="submit"]').click();
    await expect(office.getByRole('alert')).toBeFocused();
    await expectNoAccessibilityViolations(office);
    // The search-index job runs in the server's worker right after the change.
    await expect(async () => {
      await office.locator('#q').fill(familyName);
      await office.locator('form[role="search"] button[type="submit"]').click();
      await expect(office.locator(`main a[href="${casePath}"]`)).toHaveCount(1, { timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
    await expect(office.locator('main mark').first()).toBeVisible();
    await expectNoAccessibilityViolations(office);
    await office.locator('nav.search-results__facets a[href*="art=vorgang"]').click();
    await expect(office.locator('main [aria-current="true"]')).toHaveCount(1);
    await expect(office.locator(`main a[href="${casePath}"]`)).toHaveCount(1);
    await expectNoAccessibilityViolations(office);
    // The key figures: charts drawn on the server, each with its table.
    await office.goto('/verwaltung/kennzahlen');
    // (Two charts of cases; a third of letters once another journey's decision went out.)
    expect(await office.locator('main svg.chart[role="img"]').count()).toBeGreaterThanOrEqual(2);
    expect(await office.locator('main table').count()).toBeGreaterThanOrEqual(3);
    await expectNoAccessibilityViolations(office);
    await office.goto(casePath);

    // Wiedervorlage: a day in the past is explained; a day next week is set and can be done.
    const resubmit = office.locator('form[action$="/wiedervorlage"] button[type="submit"]').first();
    await office.locator('[name="wiedervorlage.day"]').fill('1');
    await office.locator('[name="wiedervorlage.month"]').fill('1');
    await office.locator('[name="wiedervorlage.year"]').fill('2020');
    await resubmit.click();
    await expect(office.getByRole('alert')).toBeFocused();
    await expect(office.getByRole('alert').locator('a[href="#wiedervorlage.day"]')).toHaveCount(1);
    await expectNoAccessibilityViolations(office);
    await fillDate(office, 'wiedervorlage', 7);
    await resubmit.click();
    await expect(office.locator('form[action$="/wiedervorlage"] input[value="erledigt"]')).toHaveCount(1);
    await expectNoAccessibilityViolations(office);
    // The decision is written with its reasons; without them the form says what is missing.
    const decide = office.locator('form[action$="/entscheidung"] button[type="submit"]');
    await decide.click();
    await expect(office.getByRole('alert')).toBeFocused();
    await expect(office.getByRole('alert').locator('a[href="#ergebnis"]')).toHaveCount(1);
    await expectNoAccessibilityViolations(office);
    await office.locator('#ergebnis-ablehnung').check();
    await office.locator('#begruendung').fill('Die Teilnahme an der Belehrung ist nicht nachgewiesen.');
    await decide.click();
    await expect(office.locator('form[action$="/entscheidung"]')).toHaveCount(0);
    await office.locator('input[name="schritt"][value="mitzeichnung-anfordern"] + button').click();
    await expect(office.locator('input[name="schritt"]')).toHaveCount(0);
    const caseAddress = office.url();

    // Two team leads open the case; one signs it off, the other's page is out of date.
    const lead = await staffPage(browser, 'Birgit Schulte', 'team_lead', locale);
    const deputy = await staffPage(browser, 'Deniz Aksoy', 'team_lead', locale);
    await lead.goto(caseAddress);
    await deputy.goto(caseAddress);
    await expectNoAccessibilityViolations(lead);
    await lead.locator('input[name="schritt"][value="mitzeichnen"] + button').click();
    await expect(lead.locator('input[name="schritt"]')).toHaveCount(0);
    await expect(lead.locator('main a[href^="/verwaltung/akten/"]:not([href*="/dokumente/"])')).toHaveText(/^53\.40\.20-/);
    await deputy.locator('input[name="schritt"][value="mitzeichnen"] + button').click();
    await expect(deputy.getByRole('alert')).toBeFocused();
    await expect(deputy).toHaveTitle(/^(Fehler|Error|Hata|خطأ|Помилка|Ошибка|Błąd)/);
    await expectNoAccessibilityViolations(deputy);
    // The letter goes out after the sign-off, on paper here (no account): filed, hashed, why.
    await expect(async () => {
      await lead.reload();
      await expect(lead.locator('#zustellung code')).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 15_000 });
    await expectNoAccessibilityViolations(lead);
    // The team lead closes the Akte; its retention runs from the end of the year.
    await lead.locator('main a[href^="/verwaltung/akten/"]:not([href*="/dokumente/"])').click();
    await lead.locator('form[action$="/schliessen"] button[type="submit"]').click();
    await expect(lead.locator('form[action$="/schliessen"]')).toHaveCount(0);
    await expectNoAccessibilityViolations(lead);
    // Aussonderung is the team lead's too; the Akte just closed is kept for years, so none is due.
    await lead.goto('/verwaltung');
    await lead.locator('main a[href="/verwaltung/aussonderung"]').click();
    await expect(lead.locator('main h1')).toHaveText(/\S/);
    await expect(lead.locator('main form[action$="/aussondern"]')).toHaveCount(0);
    await expectNoAccessibilityViolations(lead);
    for (const opened of [office, lead, deputy]) await opened.context().close();
  });
}
