import { z } from 'zod';
import { russianIssueMessage } from './zod-messages';

// Russian is the product's language: built-in zod messages (type errors, bounds) come out in Russian too;
// type errors and bounds get messages that name no English type.
z.config(z.locales.ru());
z.config({ customError: russianIssueMessage });

/**
 * Free text from a user. Control characters (NUL above all, which PostgreSQL cannot store in text) are
 * refused here, so no query or body can reach the database with them.
 */
export const ZText = (max: number) =>
  z
    .string()
    .max(max)
    // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is the point
    .regex(/^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/, {
      message: 'Недопустимые символы в тексте',
    });

/**
 * An e-mail address: a copy of core's rule (`EMAIL_PATTERN` of @talon/core/identifiers), since contracts
 * import nothing of ours; apps/api/src/shared-rules.test.ts checks that the two agree.
 */
export const EMAIL_PATTERN = /^[^\s@]{1,64}@[^\s@]{1,189}\.[^\s@]{2,63}$/;

/** An e-mail address field with its Russian message. */
export const ZEmail = (message: string) => z.string().max(254).regex(EMAIL_PATTERN, { message });

/** An instant with an explicit offset (or `Z`), as text; the fields parse it on to a Date. */
export const ZOffsetDateTimeText = z
  .string()
  .max(40)
  .pipe(
    z.iso.datetime({
      offset: true,
      message: 'Ожидаются дата и время ISO 8601 со смещением, например 2026-12-01T09:00:00+03:00',
    }),
  );

export { z };
