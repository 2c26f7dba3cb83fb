import { describe, expect, it } from 'vitest';
import { API_TYPES_FILE, readCommittedApiTypes, renderApiTypes } from './api-types';

const STALE = `${API_TYPES_FILE} is stale: the routes changed since it was generated. Run \`npm run api:types\`.`;

describe('the web app API types', () => {
  // The whole API is composed (on an empty in-memory database) to read its route schemas: seconds, not ms.
  it('are generated from the current OpenAPI document', { timeout: 120_000 }, async () => {
    const fresh = await renderApiTypes();
    expect(fresh).toContain('"/api/v1/appointments": {');
    // Not `toBe`: a diff of ten thousand lines helps nobody, the instruction does.
    if (fresh !== readCommittedApiTypes()) expect.fail(STALE);
  });
});
