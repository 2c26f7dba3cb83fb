import type { Config } from '@talon/config';
import * as access from '@talon/core/access';
import { type SearchAuditEventsInput, searchAuditEvents } from '@talon/core/audit';
import {
  getOrganization,
  getPractitioner,
  type SearchOrganizationsInput,
  type SearchPractitionersInput,
  searchOrganizations,
  searchPractitioners,
} from '@talon/core/directory';
import * as identity from '@talon/core/identity';
import * as privacy from '@talon/core/privacy';
import type { Clock } from '@talon/core/shared';
import {
  createAccessStore,
  createAuditRepository,
  createDirectoryRepository,
  createFieldCipher,
  createIdentityStore,
  createPrivacyStore,
  type DatabaseHandle,
} from '@talon/db';
import { createIdentitySecrets } from './security/identity-secrets';

/** Where freshly written outbox rows are announced; the worker attaches itself once it has started. */
export interface MessageDispatcher {
  kick(outboxIds: string[]): void;
  attach(target: { kick(outboxIds: string[]): unknown }): void;
}

export function createMessageDispatcher(): MessageDispatcher {
  let target: { kick(outboxIds: string[]): unknown } | null = null;
  return {
    kick: (ids) => {
      // Delivery is also swept periodically, so a lost kick only delays a message.
      Promise.resolve(target?.kick(ids)).catch(() => {});
    },
    attach: (next) => {
      target = next;
    },
  };
}

type Principal = identity.Principal;
type Origin = identity.RequestOrigin;

