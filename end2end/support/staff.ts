/**
 * Staff for the back-office tests: added with the server's own `add-staff` command against the
 * running portal's database, and the authenticator code (RFC 6238) computed as an app would.
 */
import { execFileSync } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import { resolve } from 'node:path';

export type StaffCredentials = { username: string; password: string; secret: string };

/** Adds a staff member with a fresh user name; returns what `add-staff` hands over. */
export function addStaff(name: string, role: string, unit = ''): StaffCredentials {
  const username = `e2e.${randomBytes(5).toString('hex')}`;
  const server = resolve(process.env.E2E_SERVER_BIN ?? '../target/debug/server');
  const output = execFileSync(
    server,
    ['add-staff', '--username', username, '--name', name, '--email', `${username}@kreis-unna.example`, '--role', role, '--unit', unit],
    {
      env: {
        ...process.env,
        KREISPORTAL__DATABASE__URL: `sqlite://${process.env.E2E_DATA_DIR}/kreisportal.db`,
        KREISPORTAL__LOG__FILTER: 'error',
      },
      encoding: 'utf8',
    },
  );
  const field = (label: string) => {
    const line = output.split('\n').find((l) => l.startsWith(label));
    if (!line) throw new Error(`add-staff printed no "${label}": ${output}`);
    return line.slice(label.length).trim();
  };
  return { username, password: field('Initial password:'), secret: field('Authenticator secret:') };
}

function base32Decode(text: string): Buffer {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  const bytes: number[] = [];
  for (const char of text.replace(/=+$/, '').toUpperCase()) {
    value = (value << 5) | alphabet.indexOf(char);
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(bytes);
}

/** The authenticator's six-digit code for `secret` now. */
export function totp(secret: string, at = Date.now()): string {
  const step = Buffer.alloc(8);
  step.writeBigUInt64BE(BigInt(Math.floor(at / 1000 / 30)));
  const digest = createHmac('sha1', base32Decode(secret)).update(step).digest();
  const offset = digest[digest.length - 1] & 0x0f;
  const binary = digest.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 1_000_000).padStart(6, '0');
}
