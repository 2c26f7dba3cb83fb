import {
  ZAppointmentStatus,
  ZCondition,
  ZConditionClinicalStatus,
  ZCoverageStatus,
  ZDocumentRequestStatus,
  ZDocumentRequestType,
  ZEncounter,
  ZEncounterStatus,
  type ZFoundPatient,
  ZImmunization,
  ZInterpretation,
  ZMedicationRequestStatus,
  ZObservation,
  ZOpeningHours,
  type ZPatientCard,
  type ZPatientProfile,
  ZPractitionerDocumentKind,
  ZPractitionerDocumentStatus,
  ZRecordDocument,
  type ZSchedule,
  ZScheduleChannel,
  type ZScheduleDay,
  ZScheduleVisitType,
  ZSex,
  ZSlotVisitType,
  ZUpload,
  type ZWard,
  type z,
} from '@talon/contracts';
import type { PatientCard, WardView } from '@talon/core/access';
import { APPOINTMENT_STATUSES } from '@talon/core/booking';
import type { OpeningHoursEntry } from '@talon/core/directory';
import { DOCUMENT_REQUEST_STATUSES, DOCUMENT_REQUEST_TYPES } from '@talon/core/document-requests';
import {
  PRACTITIONER_DOCUMENT_KINDS,
  PRACTITIONER_DOCUMENT_STATUSES,
} from '@talon/core/practitioner-documents';
import type { PatientProfile } from '@talon/core/privacy';
import * as recordCodes from '@talon/core/records';
import type { FoundPatient } from '@talon/core/registry';
import { SLOT_CHANNELS, type TemplateDay, VISIT_TYPES } from '@talon/core/scheduling';
import { ISO_WEEKDAYS, type PersonFields, SEXES } from '@talon/core/shared';
import { UPLOAD_CONTENT_TYPES } from '@talon/core/uploads';
import { describe, expect, expectTypeOf, it } from 'vitest';

/** An intersection written out as one object type, as zod infers them. */
type Flat<T> = { [K in keyof T]: T[K] };

// Contracts may not import core (web reads them), so each list and shape they repeat is checked here, where
// both meet: the lists at run time, the shapes by the type checker (`tsc` over this file).

describe('the contracts repeat what core declares', () => {
  it('lists the same appointment statuses, sexes, slot channels and visit types', () => {
    expect(ZAppointmentStatus.options).toEqual([...APPOINTMENT_STATUSES]);
    expect(ZSex.options).toEqual([...SEXES]);
    expect(ZScheduleChannel.options).toEqual([...SLOT_CHANNELS]);
    expect(ZScheduleVisitType.options).toEqual([...VISIT_TYPES]);
    expect(ZSlotVisitType.options).toEqual([...VISIT_TYPES]);
  });

  it("lists the medical record's codes and statuses, and the upload types, as core does", () => {
    expect(ZEncounterStatus.options).toEqual([...recordCodes.ENCOUNTER_STATUSES]);
    expect(ZEncounter.shape.class.options).toEqual([...recordCodes.ENCOUNTER_CLASSES]);
    expect(ZConditionClinicalStatus.options).toEqual([...recordCodes.CONDITION_CLINICAL_STATUSES]);
    expect(ZCondition.shape.role.unwrap().options).toEqual([...recordCodes.CONDITION_ROLES]);
    expect(ZCondition.shape.verificationStatus.options).toEqual([
      ...recordCodes.CONDITION_VERIFICATION_STATUSES,
    ]);
    expect(ZInterpretation.options).toEqual([...recordCodes.INTERPRETATIONS]);
    expect(ZObservation.shape.codeSystem.options).toEqual([...recordCodes.OBSERVATION_CODE_SYSTEMS]);
    expect(ZObservation.shape.valueKind.options).toEqual([...recordCodes.OBSERVATION_VALUE_KINDS]);
    expect(ZObservation.shape.status.options).toEqual([...recordCodes.OBSERVATION_STATUSES]);
    expect(ZRecordDocument.shape.status.options).toEqual([...recordCodes.DOCUMENT_STATUSES]);
    expect(ZMedicationRequestStatus.options).toEqual([...recordCodes.MEDICATION_REQUEST_STATUSES]);
    expect(ZImmunization.shape.status.options).toEqual([...recordCodes.IMMUNIZATION_STATUSES]);
    expect(ZCoverageStatus.options).toEqual([...recordCodes.COVERAGE_STATUSES]);
    expect(ZUpload.shape.contentType.options).toEqual([...UPLOAD_CONTENT_TYPES]);
  });

  it('lists the certificate and extract types and statuses as core does', () => {
    expect(ZDocumentRequestType.options).toEqual([...DOCUMENT_REQUEST_TYPES]);
    expect(ZDocumentRequestStatus.options).toEqual([...DOCUMENT_REQUEST_STATUSES]);
  });

  it("lists the practitioner's document kinds and statuses as core does", () => {
    expect(ZPractitionerDocumentKind.options).toEqual([...PRACTITIONER_DOCUMENT_KINDS]);
    expect(ZPractitionerDocumentStatus.options).toEqual([...PRACTITIONER_DOCUMENT_STATUSES]);
  });

  it('numbers the days of opening hours as core does: ISO, 1 = Monday … 7 = Sunday', () => {
    const accepts = (days: number[]) =>
      ZOpeningHours.safeParse([{ days, opens: '08:00', closes: '20:00' }]).success;
    expect(accepts([...ISO_WEEKDAYS])).toBe(true);
    expect(accepts([0])).toBe(false);
    expect(accepts([ISO_WEEKDAYS.length + 1])).toBe(false);
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
