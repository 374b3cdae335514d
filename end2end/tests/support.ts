/** Shared helpers: the portal's languages and pages, and the checks every page must pass. */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const LOCALES = ['de', 'en', 'tr', 'ar', 'uk', 'ru', 'pl'] as const;

/** Every page reachable without submitting a form, with the status it answers. */
export const PAGES: { path: string; status: number }[] = [
  { path: '/', status: 200 },
  { path: '/leistungen', status: 200 },
  { path: '/leistungen/erdwaermesonde-anzeigen', status: 200 },
  { path: '/leistungen/hund-anmelden-unna', status: 200 },
  { path: '/barrierefreiheit', status: 200 },
  { path: '/leichte-sprache', status: 200 },
  { path: '/gebaerdensprache', status: 200 },
  { path: '/impressum', status: 200 },
  { path: '/datenschutz', status: 200 },
  { path: '/diese-seite-gibt-es-nicht', status: 404 },
];

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA; no rule is disabled. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs `check` on the page as the visitor sees it. With JavaScript on that is the page itself.
 * With JavaScript off, the browser also refuses to run the test's own scripts (axe, layout
 * measurements), so the check runs on an exact copy of the page's current DOM, opened at the
 * same address in a second context where the page's own scripts are blocked: the same markup,
 * styles and layout as with JavaScript off.
 */
export async function onPageAsSeen<T>(page: Page, check: (seen: Page) => Promise<T>): Promise<T> {
  if (test.info().project.use.javaScriptEnabled !== false) {
    return check(page);
  }
  const html = await page.content();
  const address = page.url().split('#')[0];
  const browser = page.context().browser();
  if (!browser) throw new Error('no browser');
  const context = await browser.newContext({ viewport: page.viewportSize(), javaScriptEnabled: true });
  try {
    const copy = await context.newPage();
    await copy.route(
      (url) => url.href === address,
      (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }),
    );
    await copy.route(
      (url) => url.href !== address,
      (route) => (route.request().resourceType() === 'script' ? route.abort() : route.continue()),
    );
    await copy.goto(address);
    return await check(copy);
  } finally {
    await context.close();
  }
}

/**
 * How long one axe run may add to its test. A run takes about a second alone, but many seconds
 * on two busy cores (without JavaScript it opens a second browser context); tests that check
 * many pages would otherwise run out of their 30 s for reasons that say nothing about the portal.
 */
const AXE_RUN_BUDGET_MS = 10_000;

/** Runs axe-core on the page as seen and fails with a readable list of violations. */
export async function expectNoAccessibilityViolations(page: Page): Promise<void> {
  test.setTimeout(test.info().timeout + AXE_RUN_BUDGET_MS);
  const results = await onPageAsSeen(page, (seen) => new AxeBuilder({ page: seen }).withTags(WCAG_TAGS).analyze());
  const violations = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n` +
      violation.nodes.map((node) => `    ${node.target.join(' ')}: ${node.failureSummary}`).join('\n'),
  );
  expect(violations, `axe violations on ${page.url()}`).toEqual([]);
}

/** How many CSS pixels the page is wider than the viewport (0 when it reflows). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return onPageAsSeen(page, (seen) =>
    seen.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  );
}

/**
 * Logs in on the test identity provider's own login page (support/oidc_provider.mjs), which
 * the browser is on: user, password "test", and the method that sets the trust level
 * ("passwort" basis, "elster" substantiell, "eid" hoch).
 */
export async function logInAtProvider(page: Page, user: string, method: 'passwort' | 'elster' | 'eid'): Promise<void> {
  // With local accounts on, the portal's own login page comes first: on to the provider.
  const toProvider = page.locator('a[href^="/anmelden/servicekonto"]');
  const atProvider = page.getByRole('heading', { level: 1, name: /Test-Anmeldung/ });
  await expect(toProvider.or(atProvider)).toBeVisible();
  if (await toProvider.isVisible()) await toProvider.click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Test-Anmeldung');
  await page.getByLabel('Benutzername').fill(user);
  await page.getByLabel('Passwort').fill('test');
  await page.getByLabel('Verfahren').selectOption(method);
  await page.getByRole('button', { name: 'Anmelden' }).click();
}

/**
 * The first match of `link` in a mail the SMTP server on loopback received that mentions
 * `mentioning` in its headers or body, once the worker has sent it.
 */
export function mailedLink(mentioning: string, link: RegExp): string | undefined {
  const folder = join(process.env.E2E_DATA_DIR ?? '', 'mail');
  let names: string[] = [];
  try {
    names = readdirSync(folder).filter((name) => name.endsWith('.eml'));
  } catch {
    return undefined;
  }
  for (const name of names) {
    const mail = decodedMail(readFileSync(join(folder, name), 'utf8'));
    if (!mail.includes(mentioning)) continue;
    const found = mail.match(link)?.[0];
    if (found) return found;
  }
  return undefined;
}

/** Waits up to ten seconds for `mailedLink` to find the link. */
export async function waitForMailedLink(mentioning: string, link: RegExp): Promise<string> {
  await expect.poll(() => mailedLink(mentioning, link), { timeout: 10_000 }).not.toBeUndefined();
  return mailedLink(mentioning, link) as string;
}

/** A mail's headers and body as text: the body base64 decoded, or quoted-printable lines
 * joined (links and addresses are ASCII, so the rest of quoted-printable may stay encoded). */
function decodedMail(mail: string): string {
  const split = mail.search(/\r?\n\r?\n/);
  const headers = mail.slice(0, split);
  const body = mail.slice(split).trim();
  if (/Content-Transfer-Encoding:\s*base64/i.test(headers)) {
    return `${headers}\n\n${Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')}`;
  }
  return `${headers}\n\n${body.replace(/=\r?\n/g, '')}`;
}
