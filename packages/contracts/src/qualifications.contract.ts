import { z } from './zod';

export const ZQualificationType = z
  .enum(['diploma', 'accreditation', 'qualification_category', 'training_certificate'])
  .meta({ id: 'QualificationType' });
export const ZQualificationStatus = z
  .enum(['in_work', 'sent', 'confirmed'])
  .meta({ id: 'QualificationStatus' });

/** `POST /api/v1/me/qualifications`, `PUT /api/v1/me/qualifications/{id}`. */
export const ZQualificationInput = z
  .object({
    type: ZQualificationType.describe(
      'Diploma, accreditation (свидетельство / выписка), qualification category, training certificate',
    ),
    number: z
      .string()
      .min(1)
      .max(40)
      .describe(
        'Per type: diploma `123456 1234567` (series + number); accreditation: the FRMR record number (6–20 digits); category: the order number (`45-к`); training certificate: the registration number (`ПК-2024/0157`)',
      ),
    issuedOn: z.iso.date().describe('Day of issue'),
    validUntil: z.iso
      .date()
      .nullable()
      .describe('Last valid day (after the issue); required for an accreditation and a category'),
    specialtyCode: z.string().min(1).max(20).describe('Specialty code of the reference list'),
    status: ZQualificationStatus.optional().describe(
      'in_work (default) → sent → confirmed, one step at a time',
    ),
    scanUploadId: z.uuid().nullable().describe('The scan: one’s own upload (`POST /api/v1/uploads`)'),
  })
  .meta({ id: 'NewQualification' });

export const ZQualification = z
  .object({
    id: z.uuid(),
    type: ZQualificationType,
    number: z.string().describe('Normalised: spaces collapsed, upper case'),
    issuedOn: z.iso.date(),
    validUntil: z.iso.date().nullable(),
    specialty: z.object({ code: z.string(), name: z.string() }),
    status: ZQualificationStatus,
    scanUploadId: z.uuid().nullable(),
    daysLeft: z
      .number()
      .int()
      .nullable()
      .describe(
        'Days from today (the clinic’s zone) to the last valid day; negative once expired; null: no end',
      ),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'Qualification' });

export const ZQualificationList = z
  .object({ items: z.array(ZQualification).describe('By type, the latest first') })
  .meta({ id: 'QualificationList' });

export const ZQualificationChange = z
  .object({
    id: z.uuid(),
    qualificationId: z.uuid(),
    changedBy: z.string().nullable().describe('The account’s display name'),
    changedAt: z.iso.datetime({ offset: true }),
    before: z.record(z.string(), z.unknown()).nullable().describe('Null for the creation'),
    after: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'QualificationChange' });

export const ZQualificationChangeList = z
  .object({ items: z.array(ZQualificationChange).describe('Newest first') })
  .meta({ id: 'QualificationChangeList' });

/** `GET /api/v1/admin/qualifications/expiring?days=90`. */
export const ZExpiringQualificationsQuery = z.object({
  days: z.coerce.number().int().min(1).max(366).default(90).describe('Expiring within this many days'),
});

export const ZExpiringQualification = z
  .object({
    id: z.uuid(),
    practitioner: z.object({ id: z.uuid(), name: z.string() }),
    organization: z.object({ id: z.uuid(), name: z.string() }),
    type: ZQualificationType,
    number: z.string(),
    specialty: z.object({ code: z.string(), name: z.string() }),
    validUntil: z.iso.date(),
    status: ZQualificationStatus,
    daysLeft: z.number().int(),
  })
  .meta({ id: 'ExpiringQualification' });

export const ZExpiringQualificationList = z
  .object({ items: z.array(ZExpiringQualification).describe('Soonest first') })
  .meta({ id: 'ExpiringQualificationList' });

/** `POST /api/v1/dev/jobs/accreditation-reminders` (demo mode only). */
export const ZAccreditationRemindersRun = z
  .object({
    at: z.iso
      .datetime({ offset: true })
      .optional()
      .describe('The instant the sweep runs as (a moved clock); now when absent'),
  })
  .meta({ id: 'AccreditationRemindersRun' });

export const ZAccreditationRemindersResult = z
  .object({ written: z.number().int().describe('Reminder messages written now (0: all sent already)') })
  .meta({ id: 'AccreditationRemindersResult' });
