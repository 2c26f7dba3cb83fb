import { parsePhone, parseSnils } from '../identifiers';

/** What a person typed as their login, in every form it could be (11 digits may be a phone or a SNILS). */
export interface LoginIdentifier {
  email: string | null;
  phone: string | null;
  snils: string | null;
}

export function parseLoginIdentifier(input: string): LoginIdentifier {
  const text = input.trim();
  if (text.includes('@')) return { email: text.toLowerCase(), phone: null, snils: null };
  const phone = parsePhone(text);
  const snils = parseSnils(text);
  return { email: null, phone: phone.ok ? phone.value : null, snils: snils.ok ? snils.value : null };
}

/** `+7 *** ***-45-67`: enough for a person to recognise their number, useless to anyone else. */
export function maskPhone(phone: string): string {
  return `+7 *** ***-${phone.slice(-4, -2)}-${phone.slice(-2)}`;
}

/** `i***@mail.ru`. */
export function maskEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@');
  return `${local.slice(0, 1)}***@${domain}`;
}

/**
 * One canonical text for a login, whatever was typed (`+7 916…`, `8916…`, a SNILS with dashes, an e-mail in
 * capitals): the key of an unknown login's throttling and of the code-request limits.
 */
export function canonicalLogin(id: LoginIdentifier, typed: string): string {
  return id.email ?? id.phone ?? (id.snils ? `snils:${id.snils}` : `other:${typed.trim().toLowerCase()}`);
}
