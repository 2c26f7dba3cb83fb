import { DomainError, type FieldError } from '../shared';
import { SchedulingErrorCode } from './scheduling.errors';
import { EXCEPTION_KINDS, type ExceptionKind } from './scheduling.types';

/** A year: longer absences are a change of staff, not an exception. */
export const MAX_ABSENCE_DAYS = 366;
/** Extra hours are one stretch of work; a regular change belongs in a template. */
export const MAX_EXTRA_HOURS = 24;

export interface ExceptionInput {
  kind: string;
  startsAt: Date;
  endsAt: Date;
  reason?: string | null;
}

/**
 * Checks an absence, vacation, sick day or extra hours: a known kind, an end after the start, at most a year
 * of absence or a day of extra hours.
 *
 * @throws DomainError SCHEDULE_EXCEPTION_INVALID with `fieldErrors`
 */
export function validateException(input: ExceptionInput): {
  kind: ExceptionKind;
  startsAt: Date;
  endsAt: Date;
  reason: string | null;
} {
  const errors: FieldError[] = [];
  const isKind = (EXCEPTION_KINDS as readonly string[]).includes(input.kind);
  if (!isKind) {
    errors.push({
      field: 'body.kind',
      message: 'Вид исключения: отсутствие, отпуск, больничный или дополнительные часы',
    });
  }
  const span = input.endsAt.getTime() - input.startsAt.getTime();
  if (Number.isNaN(span)) {
    errors.push({ field: 'body.startsAt', message: 'Укажите начало и окончание периода' });
  } else if (span <= 0) {
    errors.push({ field: 'body.endsAt', message: 'Окончание периода должно быть позже начала' });
  } else if (input.kind === 'extra_hours' && span > MAX_EXTRA_HOURS * 3_600_000) {
    errors.push({
      field: 'body.endsAt',
      message: `Дополнительные часы — не больше ${MAX_EXTRA_HOURS} часов подряд`,
    });
  } else if (span > MAX_ABSENCE_DAYS * 86_400_000) {
    errors.push({ field: 'body.endsAt', message: `Период отсутствия — не больше ${MAX_ABSENCE_DAYS} дней` });
  }
  if (errors.length > 0) {
    throw new DomainError(SchedulingErrorCode.SCHEDULE_EXCEPTION_INVALID, { fieldErrors: errors });
  }
  return {
    kind: input.kind as ExceptionKind,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    reason: input.reason?.trim() || null,
  };
}
