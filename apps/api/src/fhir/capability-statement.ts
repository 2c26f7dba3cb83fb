import type { FhirResourceHandler } from './fhir-resource-handler';
import type { FhirResource } from './fhir-types';
import { withInboundCapabilities } from './inbound/inbound-capability';
import { SUBSCRIPTION_CAPABILITIES } from './subscriptions/subscription-capability';

/** The date of this statement's content: changed when the table of handlers changes. */
const STATEMENT_DATE = '2026-12-07';

/** The interactions a handler implements, in the order FHIR lists them. */
export function interactionsOf(handler: FhirResourceHandler): { code: string }[] {
  return [
    { code: 'read' },
    ...(handler.update ? [{ code: 'update' }] : []),
    ...(handler.patch ? [{ code: 'patch' }] : []),
    ...(handler.create ? [{ code: 'create' }] : []),
    { code: 'search-type' },
  ];
}

/**
 * `GET /fhir/R4/metadata`: what the server does, built from the very handlers that do it — read and
 * search-type of each type, its search parameters and `_include`s — so it cannot claim more or less.
 */
export function capabilityStatement(handlers: readonly FhirResourceHandler[], baseUrl: string): FhirResource {
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date: STATEMENT_DATE,
    publisher: 'Талон',
    kind: 'instance',
    software: { name: 'Талон' },
    implementation: {
      description:
        'Талон: запись на приём, FHIR R4 (справочник, расписание и запись, пациенты и медицинская карта)',
      url: baseUrl,
    },
    fhirVersion: '4.0.1',
    format: ['application/fhir+json', 'json'],
    rest: [
      {
        mode: 'server',
        documentation:
          'Токен OAuth 2.0 (client credentials) и области SMART v2: system/<Type>.r для чтения, system/<Type>.s для поиска, system/<Type>.c для создания, system/<Type>.u для изменения. Поиск по медицинской карте — только по одному пациенту (patient), пациентов — только по СНИЛС или ЕНП.',
        security: {
          service: [
            {
              coding: [
                {
                  system: 'http://terminology.hl7.org/CodeSystem/restful-security-service',
                  code: 'SMART-on-FHIR',
                },
              ],
              text: 'OAuth 2.0, SMART Backend Services',
            },
          ],
        },
        ...withInboundCapabilities([
          ...handlers.map((handler) => ({
            type: handler.type,
            interaction: interactionsOf(handler),
            ...(handler.create ? { conditionalCreate: true } : {}),
            ...(Object.keys(handler.includes).length > 0
              ? { searchInclude: Object.keys(handler.includes) }
              : {}),
            searchParam: [
              ...handler.searchParams.map((p) => ({
                name: p.name,
                type: p.type,
                documentation: p.documentation,
              })),
              {
                name: '_count',
                type: 'number',
                documentation: 'Размер страницы: 20 по умолчанию, не больше 100',
              },
              { name: '_offset', type: 'number', documentation: 'Смещение страницы (из ссылки next)' },
            ],
            ...(handler.operations
              ? {
                  operation: Object.entries(handler.operations).map(([name, operation]) => ({
                    name,
                    definition: operation.definition,
                    documentation: operation.documentation,
                  })),
                }
              : {}),
          })),
          ...SUBSCRIPTION_CAPABILITIES,
          // The PDFs of signed documents (DocumentReference.content.attachment.url): read only.
          { type: 'Binary', interaction: [{ code: 'read' }] },
        ]),
      },
    ],
  };
}
