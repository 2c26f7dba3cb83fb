import { offsetMinutes } from '../slot-search';

/** Russian names of the zones of Russia (Федеральный закон № 107-ФЗ «Об исчислении времени»). */
const ZONE_NAMES: Record<string, string> = {
  'Europe/Kaliningrad': 'калининградское время',
  'Europe/Moscow': 'московское время',
  'Europe/Simferopol': 'московское время',
  'Europe/Volgograd': 'московское время',
  'Europe/Kirov': 'московское время',
  'Europe/Samara': 'самарское время',
  'Europe/Ulyanovsk': 'самарское время',
  'Europe/Astrakhan': 'самарское время',
  'Europe/Saratov': 'самарское время',
  'Asia/Yekaterinburg': 'екатеринбургское время',
  'Asia/Omsk': 'омское время',
  'Asia/Novosibirsk': 'красноярское время',
  'Asia/Barnaul': 'красноярское время',
  'Asia/Tomsk': 'красноярское время',
  'Asia/Novokuznetsk': 'красноярское время',
  'Asia/Krasnoyarsk': 'красноярское время',
  'Asia/Irkutsk': 'иркутское время',
  'Asia/Chita': 'якутское время',
  'Asia/Yakutsk': 'якутское время',
  'Asia/Khandyga': 'якутское время',
  'Asia/Vladivostok': 'владивостокское время',
  'Asia/Ust-Nera': 'владивостокское время',
  'Asia/Magadan': 'магаданское время',
  'Asia/Sakhalin': 'магаданское время',
  'Asia/Srednekolymsk': 'магаданское время',
  'Asia/Kamchatka': 'камчатское время',
  'Asia/Anadyr': 'камчатское время',
};

/** `UTC+2`, `UTC+12`, `UTC+5:30`: the offset at the instant. */
export function utcOffsetLabel(at: Date, timeZone: string): string {
  const minutes = offsetMinutes(at, timeZone);
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  const rest = abs % 60 ? `:${String(abs % 60).padStart(2, '0')}` : '';
  return `UTC${sign}${Math.floor(abs / 60)}${rest}`;
}

/**
 * The zone named for a person (docs/domain.md rule 10): the Russian name where there is one, the offset at the
 * visit and the IANA name, e.g. `камчатское время, UTC+12 (Asia/Kamchatka)`.
 */
export function timeZoneName(at: Date, timeZone: string): string {
  const words = ZONE_NAMES[timeZone];
  const offset = utcOffsetLabel(at, timeZone);
  return words ? `${words}, ${offset} (${timeZone})` : `${offset} (${timeZone})`;
}
