import { expect, type Page, test } from '@playwright/test';
import { expectNoA11yViolations, hasHorizontalScroll } from '../fixtures/a11y';
import { DEMO_PATIENT, logIn, openAsDemoPatient } from '../fixtures/demo';
import {
  chooseMoscow,
  openTimeChoice as openDoctorTimes,
  timesOf,
  visitMomentIn,
} from '../fixtures/patient-flow';

/** The time choice of a Moscow doctor of a specialty that needs neither a referral nor attachment. */
async function openTimeChoice(page: Page, specialty = 'ophthalmologist', name = 'Офтальмолог') {
  await chooseMoscow(page);
  return openDoctorTimes(page, specialty, name);
}

/** The demo representative (README «Demo accounts»): a second patient for the race. */
const SECOND_PATIENT = { login: '+79858564359', password: DEMO_PATIENT.password };

test.describe('[PATIENT][BOOK]', () => {
  test('a returning patient books a free time, gets the ticket, sees it in «Мои записи» and cancels', async ({
    page,
  }) => {
    await openAsDemoPatient(page, '/appointments');
    await expect(page.getByRole('heading', { level: 1, name: 'Мои записи' })).toBeVisible();
    await openTimeChoice(page);

    // The first day with free times is chosen; its times are large buttons named with date and doctor.
    const days = page.getByRole('region', { name: 'Дни приёма' });
    await expect(days.getByRole('button', { pressed: true })).toHaveCount(1);
    const times = page.getByRole('region', { name: /^Время на / });
    const firstTime = times.getByRole('button').first();
    await expect(firstTime).toHaveAccessibleName(/^\d{2}:\d{2}, .+, .+, .+$/);
    await expectNoA11yViolations(page, 'choose-time');
    const time = (await firstTime.textContent())?.trim() ?? '';
    await firstTime.click();

    // The time is held for the patient while they confirm.
    const confirm = page.getByRole('region', { name: 'Проверьте запись' });
    await expect(confirm.getByText(/Время закреплено за вами ещё [45]:\d{2}/)).toBeVisible();
    await expect(visitMomentIn(confirm, time)).toBeVisible();
    await confirm.getByLabel('Повод обращения').fill('Плановый осмотр');
    await expectNoA11yViolations(page, 'confirm-booking');
    await confirm.getByRole('button', { name: 'Записаться' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Вы записаны' })).toBeVisible();
    await expect(page.getByText(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/)).toBeVisible();
    await expectNoA11yViolations(page, 'ticket');
    const pdfHref = await page.getByRole('link', { name: 'Скачать талон (PDF)' }).getAttribute('href');
    const pdf = await page.request.get(pdfHref ?? '');
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    const icsHref = await page.getByRole('link', { name: 'Добавить в календарь' }).getAttribute('href');
    expect((await page.request.get(icsHref ?? '')).headers()['content-type']).toContain('text/calendar');

    await page.getByRole('link', { name: 'Мои записи' }).click();
    // The demo patient may have another visit at the same time (the doctor's browser test books one).
    const item = page.getByRole('article').filter({ hasText: time }).filter({ hasText: 'Офтальмолог' });
    await expect(item).toHaveCount(1);
    await expectNoA11yViolations(page, 'my-appointments');
    expect(await hasHorizontalScroll(page)).toBe(false);
    await item.getByRole('button', { name: /^Отменить/ }).click();
    // A reason is needed inside 24 hours of the visit; giving one always works.
    await item.getByLabel('Причина отмены').fill('Не смогу прийти');
    await item.getByRole('button', { name: 'Да, отменить' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Запись отменена.' })).toBeVisible();
    await expect(item).toHaveCount(0);
  });

  test('[PATIENT][RACE] the second of two patients on one time gets the nearest free ones, not an error', async ({
    page,
    browser,
  }) => {
    await openAsDemoPatient(page, '/appointments');
    const address = await openTimeChoice(page, 'otolaryngologist', 'Оториноларинголог');

    // The second patient's page went stale (no live updates): it still shows the time the first one takes.
    const other = await browser.newContext();
    const second = await other.newPage();
    await second.addInitScript(() => {
      Reflect.deleteProperty(window, 'EventSource');
    });
    await second.goto('/login');
    await logIn(second, SECOND_PATIENT.login, SECOND_PATIENT.password);
    await expect(second.getByRole('heading', { level: 1 })).not.toHaveText('Вход');
    await second.goto(address);
    const wanted = (await timesOf(second).first().textContent())?.trim() ?? '';

    await timesOf(page).first().click();
    await page
      .getByRole('region', { name: 'Проверьте запись' })
      .getByRole('button', { name: 'Записаться' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Вы записаны' })).toBeVisible();

    await timesOf(second).filter({ hasText: wanted }).click();
    const refusal = second.getByRole('alert').filter({ hasText: 'Это время только что заняли' });
    await expect(refusal).toBeVisible();
    await expectNoA11yViolations(second, 'slot-taken');
    await refusal.getByRole('button').first().click();
    await expect(second.getByRole('region', { name: 'Проверьте запись' })).toBeVisible();
    await second.getByRole('button', { name: 'Записаться' }).click();
    await expect(second.getByRole('heading', { level: 1, name: 'Вы записаны' })).toBeVisible();
    await other.close();
  });
});
