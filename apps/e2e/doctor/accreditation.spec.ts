import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { expectNoA11yViolations } from '../fixtures/a11y';
import { moscowDay } from '../fixtures/demo';
import { DEMO_DOCTOR_LOGIN, logInAsDemoDoctor } from '../fixtures/staff';

const DAY = 86_400_000;
const REMINDER = /Срок аккредитации по специальности «(.+)» истекает через (\d+) (день|дня|дней)/i;

/** The demo doctor's phone, from the demo accounts list (demo mode only). */
async function doctorPhone(request: APIRequestContext): Promise<string> {
  const answer = await request.get('/api/v1/dev/demo-accounts');
  const { accounts } = (await answer.json()) as { accounts: { login: string; phone: string | null }[] };
  const phone = accounts.find((a) => a.login === DEMO_DOCTOR_LOGIN)?.phone;
  expect(phone, 'the demo doctor has a phone').toBeTruthy();
  return phone!;
}

/** The accreditation SMS in the development sink for the specialty, by the days they name. */
async function reminderDays(request: APIRequestContext, phone: string, specialty: string): Promise<number[]> {
  const answer = await request.get(`/api/v1/dev/messages?to=${encodeURIComponent(phone)}`);
  const { items } = (await answer.json()) as { items: { body: string }[] };
  return items
    .map((m) => REMINDER.exec(m.body))
    .filter((m): m is RegExpExecArray => m !== null && m[1] === specialty)
    .map((m) => Number(m[2]))
    .sort((a, b) => b - a);
}

/** Runs the worker's reminder sweep as of `days` from now (the demo clock, `POST /api/v1/dev/jobs/…`). */
async function runSweepAt(request: APIRequestContext, days: number) {
  const answer = await request.post('/api/v1/dev/jobs/accreditation-reminders', {
    data: { at: new Date(Date.now() + days * DAY).toISOString() },
  });
  expect(answer.ok(), await answer.text()).toBe(true);
}

/** A specialty the demo doctor has no accreditation of yet (a second run of the spec picks another). */
async function freeSpecialty(page: Page): Promise<{ value: string; label: string }> {
  const mine = (await (await page.request.get('/api/v1/me/qualifications')).json()) as {
    items: { type: string; specialty: { code: string } }[];
  };
  const taken = new Set(mine.items.filter((q) => q.type === 'accreditation').map((q) => q.specialty.code));
  const options = await page
    .getByRole('form', { name: 'Добавить документ' })
    .getByLabel('Специальность')
    .locator('option')
    .evaluateAll((nodes) =>
      nodes.map((n) => ({ value: (n as HTMLOptionElement).value, label: n.textContent ?? '' })),
    );
  const free = options.find((o) => o.value && !taken.has(o.value));
  expect(free, 'a specialty without an accreditation').toBeTruthy();
  return free!;
}

test.describe('[DOCTOR][ACCREDITATION]', () => {
  test('an accreditation expiring in 30 days is reminded at once; with a moved clock the 14- and 3-day reminders follow, each once', async ({
    page,
  }) => {
    test.setTimeout(150_000);
    await page.setViewportSize({ width: 1024, height: 768 });
    await logInAsDemoDoctor(page);

    await expect(page.getByRole('heading', { level: 1, name: 'Главная' })).toBeVisible();
    // «Настройки» by its key, then the «Квалификация» tab.
    await page.keyboard.press('Control+5');
    await expect(page).toHaveURL(/\/doctor\/settings/);
    await page.getByRole('link', { name: 'Квалификация' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Квалификация' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Аккредитационные документы' })).toBeVisible();
    await expectNoA11yViolations(page, 'qualifications');

    // The form by keyboard: type, number, specialty, dates (valid until today + 30 days), Enter saves.
    const form = page.getByRole('form', { name: 'Добавить документ' });
    const specialty = await freeSpecialty(page);
    const validUntil = moscowDay(30);
    await form.getByLabel('Тип документа').focus();
    await form.getByLabel('Тип документа').selectOption('accreditation');
    await page.keyboard.press('Tab');
    await expect(form.getByLabel('Номер')).toBeFocused();
    await page.keyboard.type('7724 0312 3456');
    await page.keyboard.press('Tab');
    await form.getByLabel('Специальность').selectOption(specialty.value);
    // Date fields: their segments take the keys differently per locale, so the value is set directly.
    await form.getByLabel('Дата выдачи').fill(moscowDay(30 - 5 * 365));
    await form.getByLabel('Действует до (включительно)').fill(validUntil);
    await form.getByLabel('Номер').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Документ добавлен.' })).toBeVisible();
    const table = page.getByRole('table', { name: 'Аккредитационные документы' });
    const row = table.getByRole('row').filter({ hasText: specialty.label });
    await expect(row).toContainText('30 дней');
    await expect(row).toContainText('В работе');
    await expect(page.getByText(/добавлен документ 772403123456/).first()).toBeVisible();

    // The 30-day reminder at once, in the development sink.
    const phone = await doctorPhone(page.request);
    await expect
      .poll(() => reminderDays(page.request, phone, specialty.label), { timeout: 30_000 })
      .toEqual([30]);

    // «Главная» shows the task and «Настройки» its badge.
    await page.keyboard.press('Control+1');
    await expect(page.getByRole('heading', { level: 2, name: 'Истекает аккредитация' })).toBeVisible();
    await expect(
      page
        .getByRole('navigation', { name: 'Разделы кабинета' })
        .getByRole('link', { name: /^Настройки, \d+ аккредитац/ }),
    ).toBeVisible();

    // The clock moved 16 days: the 14-day reminder; twice the same run — still once. Then 27 days: 3 days.
    await runSweepAt(page.request, 16);
    await runSweepAt(page.request, 16);
    await expect
      .poll(() => reminderDays(page.request, phone, specialty.label), { timeout: 30_000 })
      .toEqual([30, 14]);
    await runSweepAt(page.request, 27);
    await runSweepAt(page.request, 27);
    await expect
      .poll(() => reminderDays(page.request, phone, specialty.label), { timeout: 30_000 })
      .toEqual([30, 14, 3]);
    await runSweepAt(page.request, 28);
    expect(await reminderDays(page.request, phone, specialty.label)).toEqual([30, 14, 3]);
  });
});
