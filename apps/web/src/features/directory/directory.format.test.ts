import { describe, expect, it } from 'vitest';
import {
  formatDistance,
  formatLanguages,
  formatNearParam,
  formatRating,
  initialsOf,
  phoneHref,
  sortByName,
  websiteHref,
  websiteLabel,
} from './directory.format';

// Intl puts a no-break space between number and unit; compare with ordinary spaces for readability.
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

describe('formatDistance', () => {
  it('shows tenths of a kilometre with a Russian decimal comma', () => {
    expect(plain(formatDistance(1.234, 'ru'))).toBe('1,2 км');
    expect(plain(formatDistance(9.96, 'ru'))).toBe('10 км');
  });

  it('shows whole kilometres from ten on', () => {
    expect(plain(formatDistance(12.6, 'ru'))).toBe('13 км');
  });

  it('shows metres below a kilometre, never zero', () => {
    expect(plain(formatDistance(0.347, 'ru'))).toBe('350 м');
    expect(plain(formatDistance(0, 'ru'))).toBe('10 м');
    expect(plain(formatDistance(0.998, 'ru'))).toBe('1 км');
  });

  it('follows the interface language', () => {
    expect(plain(formatDistance(1.234, 'en'))).toBe('1.2 km');
  });

  it('gives nothing for a nonsense distance', () => {
    expect(formatDistance(Number.NaN, 'ru')).toBe('');
    expect(formatDistance(-1, 'ru')).toBe('');
  });
});

describe('formatRating', () => {
  it('always has one decimal', () => {
    expect(formatRating(4.7, 'ru')).toBe('4,7');
    expect(formatRating(5, 'ru')).toBe('5,0');
    expect(formatRating(4.25, 'en')).toBe('4.3');
  });
});

describe('formatLanguages', () => {
  it('names languages in the interface language', () => {
    expect(formatLanguages(['ru', 'en'], 'ru')).toBe('русский и английский');
    expect(formatLanguages(['ru', 'en', 'de'], 'en')).toBe('Russian, English, and German');
  });

  it('keeps an unknown code rather than failing', () => {
    expect(formatLanguages(['ru', 'not a code'], 'ru')).toBe('русский и not a code');
  });
});

describe('initialsOf', () => {
  it('takes the first letters of surname and name', () => {
    expect(initialsOf('Иванова', 'ёлка')).toBe('ИЁ');
  });
});

describe('phoneHref', () => {
  it('normalises Russian numbers to +7', () => {
    expect(phoneHref('+7 (495) 123-45-67')).toBe('tel:+74951234567');
    expect(phoneHref('8 (4152) 12-34-56')).toBe('tel:+74152123456');
    expect(phoneHref('8 800 555-35-35')).toBe('tel:+78005553535');
  });

  it('keeps short numbers as they are', () => {
    expect(phoneHref('103')).toBe('tel:103');
  });
});

describe('website', () => {
  it('adds https to a bare host and shows it without scheme or www', () => {
    expect(websiteHref('gp12.mos.ru')).toBe('https://gp12.mos.ru/');
    expect(websiteLabel('https://www.gp12.mos.ru/')).toBe('gp12.mos.ru');
    expect(websiteLabel('http://kgp1.ru/about/')).toBe('kgp1.ru/about');
  });

  it('refuses non-web schemes', () => {
    expect(websiteHref('javascript:alert(1)')).toBeNull();
    expect(websiteLabel('javascript:alert(1)')).toBe('javascript:alert(1)');
  });
});

describe('sortByName', () => {
  it('sorts in Russian alphabetical order without changing the input', () => {
    const regions = [
      { name: 'Ярославская область' },
      { name: 'Москва' },
      { name: 'Ёлкинский край' },
      { name: 'Адыгея' },
    ];
    expect(sortByName(regions, 'ru').map((r) => r.name)).toEqual([
      'Адыгея',
      'Ёлкинский край',
      'Москва',
      'Ярославская область',
    ]);
    expect(regions[0]?.name).toBe('Ярославская область');
  });
});

describe('formatNearParam', () => {
  it('rounds coordinates to four decimals', () => {
    expect(formatNearParam(55.755826, 37.6173)).toBe('55.7558,37.6173');
    expect(formatNearParam(-33.9, 151.2)).toBe('-33.9000,151.2000');
  });
});
