import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from '../fixtures/a11y';
import { registerFreshPatient } from '../fixtures/identity';

const PASSWORD = 'Talon-e2e-2026!';

test.describe('[PATIENT][NOTIFICATIONS]', () => {
  test('switches SMS off, sets quiet hours and the reminder time; security stays on', async ({ page }) => {
    // A fresh account, so the demo patient's settings stay as they are for other specs.
    await registerFreshPatient(page.request, {
      surname: 'Тишина',
      name: 'Вера',
      birthDate: '03.03.1985',
      password: PASSWORD,
    });

    await page.goto('/account');
    await page
      .getByRole('navigation', { name: 'Разделы личного кабинета' })
      .getByRole('link', { name: 'Уведомления' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Уведомления' })).toBeVisible();
    await expect(page.getByText(/Сообщения о безопасности .* приходят всегда/)).toBeVisible();
    await expectNoA11yViolations(page, 'notification settings');

    const sms = page.getByRole('switch', { name: 'СМС' });
    await expect(sms).toBeChecked();
    // A quiet period without its start is refused next to the field, not above the form.
    await page.getByLabel('Начало').fill('');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    const start = page.getByLabel('Начало');
    await expect(start).toHaveAttribute('aria-invalid', 'true');
    await expect(start).toHaveAccessibleDescription(/Укажите время в формате ЧЧ:ММ/);

    await sms.uncheck();
    await page.getByLabel('Начало').fill('23:00');
    await page.getByLabel('Конец').fill('07:30');
    await page.getByLabel('Время СМС-напоминания').fill('19:00');
    await page.getByLabel('Часовой пояс').selectOption('Asia/Kamchatka');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Настройки уведомлений сохранены.' }),
    ).toBeVisible();

    // Kept after a reload, and by the API.
    await page.reload();
    await expect(page.getByRole('switch', { name: 'СМС' })).not.toBeChecked();
    await expect(page.getByLabel('Начало')).toHaveValue('23:00');
    const saved = await page.request.get('/api/v1/me/notification-preferences');
    expect(await saved.json()).toMatchObject({
      channels: { sms: false, email: true },
      quietHours: { start: '23:00', end: '07:30' },
      reminderTime: '19:00',
      timeZone: 'Asia/Kamchatka',
      securityAlwaysOn: true,
    });
  });
});
