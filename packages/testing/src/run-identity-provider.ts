import { listDemoAccounts } from '@talon/db/seed';
import { startTestIdentityProvider } from './identity-provider';

/**
 * The browser tests' identity provider: the test provider on a fixed port, logging everyone in as the
 * first demo patient with a confirmed identity, as ЕСИА would after its own login page. Playwright starts
 * it next to Talon (apps/e2e/playwright.config.ts), whose OIDC_* settings point here.
 */
const port = Number(process.env.IDP_PORT);
const redirectUri = process.env.IDP_REDIRECT_URI;
const clientSecret = process.env.IDP_CLIENT_SECRET;
if (!port || !redirectUri || !clientSecret) {
  throw new Error('IDP_PORT, IDP_REDIRECT_URI and IDP_CLIENT_SECRET are required');
}
const provider = await startTestIdentityProvider(redirectUri, { port, clientSecret });
const [patient] = listDemoAccounts().patients;
if (!patient?.snils) throw new Error('the demo set has no patient account');
provider.loginAs('esia-demo-patient', {
  snils: patient.snils,
  trusted: true,
  family_name: patient.displayName.split(' ')[1] ?? '',
  given_name: patient.displayName.split(' ')[0] ?? '',
});
process.stdout.write(`test identity provider at ${provider.issuer}\n`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void provider.close().finally(() => process.exit(0)));
}
