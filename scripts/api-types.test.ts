import { describe, expect, it } from 'vitest';
import { renderApiTypes } from './api-types';

describe('the web app API types', () => {
  // The whole API is composed (on an empty in-memory database) to read its route schemas: seconds, not ms.
  it('are generated from the OpenAPI document of every route', { timeout: 120_000 }, async () => {
    const types = await renderApiTypes();
    expect(types).toContain('"/api/v1/appointments": {');
    expect(types).toContain('"/api/v1/records/summary": {');
    expect(types).toMatch(/export interface components \{/);
  });
});
