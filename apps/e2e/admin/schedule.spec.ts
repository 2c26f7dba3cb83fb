import { type APIRequestContext, expect, test } from '@playwright/test';
import { expectNoA11yViolations } from '../fixtures/a11y';
import { DEMO_REGISTRAR, logIn, moscowDay } from '../fixtures/demo';
import { uniqueSnils } from '../fixtures/identity';
import { confirmStaffTotp, staffToken } from '../fixtures/staff';

const DEMO_CLINIC_ADMIN = { login: 'clinic-admin@demo.talon.local', password: 'Talon-Demo-Staff-2026!' };
const WEEKDAYS = ['Воскресенье', 'Понедельник', 'Вторник', 'Среда', 'Четверг', 'Пятница', 'Суббота'];
const moscowTime = (iso: string) =>
  new Intl.DateTimeFormat('ru-RU', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Moscow' }).format(
    new Date(iso),
  );
const moscowDate = (iso: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Moscow' }).format(new Date(iso));

/**
 * A walk-in card booked by the demo registrar at the last time of a working day, two or more Moscow days
 * ahead, with a doctor of the staff's clinic other than the therapists (the demo doctor's day is other specs'
 * ground). The first doctor whose time books is taken.
 */
async function lateVisit(request: APIRequestContext) {
  const token = await staffToken(request, DEMO_REGISTRAR.login);
  const headers = { authorization: `Bearer ${token}` };
  const me = (await (await request.get('/api/v1/me', { headers })).json()) as {
    roles: { organizationId: string | null }[];
  };
  const organizationId = me.roles.find((role) => role.organizationId)!.organizationId!;
  const card = await request.post('/api/v1/registry/patients', {
    headers,
    data: {
      surname: 'Сменова',
      name: 'Вера',
      patronymic: 'Павловна',
      birthDate: '12.03.1978',
      sex: 'female',
      snils: uniqueSnils(),
      passport: '45 07 654321',
      organizationId,
    },
  });
  expect(card.status(), await card.text()).toBe(201);
  const patientId = ((await card.json()) as { id: string }).id;
  const doctors = (await (
    await request.get(`/api/v1/practitioners?organization=${organizationId}&pageSize=100`)
  ).json()) as { items: { id: string; specialties: { code: string }[] }[] };
  const from = `${moscowDay(2)}T00:00:00+03:00`;
  for (const doctor of doctors.items.filter((d) => !d.specialties.some((s) => s.code === 'therapist'))) {
    const slots = (await (
      await request.get('/api/v1/slots', {
        params: { practitioner: doctor.id, organization: organizationId, from, pageSize: 100 },
      })
    ).json()) as { items: { id: string; start: string }[] };
    const day = slots.items[0] && moscowDate(slots.items[0].start);
    const ofDay = slots.items.filter((slot) => moscowDate(slot.start) === day);
    const last = ofDay.at(-1);
    if (!last || ofDay.length < 2) continue;
    const booked = await request.post('/api/v1/appointments', {
      headers: { ...headers, 'Idempotency-Key': crypto.randomUUID() },
      data: { slotId: last.id, patientId, overrideReason: 'Браузерный тест: запись в конце дня' },
    });
    if (!booked.ok()) continue;
    return { practitionerId: doctor.id, startsAt: last.start };
  }
  throw new Error('no doctor of the staff clinic had a late time to book');
}

test.describe('[ADMIN][SCHEDULE]', () => {
  test('the clinic administrator shortens a day, sees the visit it leaves outside, saves, and cancels it clinic-side', async ({
    page,
    request,
  }) => {
    const visit = await lateVisit(request);
    const time = moscowTime(visit.startsAt);
    const weekday = WEEKDAYS[new Date(`${moscowDate(visit.startsAt)}T12:00:00Z`).getUTCDay()]!;

    await page.goto('/admin/schedules');
    await expect(page).toHaveURL(/\/login\?next=%2Fadmin%2Fschedules$/);
    await logIn(page, DEMO_CLINIC_ADMIN.login, DEMO_CLINIC_ADMIN.password);
    await confirmStaffTotp(page, /\/admin\/schedules$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Расписание' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Расписание' })).toHaveAttribute('aria-current', 'page');

    await page.getByLabel('Врач').selectOption(visit.practitionerId);
    await page
      .getByRole('button', { name: /^Изменить шаблон/ })
      .first()
      .click();
    const preview = page.getByRole('region', { name: 'Предпросмотр' });
    await expect(preview.getByText('Конфликтов нет: все записи остаются в рабочих часах.')).toBeVisible();

    // The day now ends where the booked visit starts: the visit falls outside the hours.
    await page.getByRole('group', { name: weekday }).getByLabel('Конец', { exact: true }).fill(time);
    const conflicts = preview.getByRole('table', { name: '1 запись окажется вне новых часов' });
    await expect(conflicts.getByRole('row', { name: /Сменова Вера Павловна/ })).toContainText(time);
    await expect(preview.getByRole('table', { name: 'Слоты по дням' })).toBeVisible();
    await expectNoA11yViolations(page, 'admin schedule editor with a conflict');

    await page.getByRole('button', { name: 'Сохранить шаблон' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Шаблон сохранён.' })).toContainText(
      'конфликтов: 1',
    );

    // The clinic cancels the rest of that day: the patient is listed before anything is cancelled.
    const cancel = page.getByRole('region', { name: 'Отмена периода' });
    await cancel.getByLabel('Начало (время клиники)').fill(`${moscowDate(visit.startsAt)}T${time}`);
    await cancel.getByLabel('Окончание (время клиники)').fill(`${moscowDate(visit.startsAt)}T23:59`);
    await cancel.getByLabel('Причина').fill('Врач на курсах');
    await cancel.getByRole('button', { name: 'Показать приёмы' }).click();
    const listed = cancel.getByRole('table', { name: 'Будет отменена 1 запись' });
    await expect(listed.getByRole('row', { name: /Сменова Вера Павловна/ })).toContainText(time);
    await expectNoA11yViolations(page, 'admin schedule: the period cancellation listing its patient');
    await cancel.getByRole('button', { name: 'Отменить приёмы' }).click();
    await expect(cancel.getByRole('status')).toContainText('Приёмы отменены: 1');
  });
});
