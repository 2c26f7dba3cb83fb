/**
 * Formatting of directory data for people: numbers, distances, names. Pure functions of their input and
 * a BCP 47 locale, so that they are tested without a browser.
 */

/** «1,2 км», «12 км», «350 м»: metres below one kilometre, tenths below ten kilometres. */
export function formatDistance(km: number, locale: string): string {
  if (!Number.isFinite(km) || km < 0) return '';
  if (km < 1) {
    const metres = Math.max(10, Math.round((km * 1000) / 10) * 10);
    if (metres < 1000) {
      return new Intl.NumberFormat(locale, { style: 'unit', unit: 'meter', unitDisplay: 'short' }).format(
        metres,
      );
    }
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: 'kilometer',
    unitDisplay: 'short',
    maximumFractionDigits: km < 10 ? 1 : 0,
  }).format(km);
}

/** A rating with exactly one decimal: «4,7», «5,0». */
export function formatRating(rating: number, locale: string): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(rating);
}

/** Language names from ISO 639-1 codes in the interface language, joined as a list: «русский и английский». */
export function formatLanguages(codes: readonly string[], locale: string): string {
  const names = new Intl.DisplayNames(locale, { type: 'language', fallback: 'code' });
  const labels = codes.map((code) => {
    try {
      return names.of(code) ?? code;
    } catch {
      return code;
    }
  });
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(labels);
}

/** «А, Б и В» in the interface language. */
export function formatList(items: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}

/** Two letters for a photo placeholder: surname and first name. */
export function initialsOf(surname: string, name: string): string {
  return `${surname.trim().charAt(0)}${name.trim().charAt(0)}`.toLocaleUpperCase('ru');
}

/** A `tel:` link target: digits with a leading plus, «8» of a Russian trunk prefix replaced by «+7». */
export function phoneHref(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '');
  if (/^8\d{10}$/.test(digits)) return `tel:+7${digits.slice(1)}`;
  if (/^7\d{10}$/.test(digits)) return `tel:+${digits}`;
  return `tel:${digits}`;
}

/** A full URL for a website given with or without its scheme, or null when it is not an http(s) address. */
export function websiteHref(website: string): string | null {
  const candidate = /^[a-z][a-z\d+.-]*:/i.test(website) ? website : `https://${website}`;
  try {
    const url = new URL(candidate);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** A website as people read it: host and path without the scheme or «www.». */
export function websiteLabel(website: string): string {
  const href = websiteHref(website);
  if (!href) return website;
  const url = new URL(href);
  const path = url.pathname === '/' ? '' : url.pathname.replace(/\/$/, '');
  return `${url.hostname.replace(/^www\./, '')}${path}`;
}

/** Sorts by a name in the locale's alphabet (Ё next to Е, case-insensitive). */
export function sortByName<T extends { name: string }>(items: readonly T[], locale: string): T[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  return [...items].sort((a, b) => collator.compare(a.name, b.name));
}

/** `near` for the API: latitude and longitude rounded to about 10 m, which is as precise as search needs. */
export function formatNearParam(latitude: number, longitude: number): string {
  return `${latitude.toFixed(4)},${longitude.toFixed(4)}`;
}
