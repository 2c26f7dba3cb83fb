import { expect, type Page, test } from '@playwright/test';
import { expectNoA11yViolations } from '../fixtures/a11y';
import {
  attachScreenshot,
  bookFirstTime,
  chooseMoscow,
  freshPatient,
  freshPatientAtTimeChoice,
  timesOf,
  visitMomentIn,
} from '../fixtures/patient-flow';

test.describe('[PATIENT][WAITLIST]', () => {
  test('a time freed by a cancellation is offered to the waiting patient, who books it from /waitlist', async ({
    page,
    browser,
  }, testInfo) => {
    // Patient A books the first free time of a urologist.
    const address = await freshPatientAtTimeChoice(page, 'Первая', 'urologist', 'Уролог');
    const { time, ticketUrl } = await bookFirstTime(page);
    const appointmentId = new URL(ticketUrl).pathname.split('/').pop() ?? '';

    // Patient B, in another browser, finds that time gone and joins the waitlist of this doctor.
    const other = await browser.newContext();
    const second = await other.newPage();
    await freshPatient(second.request, 'Вторая');
    await chooseMoscow(second);
    await second.goto(address);
    await expect(timesOf(second).first()).toBeVisible();
    await second.getByRole('button', { name: 'Сообщить о появлении талонов' }).click();
    const form = second.getByRole('region', { name: 'Сообщить о появлении талонов' });
    await expect(form.getByLabel('По какой день')).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
    // From today, whatever day the list showed first: A's time may be today.
    const today = await second.evaluate(() => {
      const now = new Date();
      return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    });
    await form.getByLabel('С какого дня').fill(today);
    await expect(form.getByRole('radio', { name: 'Нет удобного времени' })).toBeChecked();
    await expectNoA11yViolations(second, 'waitlist-form');
    await attachScreenshot(second, testInfo, 'waitlist-form');
    await form.getByRole('button', { name: 'Подписаться' }).click();
    await expect(second.getByText('Готово: мы сообщим, когда появится талон.')).toBeVisible();

    await second.getByRole('link', { name: 'Открыть лист ожидания' }).click();
    await expect(second.getByRole('heading', { level: 1, name: 'Лист ожидания' })).toBeVisible();
    const entry = second.getByRole('article').filter({ hasText: 'Уролог' });
    await expect(entry).toContainText('Ждём талон');

    // A cancels: the freed time goes to B first, held for B.
    const cancelled = await page.request.post(`/api/v1/appointments/${appointmentId}/cancel`, {
      data: { reason: 'Планы изменились' },
      headers: { 'x-csrf-token': await csrfOf(page) },
    });
    expect(cancelled.ok()).toBe(true);

    await second.reload();
    const offer = second.getByRole('region', { name: 'Для вас освободился талон' });
    await expect(offer).toBeVisible();
    await expect(visitMomentIn(offer, time)).toBeVisible();
    await expect(offer.getByText(/Время закреплено за вами ещё \d+:\d{2}/)).toBeVisible();
    await expectNoA11yViolations(second, 'waitlist-offer');
    await attachScreenshot(second, testInfo, 'waitlist-offer');
    await offer.getByRole('button', { name: 'Записаться' }).click();

    await expect(second.getByRole('heading', { level: 1, name: 'Вы записаны' })).toBeVisible();
    await expect(second.getByText(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/)).toBeVisible();
    await expect(second.getByRole('main')).toContainText(time);
    await attachScreenshot(second, testInfo, 'waitlist-ticket');

    await second.goto('/waitlist');
    await expect(second.getByRole('article').filter({ hasText: 'Уролог' })).toContainText('Вы записаны');
    await other.close();
  });
});

/** The session's CSRF token, as the app reads it from `/me`. */
async function csrfOf(page: Page): Promise<string> {
  const me = await page.request.get('/api/v1/me');
  return ((await me.json()) as { csrfToken: string }).csrfToken;
}
