import { describe, expect, it } from 'vitest';
import { readsStaffApplicationOf } from './application-readers';

describe('who reads a staff application’s attachments', () => {
  const clinic = '00000000-0000-4000-8000-000000000001';
  const other = '00000000-0000-4000-8000-000000000002';

  it('is the admin of the application’s clinic', () => {
    expect(
      readsStaffApplicationOf({ roles: [{ role: 'clinic_admin', organizationId: clinic }] }, clinic),
    ).toBe(true);
  });

  it('is not another clinic’s admin, a system admin, a registrar or a colleague of the clinic', () => {
    for (const roles of [
      [{ role: 'clinic_admin', organizationId: other }],
      [{ role: 'system_admin', organizationId: null }],
      [{ role: 'registrar', organizationId: clinic }],
      [{ role: 'doctor', organizationId: clinic }],
    ]) {
      expect(readsStaffApplicationOf({ roles }, clinic), JSON.stringify(roles)).toBe(false);
    }
  });
});
