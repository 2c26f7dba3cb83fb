import type { InteropPage, InteropPageRequest, InteropReads } from '@talon/core/interop';
import type { SearchQuery } from './fhir-search-params';
import type { FhirResource } from './fhir-types';

/** A search parameter a resource type supports, as the CapabilityStatement lists it. */
export interface SearchParameterDefinition {
  name: string;
  type: 'token' | 'reference' | 'date' | 'string';
  documentation: string;
}

/** What a handler reads with: the read port and the moment of the call. */
export interface FhirContext {
  reads: InteropReads;
  now: Date;
  /** `https://host/fhir/R4`: where links to Talon's own routes (a document's PDF) point. */
  baseUrl: string;
}

export interface SearchResult {
  matches: FhirResource[];
  total: number;
  /** The patient whose data the search read (its `patient` parameter), for the call's audit entry. */
  subjectPatientId?: string | null;
}

/**
 * One resource type of the FHIR interface: read by id, search with the parameters it declares, and the
 * `_include`s it can add. The plugin's routes and the CapabilityStatement are both built from the list of
 * handlers (`fhir-resources.ts`), so what `metadata` says is what the server does.
 */
export interface FhirResourceHandler {
  type: string;
  read(context: FhirContext, id: string): Promise<FhirResource | null>;
  searchParams: readonly SearchParameterDefinition[];
  search(context: FhirContext, query: SearchQuery, page: InteropPageRequest): Promise<SearchResult>;
  /** `_include` values (`Slot:schedule`) and how each finds the included resources of the matches. */
  includes: Readonly<
    Record<string, (context: FhirContext, matches: FhirResource[]) => Promise<FhirResource[]>>
  >;
}

/** A page of rows mapped to resources. */
export const mapped = <T>(page: InteropPage<T>, map: (row: T) => FhirResource): SearchResult => ({
  matches: page.items.map(map),
  total: page.total,
});

export const NO_MATCH: SearchResult = { matches: [], total: 0 };

/** The first row of a read by id, mapped; null when there is none. */
export const first = <T>(page: InteropPage<T>, map: (row: T) => FhirResource): FhirResource | null =>
  page.items[0] ? map(page.items[0]) : null;

export const ONE: InteropPageRequest = { offset: 0, count: 1 };

/** The ids of `type` that the matches reference at `path` (a Reference or an array of them). */
export function referencedIds(matches: FhirResource[], path: string, type: string): string[] {
  const ids = new Set<string>();
  for (const match of matches) {
    const value = match[path];
    for (const ref of Array.isArray(value) ? value : [value]) {
      const text = (ref as { reference?: string } | undefined)?.reference;
      if (text?.startsWith(`${type}/`)) ids.add(text.slice(type.length + 1));
    }
  }
  return [...ids];
}

/** Every row with one of `ids` (at most one page of matches' worth: `_count` ≤ 100). */
export const allOf = (ids: string[]): InteropPageRequest => ({ offset: 0, count: Math.max(ids.length, 1) });
