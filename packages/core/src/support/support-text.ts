import { DomainError } from '../shared';
import { SupportErrorCode } from './support.errors';

export const MAX_SUPPORT_SUBJECT = 200;
export const MAX_SUPPORT_TEXT = 5000;

/** Trimmed text of 1..`max` characters, else 400 `SUPPORT_TEXT_INVALID` on `field`. */
export function supportText(value: string, max: number, field: string): string {
  const text = value.trim();
  if (!text || text.length > max) {
    throw new DomainError(SupportErrorCode.SUPPORT_TEXT_INVALID, { field, params: { max } });
  }
  return text;
}
