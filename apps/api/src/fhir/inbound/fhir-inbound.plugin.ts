import { type ClientCall, type ClientPrincipal, scopesAllow } from '@talon/core/integration-clients';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { originOf } from '../../plugins/auth/auth.plugin';
import { FhirError } from '../fhir-outcome';
import type { FhirResource } from '../fhir-types';
import { asFhirError } from '../fhir-write-routes';
import { readLabBundle } from './lab-report-bundle';
import { readMedicationDispense } from './medication-dispense';

export interface FhirInboundOptions {
  /** The plugin's bearer check: the client of the call, or the 401/429 refusal. */
  clientOf(request: FastifyRequest): Promise<ClientPrincipal>;
  recordClientCall(client: ClientPrincipal, call: ClientCall): Promise<void>;
  send(reply: FastifyReply, status: number, body: FhirResource): FastifyReply;
}

/**
 * Data in (issue 14, item 4): what laboratories and pharmacies post to Talon. `POST /fhir/R4` takes a
 * laboratory's `transaction` Bundle (a DiagnosticReport with its Observations), `POST
 * /fhir/R4/MedicationDispense` a pharmacy's dispensing of an e-prescription. The rules are core's
 * (`receiveLabReport`, `dispensePrescription`); here the elements are read and the answers written.
 */
export async function fhirInboundPlugin(app: FastifyInstance, options: FhirInboundOptions): Promise<void> {
  /** Runs a write of an authenticated client with its scopes, audits it whatever its outcome, answers. */
  async function write(
    request: FastifyRequest,
    reply: FastifyReply,
    call: {
      interaction: ClientCall['interaction'];
      resourceType: string;
      scopes: readonly [string, 'c' | 'u'][];
    },
    work: (
      client: ClientPrincipal,
      at: { expression?: string },
    ) => Promise<{ status: number; body: FhirResource; id: string; patientId: string | null }>,
  ) {
    const client = await options.clientOf(request);
    const audit = (
      outcome: ClientCall['outcome'],
      status: number,
      id: string | null,
      patientId: string | null,
    ) =>
      options.recordClientCall(client, {
        interaction: call.interaction,
        resourceType: call.resourceType,
        resourceId: id,
        subjectPatientId: patientId,
        outcome,
        status,
      });
    // The element a refusal of the rules without a field of its own is about (the prescription referenced).
    const at: { expression?: string } = {};
    try {
      const missing = call.scopes.find(([type, permission]) => !scopesAllow(client.scopes, type, permission));
      if (missing) {
        throw new FhirError(403, 'forbidden', `Токену не выдана область system/${missing[0]}.${missing[1]}.`);
      }
      const done = await work(client, at);
      await audit('success', done.status, done.id, done.patientId);
      return options.send(reply, done.status, done.body);
    } catch (error) {
      const refusal = asFhirError(error, { expression: at.expression });
      const status = refusal instanceof FhirError ? refusal.status : 500;
      await audit(status === 403 ? 'denied' : 'failure', status, null, null);
      throw refusal;
    }
  }

  app.post('/', { schema: { hide: true } }, (request, reply) =>
    write(
      request,
      reply,
      {
        interaction: 'transaction',
        resourceType: 'DiagnosticReport',
        scopes: [
          ['DiagnosticReport', 'c'],
          ['Observation', 'c'],
        ],
      },
      async (client) => {
        const bundle = readLabBundle(request.body);
        const { report, created } = await app.services.records.receiveLabReport(client, {
          ...bundle.report,
          origin: originOf(request),
        });
        const status = created ? '201 Created' : '200 OK';
        const entries: { response: { status: string; location: string } }[] = [];
        entries[bundle.reportEntry] = { response: { status, location: `DiagnosticReport/${report.id}` } };
        for (const { index, code } of bundle.observationEntries) {
          const stored = report.observations.find((o) => o.code === code);
          entries[index] = { response: { status, location: `Observation/${stored?.id ?? ''}` } };
        }
        return {
          status: 200,
          id: report.id,
          patientId: report.patientId,
          body: { resourceType: 'Bundle', type: 'transaction-response', entry: entries },
        };
      },
    ),
  );

  app.post('/MedicationDispense', { schema: { hide: true } }, (request, reply) =>
    write(
      request,
      reply,
      { interaction: 'create', resourceType: 'MedicationDispense', scopes: [['MedicationDispense', 'c']] },
      async (client, at) => {
        const dispense = readMedicationDispense(request.body);
        at.expression = dispense.prescriptionPath;
        const view = await app.services.records.dispensePrescription(client, {
          prescriptionId: dispense.prescriptionId,
        });
        return {
          status: 201,
          id: view.id,
          patientId: view.patientId,
          body: dispense.answer(view),
        };
      },
    ),
  );
}
