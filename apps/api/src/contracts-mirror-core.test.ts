import {
  INTEGRATION_CLIENT_AUTH_METHODS,
  type ZFoundPatient,
  ZOpeningHours,
  type ZPatientCard,
  type ZPatientProfile,
  type ZSchedule,
  type ZScheduleDay,
  type ZWard,
  type z,
} from '@talon/contracts';
import type { PatientCard, WardView } from '@talon/core/access';
import type { OpeningHoursEntry } from '@talon/core/directory';
import { CLIENT_AUTH_METHODS } from '@talon/core/integration-clients';
import type { PatientProfile } from '@talon/core/privacy';
import type { FoundPatient } from '@talon/core/registry';
import type { TemplateDay } from '@talon/core/scheduling';
import { ISO_WEEKDAYS, type PersonFields } from '@talon/core/shared';
import { describe, expect, expectTypeOf, it } from 'vitest';

/** An intersection written out as one object type, as zod infers them. */
type Flat<T> = { [K in keyof T]: T[K] };

// Contracts may not import core (web reads them). The coded lists both use are the vocabulary's
// (packages/vocabulary); the shapes contracts repeat are checked here, where both meet, by the type checker.

describe('the contracts repeat what core declares', () => {
  it('numbers the days of opening hours as core does: ISO, 1 = Monday … 7 = Sunday', () => {
    const accepts = (days: number[]) =>
      ZOpeningHours.safeParse([{ days, opens: '08:00', closes: '20:00' }]).success;
    expect(accepts([...ISO_WEEKDAYS])).toBe(true);
    expect(accepts([0])).toBe(false);
    expect(accepts([ISO_WEEKDAYS.length + 1])).toBe(false);
  });

  it('names the integration clients’ authentication methods as core does', () => {
    expect(INTEGRATION_CLIENT_AUTH_METHODS).toEqual(CLIENT_AUTH_METHODS);
  });

  it('shapes the person, the cards, schedule days and opening hours as core does', () => {
    expectTypeOf<Omit<z.infer<typeof ZPatientCard>, 'accessBasis'>>().toEqualTypeOf<PatientCard>();
    expectTypeOf<z.infer<typeof ZPatientProfile>>().toEqualTypeOf<PatientProfile>();
    expectTypeOf<z.infer<typeof ZWard>['patient']>().toEqualTypeOf<Flat<WardView['patient']>>();
    expectTypeOf<Pick<z.infer<typeof ZFoundPatient>, keyof PersonFields | 'id' | 'phone'>>().toEqualTypeOf<
      Pick<FoundPatient, keyof PersonFields | 'id' | 'phone'>
    >();
    expectTypeOf<z.infer<typeof ZScheduleDay>>().toEqualTypeOf<TemplateDay>();
    expectTypeOf<z.infer<typeof ZSchedule>['days'][number]>().toEqualTypeOf<TemplateDay>();
    expectTypeOf<z.infer<typeof ZOpeningHours>[number]>().toEqualTypeOf<OpeningHoursEntry>();
  });
});
