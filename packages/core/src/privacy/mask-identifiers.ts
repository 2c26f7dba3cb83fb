import { formatSnils } from '../identifiers';
import type { PatientProfile } from './privacy.types';

/**
 * SNILS in its display form with the first six digits hidden: `***-***-445 95`. The last digits are enough
 * for a person to recognise their number and useless to anyone reading over their shoulder.
 */
export function maskSnils(snils: string): string {
  const formatted = formatSnils(snils);
  return /^\d{3}-\d{3}-\d{3} \d{2}$/.test(formatted) ? `***-***-${formatted.slice(8)}` : '***';
}

/** The card as shown: SNILS in its display form, and both identifiers masked unless `reveal`. */
export const presentCard = (card: PatientProfile, reveal: boolean): PatientProfile => ({
  ...card,
  snils: card.snils ? (reveal ? formatSnils(card.snils) : maskSnils(card.snils)) : null,
  oms: card.oms && !reveal ? maskOms(card.oms) : card.oms,
});

/** The OMS number (ЕНП) with all but the last four digits hidden: `************1234`. */
export function maskOms(oms: string): string {
  const digits = oms.replace(/\D/g, '');
  return digits.length > 4 ? `${'*'.repeat(digits.length - 4)}${digits.slice(-4)}` : '***';
}
