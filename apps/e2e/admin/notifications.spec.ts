import { expect, test } from '@playwright/test';
import { expectNoA11yViolations, hasHorizontalScroll } from '../fixtures/a11y';
import { logIn, openAsDemoPatient } from '../fixtures/demo';
import { confirmStaffTotp } from '../fixtures/staff';

const DEMO_ADMIN = { login: 'admin@demo.talon.local', password: 'Talon-Demo-Staff-2026!' };

test.describe('[ADMIN][NOTIFICATIONS]', () => {
  test('the system administrator sees the dead letters and the sent messages', async ({ page }) => {
    test.setTimeout(150_000); // the second factor may wait for the next 30-second code
    await page.goto('/admin/notifications');
    await expect(page).toHaveURL(/\/login\?next=%2Fadmin%2Fnotifications$/);
    await logIn(page, DEMO_ADMIN.login, DEMO_ADMIN.password);
    // Other specs sign the system admin in too: a code they just used is refused, so wait for the next one.
    await confirmStaffTotp(page, /\/admin\/notifications$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Недоставленные сообщения' })).toBeVisible();
    const status = page.getByLabel('Состояние');
    await expect(status).toHaveValue('dead');
    await expect(page.getByText(/^Найдено \d+ сообщени/)).toBeVisible();
    await expectNoA11yViolations(page, 'admin dead letters');

    // Demo mode sends the sign-in codes of the seed's accounts through the development sink: sent rows.
    await status.selectOption('sent');
    await expect(page.getByText(/^Найдено \d+ сообщени/)).toBeVisible();
    await expectNoA11yViolations(page, 'admin sent messages');
    // Recipients are masked: a phone's middle digits (*****) or an e-mail's name (h***@…), whichever is newest.
    await expect(
      page
        .getByRole('cell', { name: /\*{3,}/ })
        .first()
        .or(page.getByText('Таких сообщений нет.')),
    ).toBeVisible();

    await page.setViewportSize({ width: 360, height: 740 });
    expect(await hasHorizontalScroll(page)).toBe(false);
  });

  test('a patient is told there is no access to the admin pages', async ({ page }) => {
    await openAsDemoPatient(page, '/admin/notifications');
    await expect(page.getByRole('heading', { level: 1, name: 'Нет доступа' })).toBeVisible();
  });
});

test.describe('[PATIENT][NOTIFICATIONS]', () => {
  test('the bell in the header opens the notification list', async ({ page }) => {
    await openAsDemoPatient(page, '/notifications');
    await expect(page.getByRole('heading', { level: 1, name: 'Уведомления' })).toBeVisible();
    const bell = page.getByRole('banner').getByRole('link', { name: /^Уведомления/ });
    await expect(bell).toBeVisible();
    await expectNoA11yViolations(page, 'notification list');
    await page.goto('/');
    await bell.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/notifications$/);
  });

  test('a mark that fails is told, not swallowed', async ({ page }) => {
    const item = {
      id: '11111111-1111-4111-8111-111111111111',
      event: 'appointment.reminder',
      title: 'Напоминание о приёме',
      body: 'Завтра в 09:00, кабинет 12.',
      url: '/appointments',
      createdAt: '2026-11-30T06:00:00.000Z',
      readAt: null,
    };
    await page.route(/\/me\/notifications\?/, (route) =>
      route.fulfill({ json: { items: [item], nextCursor: null, unread: 1 } }),
    );
    await page.route(/\/me\/notifications\/[^/]+\/read$/, (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/problem+json',
        body: JSON.stringify({
          type: 'about:blank',
          title: 'Unavailable',
          status: 503,
          detail: 'Сервис недоступен',
        }),
      }),
    );
    await openAsDemoPatient(page, '/notifications');
    await page.getByRole('button', { name: `Отметить прочитанным: ${item.title}` }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Не удалось отметить прочитанным');
    await expect(alert).toContainText('Сервис недоступен');
  });
});