/** The one place that wires repositories into use cases; handlers see only these functions. */
export async function createServices(
  database: DatabaseHandle,
  clock: Clock,
  config: Config,
  dispatcher: MessageDispatcher,
) {
  const directory = createDirectoryRepository(database.db);
  const deps = { directory, clock };
  const cipher = createFieldCipher(config.secrets);
  const secrets = await createIdentitySecrets(cipher, config.secrets.lookupKey);
  const store = createIdentityStore(database.db, cipher, { afterCommit: (ids) => dispatcher.kick(ids) });
  const id: identity.IdentityDeps = {
    store,
    secrets,
    clock,
    consentVersion: identity.PERSONAL_DATA_CONSENT.version,
  };
  const audit = createAuditRepository(database.db);
  const pv: privacy.PrivacyDeps = { store: createPrivacyStore(database.db, cipher), clock };
  const accessStore = createAccessStore(database.db, cipher, { afterCommit: (ids) => dispatcher.kick(ids) });
  const ac: access.RepresentativeDeps = { access: accessStore, clock, identity: { secrets, clock } };
  return {
    directory: {
      listRegions: () => directory.listRegions(),
      listSpecialties: () => directory.listSpecialties(),
      searchOrganizations: (input: SearchOrganizationsInput) => searchOrganizations(deps, input),
      getOrganization: (id: string) => getOrganization(deps, { id }),
      searchPractitioners: (input: SearchPractitionersInput) => searchPractitioners(deps, input),
      getPractitioner: (id: string) => getPractitioner(deps, { id }),
    },
    identity: {
      startRegistration: (input: identity.RegistrationInput) => identity.startRegistration(id, input),
      resendRegistrationCode: (registrationId: string) =>
        identity.resendRegistrationCode(id, { registrationId }),
      confirmRegistration: (input: Parameters<typeof identity.confirmRegistration>[1]) =>
        identity.confirmRegistration(id, input),
      logIn: (input: Parameters<typeof identity.logIn>[1]) => identity.logIn(id, input),
      logInExternal: (input: identity.LogInExternalInput) => identity.logInExternal(id, input),
      completeMfa: (principal: Principal, input: Parameters<typeof identity.completeMfa>[2]) =>
        identity.completeMfa(id, principal, input),
      sendMfaSms: (principal: Principal) => identity.sendMfaSms(id, principal),
      resolveSession: (token: string) => identity.resolveSession(id, token),
      getMe: (principal: Principal) => identity.getMe(id, principal),
      listSessions: (principal: Principal) => identity.listSessions(id, principal),
      endSession: (principal: Principal, sessionId: string, origin: Origin) =>
        identity.endSession(id, principal, sessionId, origin),
      logOut: (principal: Principal, origin: Origin) => identity.logOut(id, principal, origin),
      logOutEverywhere: (principal: Principal, origin: Origin) =>
        identity.logOutEverywhere(id, principal, origin),
      requestPasswordReset: (login: string, newId: () => string) =>
        identity.requestPasswordReset(id, { login, newId }),
      confirmPasswordReset: (input: Parameters<typeof identity.confirmPasswordReset>[1]) =>
        identity.confirmPasswordReset(id, input),
      changePassword: (principal: Principal, input: Parameters<typeof identity.changePassword>[2]) =>
        identity.changePassword(id, principal, input),
      startTotpEnrolment: (principal: Principal) => identity.startTotpEnrolment(id, principal),
      confirmTotpEnrolment: (
        principal: Principal,
        input: Parameters<typeof identity.confirmTotpEnrolment>[2],
      ) => identity.confirmTotpEnrolment(id, principal, input),
      disableTotp: (principal: Principal, input: Parameters<typeof identity.disableTotp>[2]) =>
        identity.disableTotp(id, principal, input),
      regenerateRecoveryCodes: (
        principal: Principal,
        input: Parameters<typeof identity.regenerateRecoveryCodes>[2],
      ) => identity.regenerateRecoveryCodes(id, principal, input),
      setSmsMfa: (principal: Principal, input: Parameters<typeof identity.setSmsMfa>[2]) =>
        identity.setSmsMfa(id, principal, input),
    },
    access: {
      readPatientCard: (principal: Principal, patientId: string, origin: Origin) =>
        access.readPatientCard(ac, principal, patientId, origin),
      authorizePatient: (
        principal: Principal,
        patientId: string,
        purpose: access.PatientPurpose,
        origin: Origin,
      ) => access.authorizePatient(ac, principal, patientId, purpose, origin),
      grantEmergencyAccess: (
        principal: Principal,
        input: Parameters<typeof access.grantEmergencyAccess>[2],
      ) => access.grantEmergencyAccess(ac, principal, input),
      reportEmergencyAccesses: (principal: Principal, input: { from: Date; to: Date }) =>
        access.reportEmergencyAccesses(ac, principal, input),
      listWards: (principal: Principal) => access.listWards(ac, principal),
      addWard: (principal: Principal, input: access.AddWardInput) => access.addWard(ac, principal, input),
      endWardLink: (principal: Principal, input: Parameters<typeof access.endWardLink>[2]) =>
        access.endWardLink(ac, principal, input),
      requestProxyConsent: (principal: Principal, input: Parameters<typeof access.requestProxyConsent>[2]) =>
        access.requestProxyConsent(ac, principal, input),
      confirmProxyConsent: (principal: Principal, input: Parameters<typeof access.confirmProxyConsent>[2]) =>
        access.confirmProxyConsent(ac, principal, input),
      listPendingLinks: (principal: Principal) => access.listPendingLinks(ac, principal),
      decideLink: (principal: Principal, input: Parameters<typeof access.decideLink>[2]) =>
        access.decideLink(ac, principal, input),
    },
    privacy: {
      getMyProfile: (principal: Principal, origin: Origin, reveal: boolean) =>
        privacy.getMyProfile(pv, { principal, origin, reveal }),
      listMyConsents: (principal: Principal, origin: Origin) =>
        privacy.listMyConsents(pv, { principal, origin }),
      revokeMyConsent: (principal: Principal, origin: Origin, consentId: string) =>
        privacy.revokeMyConsent(pv, { principal, origin, consentId }),
      exportMyData: (principal: Principal, origin: Origin, format: privacy.ExportFormat) =>
        privacy.exportMyData(pv, { principal, origin, format }),
      createDataRequest: (
        principal: Principal,
        origin: Origin,
        input: { kind: privacy.DataRequestKind; details?: string },
      ) => privacy.createDataRequest(pv, { principal, origin, ...input }),
      listMyDataRequests: (principal: Principal, origin: Origin) =>
        privacy.listMyDataRequests(pv, { principal, origin }),
      listDataRequests: (input: privacy.ListDataRequestsInput) => privacy.listDataRequests(pv, input),
      changeDataRequestStatus: (
        principal: Principal,
        origin: Origin,
        input: { requestId: string; status: privacy.DataRequestDecision },
      ) => privacy.changeDataRequestStatus(pv, { principal, origin, ...input }),
    },
    audit: {
      search: (input: SearchAuditEventsInput) => searchAuditEvents({ audit, clock }, input),
    },
  };
}

export type Services = Awaited<ReturnType<typeof createServices>>;
