import type {
  ClientKeys,
  IntegrationClient,
  IntegrationClientRepository,
  PublicJwks,
} from '@talon/core/integration-clients';
import { and, desc, eq, gt, lte } from 'drizzle-orm';
import type { DbExecutor } from '../../client';
import {
  integrationClientAssertions,
  integrationClients,
  integrationClientTokens,
  organizations,
} from '../../schema';
import { hasRow } from '../../sql';

const clientColumns = {
  id: integrationClients.id,
  name: integrationClients.name,
  organizationId: integrationClients.organizationId,
  organizationName: organizations.name,
  allowedScopes: integrationClients.allowedScopes,
  authMethod: integrationClients.authMethod,
  jwksUrl: integrationClients.jwksUrl,
  status: integrationClients.status,
  createdAt: integrationClients.createdAt,
  revokedAt: integrationClients.revokedAt,
};

/** Integration clients, their access tokens and the assertions they used (issue 14). */
export function createIntegrationClientRepository(db: DbExecutor): IntegrationClientRepository {
  const selectClients = () =>
    db
      .select(clientColumns)
      .from(integrationClients)
      .leftJoin(organizations, eq(organizations.id, integrationClients.organizationId));
  return {
    async list(): Promise<IntegrationClient[]> {
      return selectClients().orderBy(desc(integrationClients.createdAt), integrationClients.id);
    },

    async findById(id) {
      const [row] = await selectClients().where(eq(integrationClients.id, id));
      return row ?? null;
    },

    organizationExists: (id) => hasRow(db, organizations, eq(organizations.id, id)),

    async create(client) {
      const keys = client.keys;
      const [row] = await db
        .insert(integrationClients)
        .values({
          name: client.name,
          organizationId: client.organizationId,
          allowedScopes: client.allowedScopes,
          authMethod: client.authMethod,
          secretHash: client.secretHash,
          jwks: keys && 'jwks' in keys ? keys.jwks : null,
          jwksUrl: keys && 'jwksUrl' in keys ? keys.jwksUrl : null,
          createdByAccountId: client.createdByAccountId,
          createdAt: client.createdAt,
          updatedAt: client.createdAt,
        })
        .returning({ id: integrationClients.id });
      return row!.id;
    },

    async revoke(id, at) {
      const revoked = await db
        .update(integrationClients)
        .set({ status: 'revoked', revokedAt: at, updatedAt: at })
        .where(and(eq(integrationClients.id, id), eq(integrationClients.status, 'active')))
        .returning({ id: integrationClients.id });
      await db.delete(integrationClientTokens).where(eq(integrationClientTokens.clientId, id));
      return revoked.length > 0;
    },

    async credentials(id) {
      const [row] = await db.select().from(integrationClients).where(eq(integrationClients.id, id));
      if (!row) return null;
      const keys: ClientKeys | null = row.jwks
        ? { jwks: row.jwks as PublicJwks }
        : row.jwksUrl
          ? { jwksUrl: row.jwksUrl }
          : null;
      return {
        id: row.id,
        organizationId: row.organizationId,
        allowedScopes: row.allowedScopes,
        authMethod: row.authMethod,
        secretHash: row.secretHash,
        keys,
        status: row.status,
      };
    },

    async rememberAssertion(clientId, jti, expiresAt) {
      const rows = await db
        .insert(integrationClientAssertions)
        .values({ clientId, jti, expiresAt })
        .onConflictDoNothing()
        .returning({ jti: integrationClientAssertions.jti });
      return rows.length > 0;
    },

    async createToken(token) {
      const [row] = await db
        .insert(integrationClientTokens)
        .values({ ...token, scopes: [...token.scopes] })
        .returning({ id: integrationClientTokens.id });
      return row!.id;
    },

    async findLiveToken(tokenHash, now) {
      const [row] = await db
        .select({
          tokenId: integrationClientTokens.id,
          clientId: integrationClients.id,
          organizationId: integrationClients.organizationId,
          scopes: integrationClientTokens.scopes,
        })
        .from(integrationClientTokens)
        .innerJoin(integrationClients, eq(integrationClients.id, integrationClientTokens.clientId))
        .where(
          and(
            eq(integrationClientTokens.tokenHash, tokenHash),
            gt(integrationClientTokens.expiresAt, now),
            eq(integrationClients.status, 'active'),
          ),
        );
      return row ?? null;
    },

    async purgeExpired(clientId, now) {
      await db
        .delete(integrationClientTokens)
        .where(
          and(eq(integrationClientTokens.clientId, clientId), lte(integrationClientTokens.expiresAt, now)),
        );
      await db
        .delete(integrationClientAssertions)
        .where(
          and(
            eq(integrationClientAssertions.clientId, clientId),
            lte(integrationClientAssertions.expiresAt, now),
          ),
        );
    },
  };
}
