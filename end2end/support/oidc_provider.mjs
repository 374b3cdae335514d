/**
 * A real OpenID provider for the tests: panva's `oidc-provider` (an OpenID-certified
 * implementation) on loopback, with three invented citizens who can log in with methods of
 * different trust levels, as a BundID broker would report them in `acr`:
 *
 *   user "erika"  password "test"  up to "passwort"  (STORK-QAA-Level-1, basis)
 *   user "jonas"  password "test"  up to "elster"    (STORK-QAA-Level-3, substantiell)
 *   user "selin"  password "test"  up to "eid"       (STORK-QAA-Level-4, hoch)
 *
 * Usage: node oidc_provider.mjs --port PORT --redirect URI [--redirect URI …]
 * Client: id "kreisportal", secret "kreisportal-test-secret", code flow with PKCE.
 * Prints "ready" on stdout once it answers; stops on SIGTERM or SIGINT.
 */
import { generateKeyPairSync } from 'node:crypto';
import { parseArgs } from 'node:util';
import Provider from 'oidc-provider';

const { values: options } = parseArgs({
  options: { port: { type: 'string' }, redirect: { type: 'string', multiple: true } },
});
const port = Number(options.port);
const issuer = `http://127.0.0.1:${port}`;

const METHODS = {
  passwort: { acr: 'STORK-QAA-Level-1', rank: 1, name: 'Benutzername und Passwort' },
  elster: { acr: 'STORK-QAA-Level-3', rank: 3, name: 'ELSTER-Zertifikat' },
  eid: { acr: 'STORK-QAA-Level-4', rank: 4, name: 'Online-Ausweis (eID)' },
};

const USERS = {
  erika: {
    best: 'passwort',
    claims: {
      given_name: 'Erika', family_name: 'Lindqvist', birthdate: '1961-09-14',
      email: 'erika.lindqvist@example.org', email_verified: true,
      address: { street_address: 'Kirchstraße 4', postal_code: '59368', locality: 'Werne', country: 'DE' },
    },
  },
  jonas: {
    best: 'elster',
    claims: {
      given_name: 'Jonas', family_name: 'Weber', birthdate: '1998-02-27',
      email: 'jonas.weber@example.org', email_verified: true,
      address: { street_address: 'Massener Straße 21', postal_code: '59423', locality: 'Unna', country: 'DE' },
    },
  },
  // Only the decision journey logs Deniz in: it relies on his consent to digital delivery.
  deniz: {
    best: 'passwort',
    claims: {
      given_name: 'Deniz', family_name: 'Kaya', birthdate: '1984-11-20',
      email: 'deniz.kaya@example.org', email_verified: true,
      address: { street_address: 'Hansastraße 9', postal_code: '59425', locality: 'Unna', country: 'DE' },
    },
  },
  selin: {
    best: 'eid',
    claims: {
      given_name: 'Selin', family_name: 'Brinkhoff', birthdate: '1996-04-02',
      email: 'selin.brinkhoff@example.org', email_verified: true,
      address: { street_address: 'Bahnhofstraße 12', postal_code: '59423', locality: 'Unna', country: 'DE' },
    },
  },
};

const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const jwk = { ...privateKey.export({ format: 'jwk' }), kid: 'test-key', use: 'sig', alg: 'RS256' };

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: 'kreisportal',
      client_secret: 'kreisportal-test-secret',
      redirect_uris: options.redirect ?? [],
      grant_types: ['authorization_code'],
      response_types: ['code'],
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ],
  jwks: { keys: [jwk] },
  cookies: { keys: ['kreisportal-test-cookie-key'] },
  pkce: { required: () => true },
  acrValues: Object.values(METHODS).map((method) => method.acr),
  claims: {
    openid: ['sub'],
    profile: ['given_name', 'family_name', 'birthdate'],
    email: ['email', 'email_verified'],
    address: ['address'],
  },
  features: { devInteractions: { enabled: false } },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  findAccount: async (_ctx, id) =>
    USERS[id] ? { accountId: id, claims: async () => ({ sub: id, ...USERS[id].claims }) } : undefined,
  // The portal is the authority's own service: no consent screen.
  loadExistingGrant: async (ctx) => {
    const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) return ctx.oidc.provider.Grant.find(grantId);
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope('openid profile email address');
    await grant.save();
    return grant;
  },
});

function page(uid, message, params) {
  const wanted = params.acr_values ? ` (angefragt: ${params.acr_values})` : '';
  const methods = Object.entries(METHODS)
    .map(([key, method]) => `<option value="${key}">${method.name}</option>`)
    .join('');
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Test-Anmeldung</title></head>
<body><main><h1>Test-Anmeldung${wanted}</h1>${message ? `<p role="alert">${message}</p>` : ''}
<form method="post" action="/interaction/${uid}/login">
<label for="user">Benutzername</label><input id="user" name="user" autocomplete="username">
<label for="password">Passwort</label><input id="password" name="password" type="password">
<label for="method">Verfahren</label><select id="method" name="method">${methods}</select>
<button type="submit">Anmelden</button></form></main></body></html>`;
}

async function body(req) {
  let text = '';
  for await (const chunk of req) text += chunk;
  return new URLSearchParams(text);
}

provider.use(async (ctx, next) => {
  const match = ctx.path.match(/^\/interaction\/([^/]+)(\/login)?$/);
  if (!match) return next();
  const details = await provider.interactionDetails(ctx.req, ctx.res);
  if (ctx.method === 'GET') {
    ctx.type = 'html';
    ctx.body = page(details.uid, '', details.params);
    return undefined;
  }
  const form = await body(ctx.req);
  const user = USERS[form.get('user')];
  const method = METHODS[form.get('method')];
  if (!user || form.get('password') !== 'test' || !method) {
    ctx.type = 'html';
    ctx.body = page(details.uid, 'Benutzername oder Passwort stimmen nicht.', details.params);
    return undefined;
  }
  if (method.rank > METHODS[user.best].rank) {
    ctx.type = 'html';
    ctx.body = page(details.uid, 'Dieses Verfahren steht für dieses Konto nicht zur Verfügung.', details.params);
    return undefined;
  }
  await provider.interactionFinished(
    ctx.req,
    ctx.res,
    { login: { accountId: form.get('user'), acr: method.acr, remember: false } },
    { mergeWithLastSubmission: false },
  );
  ctx.respond = false;
  return undefined;
});

const server = provider.listen(port, '127.0.0.1', () => {
  process.stdout.write('ready\n');
});
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
