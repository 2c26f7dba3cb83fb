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

export { z };
