import { ZEmail, z } from './zod';

/** `POST /api/v1/appointments/{id}/ticket/email`: the account's own address when `email` is absent. */
export const ZEmailTicketRequest = z
  .object({
    email: ZEmail('Проверьте адрес электронной почты: например, name@example.ru')
      .optional()
      .describe("Where to send the ticket; the account's email when absent"),
  })
  .meta({ id: 'EmailTicketRequest' });
export type TEmailTicketRequest = z.infer<typeof ZEmailTicketRequest>;

export const ZEmailTicketResult = z
  .object({ sentTo: z.string().describe('The address, masked: `a***@example.ru`') })
  .meta({ id: 'EmailTicketResult' });
export type TEmailTicketResult = z.infer<typeof ZEmailTicketResult>;
