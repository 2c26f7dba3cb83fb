import * as codes from '@talon/vocabulary/records';
import { ZInterpretation, ZObservation } from './records.contract';
import { ZText, z } from './zod';

// Laboratory orders and results to review (issue 12 items 1 and 3; docs/doctor-cabinet.md «Laboratory
// orders»). An order is a FHIR ServiceRequest; its results a DiagnosticReport with Observations.

const ZInstant = z.iso.datetime({ offset: true });
const ZNamedRef = z.object({ id: z.uuid(), name: z.string() });

export const ZLabOrderStatus = z.enum(codes.LAB_ORDER_STATUSES).meta({ id: 'LabOrderStatus' });

export const ZCreateLabOrderRequest = z
  .object({
    codes: z
      .array(ZText(64).trim().min(1))
      .min(1, { message: 'Выберите хотя бы один анализ' })
      .max(30, { message: 'Не больше 30 исследований в одном направлении' })
      .describe(
        'Panel codes (`cbc`, `biochem`) or analyte codes (LOINC `718-7`) of GET /reference/lab-tests',
      ),
    priority: z
      .enum(codes.LAB_ORDER_PRIORITIES, { message: 'Ожидается routine или urgent' })
      .default('routine'),
    note: ZText(1000).trim().nullable().optional().describe('For the nurse or the laboratory'),
  })
  .meta({ id: 'CreateLabOrderRequest' });

export const ZLabOrder = z
  .object({
    id: z.uuid(),
    number: z.string().describe('`YYYYMMDD-XXXXXXXX`'),
    patient: z.object({ id: z.uuid(), fullName: z.string(), birthDate: z.string() }),
    encounterId: z.uuid().nullable(),
    organization: ZNamedRef,
    requester: ZNamedRef,
    priority: z.enum(codes.LAB_ORDER_PRIORITIES),
    note: z.string().nullable(),
    status: ZLabOrderStatus,
    items: z.array(
      z.object({
        code: z.string(),
        kind: z.enum(codes.LAB_ORDER_ITEM_KINDS),
        name: z.string(),
        analytes: z
          .array(
            z.object({
              code: z.string(),
              name: z.string(),
              unit: z.string().nullable().describe('UCUM: the result form’s default'),
              unitDisplay: z.string().nullable(),
            }),
          )
          .describe('What the result form asks for'),
      }),
    ),
    createdAt: ZInstant,
    completedAt: ZInstant.nullable(),
    revokedAt: ZInstant.nullable(),
    reportId: z.uuid().nullable().describe('The DiagnosticReport that completed it'),
  })
  .meta({ id: 'LabOrder' });

export const ZLabOrderList = z.object({ items: z.array(ZLabOrder) }).meta({ id: 'LabOrderList' });

export const ZLabOrdersQuery = z.object({
  status: z
    .enum([...codes.LAB_ORDER_STATUSES, 'all'], { message: 'Ожидается active, completed, revoked или all' })
    .optional()
    .describe('`active` when absent'),
});

const ZResultValue = z.union([
  z.number({ message: 'Укажите значение' }),
  ZText(200).trim().min(1, { message: 'Укажите значение' }),
]);

export const ZEnterLabResultsRequest = z
  .object({
    results: z
      .array(
        z.object({
          code: ZText(64).min(1).describe('An analyte of the order'),
          value: ZResultValue.describe('A number (quantity) or text'),
          unit: ZText(32).min(1).optional().describe('UCUM; the reference’s when absent'),
          referenceRange: z
            .object({ low: z.number().nullable().optional(), high: z.number().nullable().optional() })
            .optional()
            .describe('The range the laboratory printed; the reference’s for the patient when absent'),
        }),
      )
      .min(1, { message: 'Введите хотя бы один результат' })
      .max(100),
    effectiveAt: ZInstant.optional().describe('When the sample was taken; now when absent'),
    conclusion: ZText(2000).trim().nullable().optional(),
  })
  .meta({ id: 'EnterLabResultsRequest' });

export const ZLabReport = z
  .object({
    id: z.uuid(),
    patientId: z.uuid(),
    basedOnOrderId: z.uuid().nullable(),
    code: z.string(),
    name: z.string(),
    orderNumber: z.string().nullable(),
    orderedBy: ZNamedRef.nullable(),
    enteredBy: ZNamedRef.nullable().describe('Who typed the results in; null for a laboratory’s post'),
    effective: ZInstant,
    issued: ZInstant.nullable(),
    reviewedAt: ZInstant.nullable(),
    observations: z.array(ZObservation),
  })
  .meta({ id: 'LabReport' });

export const ZResultToReview = z
  .object({
    reportId: z.uuid(),
    name: z.string(),
    patient: z.object({ id: z.uuid(), fullName: z.string() }),
    orderId: z.uuid().nullable(),
    effective: ZInstant,
    issued: ZInstant.nullable(),
    worst: ZInterpretation.nullable().describe('The worst flag of its results'),
    outOfRange: z.number().int(),
  })
  .meta({ id: 'ResultToReview' });

export const ZResultsToReviewQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50).describe('Results of one page'),
  offset: z.coerce.number().int().min(0).default(0).describe('Results skipped (the next page)'),
});

export const ZResultsToReview = z
  .object({
    items: z
      .array(ZResultToReview)
      .describe('One page: critical first, then out of range, then the rest; oldest issued first in each'),
    count: z.number().int().describe('Results waiting in all (every page; the badge), as `total`'),
    total: z.number().int().describe('Results waiting in all (every page)'),
    limit: z.number().int(),
    offset: z.number().int(),
  })
  .meta({ id: 'ResultsToReview' });

export const ZReviewedResult = z
  .object({ reportId: z.uuid(), reviewedAt: ZInstant })
  .meta({ id: 'ReviewedResult' });

export const ZReportIdParams = z.object({ reportId: z.uuid({ message: 'Ожидается идентификатор (UUID)' }) });

export const ZLabTestCatalogue = z
  .object({
    panels: z.array(z.object({ code: z.string(), name: z.string(), analytes: z.array(z.string()) })),
    analytes: z.array(
      z.object({ code: z.string(), name: z.string(), unit: z.string(), unitDisplay: z.string() }),
    ),
  })
  .meta({ id: 'LabTestCatalogue' });

export type TLabOrder = z.infer<typeof ZLabOrder>;
export type TLabReport = z.infer<typeof ZLabReport>;
export type TResultToReview = z.infer<typeof ZResultToReview>;
