/**
 * End-to-end tests against the real server binary in Debian's Chromium (no browser download).
 *
 * Every test runs twice: project `js` with JavaScript on, project `nojs` with it off, because
 * every journey must work without JavaScript.
 *
 * Environment:
 *   E2E_SERVER_BIN  the server binary (default ../target/debug/server)
 *   E2E_DATA_DIR    a fresh folder for the server's database and mail (default: a new temp dir)
 *   E2E_PORT        port for the server (default 3917)
 *   CHROMIUM        browser binary (default /usr/bin/chromium)
 *
 * Next to the portal runs the OpenID provider of the login tests (support/oidc_provider.mjs)
 * on the port after the portal's, and a real SMTP server (support/smtp_sink.py) on the next.
 */
import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// Evaluated in the main process first; workers inherit the variables set here.
process.env.E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'kreisportal-e2e-'));
const dataDir = process.env.E2E_DATA_DIR;
const port = Number(process.env.E2E_PORT ?? 3917);
const baseURL = `http://127.0.0.1:${port}`;
// The OpenID provider the portal logs citizens in with (node oidc-provider, invented people).
const providerPort = port + 1;
// The real SMTP server the portal sends its mail through (support/smtp_sink.py, aiosmtpd): each
// accepted mail becomes a file in the data folder's mail/, where the tests read it.
const smtpPort = port + 2;
const issuer = `http://127.0.0.1:${providerPort}`;
const server = resolve(process.env.E2E_SERVER_BIN ?? '../target/debug/server');

export default defineConfig({
  testDir: './tests',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  reporter: process.env.CI ? [['dot']] : [['list']],
  timeout: 30_000,
  use: {
    baseURL,
    // A German browser: pages without ?lang= are German, as for most of the portal's visitors.
    locale: 'de-DE',
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'js', use: { javaScriptEnabled: true } },
    { name: 'nojs', use: { javaScriptEnabled: false } },
  ],
  webServer: [
    {
      command: `node support/oidc_provider.mjs --port ${providerPort} --redirect ${baseURL}/anmelden/rueckkehr`,
      url: `${issuer}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'ignore',
    },
    {
      command: `python3 support/smtp_sink.py --port ${smtpPort} --folder ${dataDir}/mail`,
      port: smtpPort,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: server,
      url: `${baseURL}/ready`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'ignore',
      stderr: 'pipe',
      env: {
        KREISPORTAL__SERVER__LISTEN: `127.0.0.1:${port}`,
        KREISPORTAL__SERVER__PUBLIC_URL: baseURL,
        KREISPORTAL__DATABASE__URL: `sqlite://${dataDir}/kreisportal.db`,
        KREISPORTAL__MAIL__TRANSPORT: 'smtp',
        KREISPORTAL__MAIL__SMTP__HOST: '127.0.0.1',
        KREISPORTAL__MAIL__SMTP__PORT: String(smtpPort),
        KREISPORTAL__MAIL__SMTP__SECURITY: 'none',
        KREISPORTAL__UPLOADS__FOLDER: `${dataDir}/files`,
        KREISPORTAL__SEARCH__FOLDER: `${dataDir}/search`,
        KREISPORTAL__WORKER__POLL_INTERVAL_MS: '100',
        KREISPORTAL__LOG__FILTER: 'warn',
        KREISPORTAL__LOGIN__ISSUER: issuer,
        KREISPORTAL__LOGIN__CLIENT_ID: 'kreisportal',
        KREISPORTAL__LOGIN__CLIENT_SECRET: 'kreisportal-test-secret',
        // Every test browser comes from 127.0.0.1: the limits are for many people at once here.
        KREISPORTAL__LIMITS__LOGINS_PER_WINDOW: '100000',
        KREISPORTAL__LIMITS__MAIL_LINKS_PER_WINDOW: '100000',
        KREISPORTAL__LIMITS__STATUS_LOOKUPS_PER_WINDOW: '100000',
        KREISPORTAL__LIMITS__FEEDBACK_PER_WINDOW: '100000',
      },
    },
  ],
});
