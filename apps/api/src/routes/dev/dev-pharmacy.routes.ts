import { problemResponses, ZIdParams, ZPrescription, z } from '@talon/contracts';
import { escapeHtml } from '@talon/core/messaging';
import type { MedicationRequestView } from '@talon/core/records';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DEMO_PHARMACY_PREFIX } from '../../composition/demo-pharmacy';
import { presentPrescription } from '../patient/records.presenter';
import { demoPageHtml } from './demo-page.presenter';

const LIMIT = 100;
const TIME = new Intl.DateTimeFormat('ru-RU', {
  dateStyle: 'short',
  timeStyle: 'short',
  timeZone: 'Europe/Moscow',
});
const russianDate = (isoDate: string) => isoDate.split('-').reverse().join('.');

function renderPage(prescriptions: readonly MedicationRequestView[]): string {
  const rows = prescriptions
    .map(
      (p) => `<tr>
<td>${escapeHtml(p.number)}</td>
<td>${escapeHtml([p.medicine.name, p.medicine.form, p.medicine.strength].filter(Boolean).join(', '))}</td>
<td>${p.quantity}</td>
<td>${escapeHtml(russianDate(p.validUntil))}</td>
<td>${p.sentAt ? escapeHtml(TIME.format(p.sentAt)) : '—'}</td>
<td><form method="post" action="/api/v1/dev/pharmacy/prescriptions/${p.id}/dispense" enctype="text/plain">
<button type="submit" aria-label="Выдать по рецепту № ${escapeHtml(p.number)}">Выдать</button></form></td>
</tr>`,
    )
    .join('\n');
  const table = prescriptions.length
    ? `<table>
<caption>Рецепты, отправленные в аптеку и ещё не выданные</caption>
<thead><tr><th scope="col">Номер</th><th scope="col">Препарат</th><th scope="col">Количество</th><th scope="col">Действителен до</th><th scope="col">Отправлен (МСК)</th><th scope="col">Действие</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`
    : '<p>Отправленных рецептов нет.</p>';
  return demoPageHtml({
    title: 'Аптека',
    heading: 'Аптека',
    body: `<p>Демонстрационный режим: так аптечная система видит электронные рецепты, отправленные врачами. «Выдать» отмечает рецепт выданным — пациент и врач увидят это сразу.</p>
${table}`,
  });
}

/**
 * Demo mode only: the demo pharmacy (issue 12, item 4). `/dev/pharmacy` lists the prescriptions sent to it;
 * «Выдать» posts to `POST /api/v1/dev/pharmacy/prescriptions/{id}/dispense`, which runs the core use case a
 * FHIR MedicationDispense will call (`dispensePrescription`). Registered by app.ts with the other dev routes.
 */
export const devPharmacyRoutes: FastifyPluginAsyncZod = async (app) => {
  const { records } = app.services;
  const list = () => records.listPharmacyPrescriptions(null, { prefix: DEMO_PHARMACY_PREFIX, limit: LIMIT });

  app.get(
    '/api/v1/dev/pharmacy/prescriptions',
    {
      config: { access: 'public' },
      schema: {
        tags: ['Dev'],
        summary: 'Prescriptions sent to the demo pharmacy and not yet dispensed (demo mode only)',
        response: { 200: z.object({ items: z.array(ZPrescription) }) },
      },
    },
    async () => ({ items: (await list()).map(presentPrescription) }),
  );

  app.post(
    '/api/v1/dev/pharmacy/prescriptions/:id/dispense',
    {
      config: { access: 'public' },
      schema: {
        tags: ['Dev'],
        summary: 'The demo pharmacy dispenses a sent prescription (sent → dispensed; demo mode only)',
        description: 'From the page `/dev/pharmacy` (a form) the answer is a redirect back to it.',
        params: ZIdParams,
        response: {
          200: ZPrescription,
          303: z.null().describe('From the demo page: back to /dev/pharmacy'),
          404: problemResponses[404],
          409: problemResponses[400].describe('PRESCRIPTION_STATUS_CONFLICT: not sent, or dispensed already'),
        },
      },
    },
    async (request, reply) => {
      const view = await records.dispensePrescription(null, { prescriptionId: request.params.id });
      if (request.headers.accept?.includes('text/html')) return reply.redirect('/dev/pharmacy', 303);
      return presentPrescription(view);
    },
  );

  app.get(
    '/dev/pharmacy',
    { config: { access: 'public' }, schema: { hide: true } },
    async (_request, reply) =>
      reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(renderPage(await list())),
  );
};
