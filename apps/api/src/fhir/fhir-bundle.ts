import type { FhirResource } from './fhir-types';

/** What the links of a searchset are made of: the search as asked, without its paging. */
export interface SearchLinks {
  /** `https://host/fhir/R4`. */
  baseUrl: string;
  type: string;
  /** The parameters as sent, `_offset` left out (the links set it). */
  parameters: readonly [string, string][];
  offset: number;
  count: number;
}

function pageUrl(links: SearchLinks, offset: number): string {
  const query = new URLSearchParams(
    links.parameters.filter(([name]) => name !== '_offset' && name !== '_count'),
  );
  query.set('_count', String(links.count));
  if (offset > 0) query.set('_offset', String(offset));
  return `${links.baseUrl}/${links.type}?${query.toString()}`;
}

/**
 * A `searchset` Bundle: the matches (mode `match`) then the `_include`d resources (mode `include`), `total`
 * of all matches, `self`, and `next`/`previous` while there are pages that way.
 */
export function searchsetBundle(
  links: SearchLinks,
  total: number,
  matches: FhirResource[],
  included: FhirResource[],
): FhirResource {
  const link = [{ relation: 'self', url: pageUrl(links, links.offset) }];
  if (links.offset + links.count < total) {
    link.push({ relation: 'next', url: pageUrl(links, links.offset + links.count) });
  }
  if (links.offset > 0) {
    link.push({ relation: 'previous', url: pageUrl(links, Math.max(links.offset - links.count, 0)) });
  }
  const entry = (resource: FhirResource, mode: 'match' | 'include') => ({
    fullUrl: `${links.baseUrl}/${resource.resourceType}/${resource.id}`,
    resource,
    search: { mode },
  });
  const entries = [...matches.map((m) => entry(m, 'match')), ...included.map((r) => entry(r, 'include'))];
  // FHIR JSON has no empty arrays: an empty page has no `entry` at all.
  return {
    resourceType: 'Bundle',
    type: 'searchset',
    total,
    link,
    ...(entries.length > 0 ? { entry: entries } : {}),
  };
}
