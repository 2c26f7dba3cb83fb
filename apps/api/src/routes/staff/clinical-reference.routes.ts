import {
  ZIcd10List,
  ZLabTestCatalogue,
  ZMedicineList,
  ZReferenceSearchQuery,
  ZVisitTemplateList,
  ZVisitTemplatesQuery,
} from '@talon/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { accessRefusals, principalOf } from '../route-preamble';

/**
 * The references a practitioner picks from while writing a visit (issue 12, items 3 and 4): ICD-10 by code
 * or words, medicines by МНН, visit templates of a specialty, the laboratory panels and analytes a lab order
 * picks from. Reference data, not anyone's: no audit.
 */
export const clinicalReferenceRoutes: FastifyPluginAsyncZod = async (app) => {
  const { records } = app.services;
  const tags = ['Clinical reference'];
  const config = { access: { roles: ['doctor', 'nurse'] as const } };
  const errors = accessRefusals('Not a practitioner');

  app.get(
    '/reference/icd10',
    {
      config,
      schema: {
        tags,
        summary: 'Search the ICD-10 (МКБ-10) reference by code prefix or by words, best first',
        querystring: ZReferenceSearchQuery,
        response: { 200: ZIcd10List, ...errors },
      },
    },
    async (request) => ({ items: await records.searchIcd10(principalOf(request), request.query) }),
  );

  app.get(
    '/reference/medicines',
    {
      config,
      schema: {
        tags,
        summary: 'Search the medicines reference by МНН (Russian or Latin), with forms and strengths',
        querystring: ZReferenceSearchQuery,
        response: { 200: ZMedicineList, ...errors },
      },
    },
    async (request) => ({
      items: (await records.searchMedicines(principalOf(request), request.query)).map((medicine) => ({
        ...medicine,
        forms: medicine.forms.map((form) => ({ ...form, strengths: [...form.strengths] })),
      })),
    }),
  );

  app.get(
    '/reference/visit-templates',
    {
      config,
      schema: {
        tags,
        summary: "A specialty's visit templates: texts that prefill the visit record's sections",
        querystring: ZVisitTemplatesQuery,
        response: { 200: ZVisitTemplateList, ...errors },
      },
    },
    async (request) => ({
      items: [...(await records.listVisitTemplates(principalOf(request), request.query))],
    }),
  );

  app.get(
    '/reference/lab-tests',
    {
      config,
      schema: {
        tags,
        summary: 'The laboratory panels and analytes a lab order picks from, with their units',
        response: { 200: ZLabTestCatalogue, ...errors },
      },
    },
    async (request) => records.listLabTests(principalOf(request)),
  );
};
