import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from '../fixtures/a11y';
import { logIn, totpCode } from '../fixtures/demo';
import { confirmStaffTotp } from '../fixtures/staff';

const DEMO_CLINIC_ADMIN = { login: 'clinic-admin@demo.talon.local', password: 'Talon-Demo-Staff-2026!' };
const NURSE_PASSWORD = 'Медсестра-Смена-2026!';

test.describe('[ADMIN][STAFF]', () => {
  test('the clinic administrator invites a nurse, who sets a password, enrols TOTP and lands in her cabinet', async ({
    page,
    request,
    browser,
  }) => {
    const email = `nurse-${Date.now()}-${Math.floor(Math.random() * 1e6)}@e2e.talon.local`;
    await page.goto('/admin/staff');
    await logIn(page, DEMO_CLINIC_ADMIN.login, DEMO_CLINIC_ADMIN.password);
    await confirmStaffTotp(page, /\/admin\/staff$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Сотрудники' })).toBeVisible();
    await expectNoA11yViolations(page, 'admin staff');

    await page.getByLabel('Почта или телефон').fill(email);
    await page.getByLabel('ФИО', { exact: true }).fill('Соколова Мария Игоревна');
    await page.getByRole('checkbox', { name: 'Медсестра' }).check();
    await page.getByLabel('Пол', { exact: true }).selectOption({ label: 'Женский' });
    await page.getByRole('button', { name: 'Отправить приглашение' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `Приглашение отправлено: ${email}.` }),
    ).toBeVisible();
    const row = page.getByRole('row', { name: /Соколова Мария Игоревна/ });
    await expect(row.getByRole('cell', { name: /приглашён, ссылка до/ })).toBeVisible();

    // The link, as the nurse's mailbox would show it (the demo sink).
    let link = '';
    await expect(async () => {
      const sent = (await (
        await request.get(`/api/v1/dev/messages?to=${encodeURIComponent(email)}`)
      ).json()) as {
        items: { body: string }[];
      };
      link = /\/invite\/[\w-]+/.exec(sent.items[0]?.body ?? '')?.[0] ?? '';
      expect(link).not.toBe('');
    }).toPass({ timeout: 15_000 });

    // The nurse, in her own browser.
    const nurseContext = await browser.newContext({ baseURL: test.info().project.use.baseURL });
    const nurse = await nurseContext.newPage();
    await nurse.goto(link);
    await expect(
      nurse.getByRole('heading', { level: 1, name: 'Приглашение в рабочий кабинет' }),
    ).toBeVisible();
    await nurse.getByLabel('Пароль', { exact: true }).fill(NURSE_PASSWORD);
    await nurse.getByRole('button', { name: 'Задать пароль' }).click();
    await expect(nurse.getByRole('status').filter({ hasText: `Войдите с логином ${email}` })).toBeVisible();
    await expectNoA11yViolations(nurse, 'staff invitation');
    await nurse.getByRole('link', { name: 'Перейти ко входу' }).click();

    await logIn(nurse, email, NURSE_PASSWORD);
    await expect(nurse).toHaveURL(/\/account\/security\?mfa=required$/);
    await nurse.getByRole('button', { name: 'Подключить приложение' }).click();
    const secret = ((await nurse.locator('.totp-enrolment__secret').textContent()) ?? '').replace(/\s/g, '');
    await nurse.getByLabel('Код из приложения').fill(totpCode(secret));
    await nurse.getByRole('button', { name: 'Подтвердить' }).click();
    await expect(nurse.getByText('Приложение подключено.')).toBeVisible();

    await nurse.goto('/doctor');
    await expect(nurse).toHaveURL(/\/doctor$/);
    await expect(nurse.getByRole('heading', { level: 1, name: 'Главная' })).toBeVisible();
    await nurseContext.close();

    // The admin's list now shows her active, with the second factor.
    await page.reload();
    await expect(row.getByRole('cell', { name: 'активен' })).toBeVisible();
    await expect(row.getByRole('cell', { name: 'подключён' })).toBeVisible();
  });
});
