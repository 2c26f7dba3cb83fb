import type { TestApp } from '../../testing/test-app';
import type { FhirResource } from '../fhir-types';
import { expectValidR4 } from './fhir-validator';

export interface FhirAnswer {
  status: number;
  body: FhirResource;
}

/**
 * A FHIR GET through the app with a bearer token, whose answer (a resource, a Bundle and its entries, or an
 * OperationOutcome) must be valid R4; the types validated are added to `validated`.
 */
export const fhirReader =
  (t: () => TestApp, validated: Set<string>) =>
  async (path: string, token: string | null): Promise<FhirAnswer> => {
    const answer = await t().app.inject({
      method: 'GET',
      url: `/fhir/R4/${path}`,
      headers: token === null ? {} : { authorization: `Bearer ${token}` },
    });
    const body = answer.json() as FhirResource;
    for (const type of await expectValidR4(body)) validated.add(type);
    return { status: answer.statusCode, body };
  };

/** The ids of a searchset's matches. */
export const matchIds = (bundle: FhirResource): string[] =>
  ((bundle.entry as { resource: FhirResource; search: { mode: string } }[] | undefined) ?? [])
    .filter((entry) => entry.search.mode === 'match')
    .map((entry) => entry.resource.id ?? '');
