import { z } from 'zod';
import { blankAsUndefined } from './env-values';

/**
 * The support desk's variables (docs/support.md), spread into the environment's schema: the live chat's
 * working hours as ISO weekdays and a time range, Moscow time (`1-5 08:00-20:00`: weekdays 8 to 20).
 */
export const supportEnvShape = {
  SUPPORT_HOURS: z.preprocess(
    blankAsUndefined,
    z
      .string()
      .regex(/^[1-7](-[1-7])? ([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-4]):[0-5]\d$/, {
        message: 'weekdays and hours like 1-5 08:00-20:00',
      })
      .default('1-5 08:00-20:00'),
  ),
};
