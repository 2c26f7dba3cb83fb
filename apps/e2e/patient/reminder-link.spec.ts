import { type APIRequestContext, expect, test } from '@playwright/test';
import { expectNoA11yViolations } from '../fixtures/a11y';
import { registerFreshPatient } from '../fixtures/identity';
import {
  attachScreenshot,
  bookFirstTime,
  chooseMoscow,
  FRESH_PASSWORD,
  openTimeChoice,
} from '../fixtures/patient-flow';

interface DevMessages {
  items: { subject: string | null; body: string }[];
}

/** The links of the newest reminder email to `email` (development sink), by their labels. */
async function readReminderLinks(request: APIRequestContext, email: string) {
  let body = '';
  await expect
    .poll(
      async () => {
        const response = await request.get(`/api/v1/dev/messages?to=${encodeURIComponent(email)}`);
        const { items } = (await response.json()) as DevMessages;
        body = items.find((m) => m.subject?.startsWith('Напоминание о приёме'))?.body ?? '';
        return body;
      },
      { timeout: 30_000, message: `a reminder email to ${email}` },
    )
    .not.toBe('');
  const link = (label: string) => {
    const url = new RegExp(`${label}: (\\S+/appointment-links/\\S+)`).exec(body)?.[1];
    expect(url, `«${label}» in the reminder email`).toBeTruthy();
    return url!;
  };
  return { confirm: link('Подтвердить запись'), change: link('Перенести'), cancel: link('Отменить запись') };
}

test.describe('[PATIENT][REMINDER-LINK]', () => {
  test('the links of the reminder email open their page: confirm, then cancel; a used link is refused', async ({
    page,
    browser,
  }, testInfo) => {
    const email = `reminder-${Date.now()}@example.ru`;
    await registerFreshPatient(page.request, {
      surname: 'Напоминаева',
      name: 'Анна',
      birthDate: '04.04.1984',
      password: FRESH_PASSWORD,
      email,
    });
    await chooseMoscow(page);
    await openTimeChoice(page, 'ophthalmologist', 'Офтальмолог');
    const { ticketUrl } = await bookFirstTime(page);
    const appointmentId = new URL(ticketUrl).pathname.split('/').pop()!;

    // The 3-day reminder email, sent now (demo mode) instead of 72 hours before the visit.
    const sent = await page.request.post(`/api/v1/dev/appointments/${appointmentId}/reminder-email`);
    expect(await sent.json()).toEqual({ queued: true });
    const links = await readReminderLinks(page.request, email);
    expect(new URL(links.confirm).origin).toBe(new URL(ticketUrl).origin);

    // The link works without logging in: a fresh browser context, as from a mail app.
    const mail = await browser.newContext();
    const linkPage = await mail.newPage();
    await linkPage.goto(links.confirm);
    await expect(linkPage.getByRole('heading', { level: 1, name: 'Подтвердить запись' })).toBeVisible();
    await expect(linkPage.getByText('Записан', { exact: true })).toBeVisible();
    await expectNoA11yViolations(linkPage, 'reminder-link-confirm');
    await linkPage.getByRole('button', { name: 'Подтвердить запись' }).click();
    await expect(linkPage.getByRole('heading', { level: 1, name: 'Запись подтверждена' })).toBeVisible();
    await expect(linkPage.getByText('Подтверждён', { exact: true })).toBeVisible();
    await attachScreenshot(linkPage, testInfo, 'reminder-link-confirmed');

    // Each link works once.
    await linkPage.goto(links.confirm);
    await expect(linkPage.getByRole('heading', { level: 2, name: 'Ссылка не сработала' })).toBeVisible();

    // «Перенести» leads to the visit's page after logging in.
    await linkPage.goto(links.change);
    await expect(linkPage.getByRole('heading', { level: 1, name: 'Перенести запись' })).toBeVisible();
    await linkPage.getByRole('button', { name: 'Выбрать другое время' }).click();
    await expect(linkPage).toHaveURL(/\/login\?next=/);

    // Cancelling, with the reason (needed when the visit is within a day), keyboard only.
    await linkPage.goto(links.cancel);
    await expect(linkPage.getByRole('heading', { level: 1, name: 'Отменить запись' })).toBeVisible();
    await linkPage.getByLabel('Причина отмены').fill('Уезжаю из города');
    await linkPage.getByRole('button', { name: 'Отменить запись' }).focus();
    await linkPage.keyboard.press('Enter');
    await expect(linkPage.getByRole('heading', { level: 1, name: 'Запись отменена' })).toBeVisible();
    await expect(linkPage.getByText('Отменена пациентом', { exact: true })).toBeVisible();
    await expectNoA11yViolations(linkPage, 'reminder-link-cancelled');
    await mail.close();

    // The patient's own page says the same.
    await page.goto(ticketUrl);
    await expect(page.getByText('Отменена пациентом', { exact: true })).toBeVisible();
  });
});
