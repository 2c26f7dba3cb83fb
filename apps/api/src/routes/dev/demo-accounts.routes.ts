import { ZRole, z } from '@talon/contracts';
import {
  DEMO_INTEGRATION_CLIENT,
  DEMO_PATIENT_PASSWORD,
  DEMO_STAFF_PASSWORD,
  DEMO_TOTP_SECRET,
  type DemoAccountSeed,
  type DemoRepresentativeSeed,
  listDemoAccounts,
} from '@talon/db/seed';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

const ZDemoAccount = z
  .object({
    role: ZRole,
    displayName: z.string(),
    login: z.string().describe('What to type as the login: the email for staff, the phone for patients'),
    email: z.string().nullable(),
    phone: z.string().nullable().describe('E.164; staff may log in with it too'),
    organization: z.object({ id: z.string(), name: z.string() }).nullable(),
    regionCode: z
      .string()
      .nullable()
      .describe('The region a call-centre operator serves (all its clinics); null for the others'),
    ward: z
      .object({ displayName: z.string(), birthDate: z.string() })
      .nullable()
      .describe('The child this account represents (the demo representative), or null'),
  })
  .meta({ id: 'DemoAccount' });

const ZDemoAccounts = z
  .object({
    patientPassword: z.string().describe('Shared by every demo patient'),
    staffPassword: z.string(),
    staffTotpSecret: z.string().describe('Base32 TOTP secret (SHA-1, 6 digits, 30 s) of every staff account'),
    accounts: z
      .array(ZDemoAccount)
      .describe('One account per role: the first demo patient, a representative (a parent), the staff'),
    patients: z.object({
      count: z.number().int(),
      phones: z.array(z.string()).describe('Logins of the demo patients, for load tests'),
    }),
    integrationClient: z
      .object({
        clientId: z.string(),
        clientSecret: z.string(),
        scopes: z.array(z.string()),
      })
      .describe('The demo integration client (client_secret_basic at POST /oauth/token; docs/oauth.md)'),
  })
  .meta({ id: 'DemoAccounts' });

const toDto = (account: DemoAccountSeed, representative: DemoRepresentativeSeed | null) => ({
  role: account.role,
  displayName: account.displayName,
  login: account.role === 'patient' ? account.phone! : (account.email ?? account.phone!),
  email: account.email,
  phone: account.phone,
  organization: account.organization,
  regionCode: account.regionCode,
  ward:
    representative?.accountId === account.id
      ? { displayName: representative.ward.displayName, birthDate: representative.ward.birthDate }
      : null,
});

/**
 * Demo mode only: the demo accounts with their passwords and the staff TOTP secret (the README lists the
 * same), for people trying the demo and for load tests. They are regenerated from the demo set's seed,
 * exactly what the demo start stores. Registered by app.ts when `config.isDemo`; never in production.
 */
export const demoAccountsRoutes: FastifyPluginAsyncZod = async (app) => {
  let cached: z.infer<typeof ZDemoAccounts> | undefined;
  const describeDemoAccounts = () => {
    if (cached) return cached;
    const demo = listDemoAccounts();
    const representative = demo.patients.find((a) => a.id === demo.representative?.accountId);
    const shown = [demo.patients[0], representative, ...demo.staff].filter((a) => a !== undefined);
    cached = {
      patientPassword: DEMO_PATIENT_PASSWORD,
      staffPassword: DEMO_STAFF_PASSWORD,
      staffTotpSecret: DEMO_TOTP_SECRET,
      accounts: shown.map((account) => toDto(account, demo.representative)),
      patients: { count: demo.patients.length, phones: demo.patients.map((a) => a.phone!) },
      integrationClient: {
        clientId: DEMO_INTEGRATION_CLIENT.clientId,
        clientSecret: DEMO_INTEGRATION_CLIENT.clientSecret,
        scopes: [...DEMO_INTEGRATION_CLIENT.scopes],
      },
    };
    return cached;
  };

  app.get(
    '/api/v1/dev/demo-accounts',
    {
      config: { access: 'public' },
      schema: {
        tags: ['Dev'],
        summary: 'Demo accounts, their passwords and the staff TOTP secret (demo mode only)',
        response: { 200: ZDemoAccounts },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'no-store');
      return describeDemoAccounts();
    },
  );
};
