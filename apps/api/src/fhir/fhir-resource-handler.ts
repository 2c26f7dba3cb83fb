import type { clientBookingUseCases } from '@talon/core/booking';
import type { ClientPrincipal, ScopePermission } from '@talon/core/integration-clients';
import type { InteropPage, InteropPageRequest, InteropReads } from '@talon/core/interop';
import type { BoundUseCases } from '@talon/core/shared';
import type { SearchQuery } from './fhir-search-params';
import type { FhirResource } from './fhir-types';

/** A search parameter a resource type supports, as the CapabilityStatement lists it. */
export interface SearchParameterDefinition {
  name: string;
  type: 'token' | 'reference' | 'date' | 'string';
  documentation: string;
}

/** Integration clients' bookings (core `clientBookingUseCases`), bound: what the write handlers act through. */
export type FhirBooking = BoundUseCases<typeof clientBookingUseCases>;

/** What a handler reads and writes with: the read port, the booking use cases, the caller and the moment. */
export interface FhirContext {
  reads: InteropReads;
  booking: FhirBooking;
  client: ClientPrincipal;
  now: Date;
  /** `https://host/fhir/R4`: where links to Talon's own routes (a document's PDF) point. */
  baseUrl: string;
}

/** A write's or an operation's answer: its status, the resource and the person whose data it touched. */
export interface FhirWriteResult {
  status: 200 | 201;
  resource: FhirResource;
  subjectPatientId: string | null;
}

/** A JSON Patch operation (RFC 6902) of a FHIR `PATCH`. */
export interface JsonPatchOperation {
  op: string;
  path: string;
  value?: unknown;
}

/**
 * A type-level operation (`POST /Appointment/$find`): the scope it needs — a resource type and a SMART
 * permission —, its OperationDefinition's canonical URL for the CapabilityStatement, and what it does with
 * the `Parameters` it is sent.
 */
export interface FhirOperation {
  scope: { type: string; permission: ScopePermission };
  definition: string;
  documentation: string;
  run(context: FhirContext, parameters: FhirResource): Promise<FhirWriteResult>;
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
  /** The patient whose data a resource of this type is (a read is audited with it); absent: nobody's. */
  subjectOf?(resource: FhirResource): string | null;
  /** `POST /<Type>`; `conditional` is the `If-None-Exist` query when one was sent. */
  create?(
    context: FhirContext,
    body: FhirResource,
    conditional: SearchQuery | null,
  ): Promise<FhirWriteResult>;
  /** `PUT /<Type>/<id>`. */
  update?(context: FhirContext, id: string, body: FhirResource): Promise<FhirWriteResult>;
  /** `PATCH /<Type>/<id>` with a JSON Patch. */
  patch?(context: FhirContext, id: string, operations: JsonPatchOperation[]): Promise<FhirWriteResult>;
  /** Type-level operations by name without the `$` (`find`, `hold`, `book`). */
  operations?: Readonly<Record<string, FhirOperation>>;
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
