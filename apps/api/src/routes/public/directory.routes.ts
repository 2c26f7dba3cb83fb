import {
  problemResponses,
  ZIdParams,
  ZListOrganizationsQuery,
  ZListPractitionersQuery,
  ZOrganization,
  ZOrganizationPage,
  ZPractitioner,
  ZPractitionerPage,
  ZRegion,
  ZSpecialty,
  z,
} from '@talon/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Public, read-only directory: regions, specialties, clinics and doctors. No login needed. */
export const directoryRoutes: FastifyPluginAsyncZod = async (app) => {
  const { directory } = app.services;
  const tags = ['Directory'];

  app.get(
    '/regions',
    {
      config: { access: 'public' },
      schema: { tags, summary: 'The 85 regions with their time zones', response: { 200: z.array(ZRegion) } },
    },
    () => directory.listRegions(null),
  );

  app.get(
    '/specialties',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Specialties and services with their booking flags',
        response: { 200: z.array(ZSpecialty) },
      },
    },
    () => directory.listSpecialties(null),
  );

  app.get(
    '/organizations',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Search clinics',
        description:
          'Filters combine; text search ignores case and ё/е; `near` adds distance and sorts by it.',
        querystring: ZListOrganizationsQuery,
        response: { 200: ZOrganizationPage, 400: problemResponses[400] },
      },
    },
    (request) => directory.searchOrganizations(null, request.query),
  );

  app.get(
    '/organizations/:id',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'One clinic',
        params: ZIdParams,
        response: { 200: ZOrganization, ...problemResponses },
      },
    },
    (request) => directory.getOrganization(null, { id: request.params.id }),
  );

  app.get(
    '/practitioners',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'Search doctors',
        querystring: ZListPractitionersQuery,
        response: { 200: ZPractitionerPage, 400: problemResponses[400] },
      },
    },
    (request) => directory.searchPractitioners(null, request.query),
  );

  app.get(
    '/practitioners/:id',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: "A doctor's public profile",
        params: ZIdParams,
        response: { 200: ZPractitioner, ...problemResponses },
      },
    },
    (request) => directory.getPractitioner(null, { id: request.params.id }),
  );
};
