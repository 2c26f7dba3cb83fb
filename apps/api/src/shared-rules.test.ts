import { EMAIL_PATTERN as CONTRACTS_EMAIL_PATTERN, ZEmail, z } from '@talon/contracts';
import { EMAIL_PATTERN, isValidEmail } from '@talon/core/identifiers';
import { russianPlural } from '@talon/core/shared';
import { describe, expect, it } from 'vitest';

/**
 * Contracts import nothing of ours, so a rule both core and contracts apply exists twice. The API sees both:
 * here each pair is held to one test vector.
 */

const ADDRESSES: readonly [string, boolean][] = [
  ['anna.petrova@example.ru', true],
  ['Anna.Petrova+talon@Example.ru', true],
  ['имя@почта.рф', true],
  ['a@b.co', true],
  ['a@b.c', false],
  ['name@example', false],
  ['maria@', false],
  ['@example.ru', false],
  ['anna petrova@example.ru', false],
  ['anna@@example.ru', false],
  ['не почта', false],
  [`${'a'.repeat(64)}@example.ru`, true],
  [`${'a'.repeat(65)}@example.ru`, false],
  [`anna@${'d'.repeat(189)}.ru`, true],
  [`anna@${'d'.repeat(190)}.ru`, false],
];

/** CLDR's Russian categories: `one` takes «минуту»/«символа», `few` «минуты», `many` «минут»/«символов». */
const COUNTS: readonly [number, 'one' | 'few' | 'many'][] = [
  [0, 'many'],
  [1, 'one'],
  [2, 'few'],
  [4, 'few'],
  [5, 'many'],
  [11, 'many'],
  [12, 'many'],
  [14, 'many'],
  [21, 'one'],
  [22, 'few'],
  [25, 'many'],
  [101, 'one'],
  [111, 'many'],
  [1001, 'one'],
  [1.5, 'few'],
];

describe('the e-mail rule of core and its copy in contracts', () => {
  it('is the same pattern', () => {
    expect(CONTRACTS_EMAIL_PATTERN.source).toBe(EMAIL_PATTERN.source);
    expect(CONTRACTS_EMAIL_PATTERN.flags).toBe(EMAIL_PATTERN.flags);
  });

  it.each(ADDRESSES)('%s: both say %s', (address, isValid) => {
    expect(isValidEmail(address)).toBe(isValid);
    expect(ZEmail('Проверьте адрес').safeParse(address).success).toBe(isValid);
  });
});

describe('Russian plural forms of core and contracts', () => {
  it.each(COUNTS)('%s takes the %s form in core', (count, category) => {
    expect(russianPlural(count, { one: 'one', few: 'few', many: 'many' })).toBe(category);
  });

  // After «не более» the genitive has two forms: the singular for `one`, the plural for the others.
  it.each(COUNTS.filter(([count]) => Number.isInteger(count)))(
    '%s takes the %s form in the messages of contracts',
    (count, category) => {
      const result = z
        .string()
        .max(count)
        .safeParse('я'.repeat(count + 1));
      expect(result.error?.issues[0]?.message).toBe(
        `Слишком длинно: допустимо не более ${count} ${category === 'one' ? 'символа' : 'символов'}`,
      );
    },
  );
});
