import { validateTemplate } from '@talon/core/scheduling';
import { describe, expect, it } from 'vitest';
import { generateDirectory } from './directory';
import { SEED_PROFILES } from './profiles';
import { planSchedules } from './schedules';
import { SPECIALTIES } from './staffing';

const directory = generateDirectory(SEED_PROFILES.small, 1);
const bySpecialty = new Map(SPECIALTIES.map((s) => [s.code, s]));

describe('planSchedules', () => {
  it('is deterministic: the same seed gives the same templates and ids', () => {
    expect(planSchedules(directory, 1)).toEqual(planSchedules(generateDirectory(SEED_PROFILES.small, 1), 1));
    expect(planSchedules(directory, 2)[0]?.id).not.toBe(planSchedules(directory, 1)[0]?.id);
  });

  it('gives every role one valid template with its specialty’s slot length and the internet channel', () => {
    const templates = planSchedules(directory, 1);
    expect(templates.map((t) => t.practitionerRoleId)).toEqual(directory.roles.map((r) => r.id));
    for (const template of templates) {
      const role = directory.roles.find((r) => r.id === template.practitionerRoleId)!;
      const specialty = bySpecialty.get(role.specialtyCode)!;
      expect(validateTemplate(template, { defaultSlotMinutes: specialty.defaultSlotMinutes })).toEqual(
        expect.objectContaining({ slotMinutes: specialty.defaultSlotMinutes }),
      );
      expect(template.channels).toContain('internet');
      expect(template.priorityPercent).toBe(specialty.kind === 'service' ? 0 : 10);
    }
  });

  it('puts a practitioner working in two clinics on different shifts', () => {
    const templates = planSchedules(directory, 1);
    const byPractitioner = new Map<string, string[]>();
    for (const template of templates) {
      const role = directory.roles.find((r) => r.id === template.practitionerRoleId)!;
      byPractitioner.set(role.practitionerId, [
        ...(byPractitioner.get(role.practitionerId) ?? []),
        template.days[0]!.start,
      ]);
    }
    const twoJobs = [...byPractitioner.values()].filter((starts) => starts.length === 2);
    expect(twoJobs.length).toBeGreaterThan(0);
    for (const [a, b] of twoJobs) expect(a).not.toBe(b);
  });
});
