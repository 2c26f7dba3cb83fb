import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from '../fixtures/a11y';
import { DEMO_ADMIN, logIn } from '../fixtures/demo';
import { confirmStaffTotp } from '../fixtures/staff';

test.describe('[ADMIN][CLINICS]', () => {
  test('the system administrator opens «Клиники», a clinic without staff, and invites its first clinic administrator', async ({
    page,
  }) => {
    const email = `head-${Date.now()}-${Math.floor(Math.random() * 1e6)}@e2e.talon.local`;
    test.slow();
    // A server just started may still shed load (503): the first page is retried for a while.
    await expect(async () => {
      await page.goto('/admin/clinics');
      await expect(page.getByLabel('Телефон, электронная почта или СНИЛС')).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 60_000 });
    await logIn(page, DEMO_ADMIN.login, DEMO_ADMIN.password);
    await confirmStaffTotp(page, /\/admin\/clinics$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Клиники' })).toBeVisible();
    await expect(page.getByRole('navigation').getByRole('link', { name: 'Клиники' })).toBeVisible();
    await expectNoA11yViolations(page, 'admin clinics');

    // Search by the region's name; a clinic with no active staff account is one no admin runs yet.
    await page.getByLabel('Поиск клиники').fill('Москва');
    await expect(page).toHaveURL(/query=/);
    // Only the header row lacks the region: the list is the search's.
    await expect(page.getByRole('row').filter({ hasNotText: 'Моск' })).toHaveCount(1);
    const row = page
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: /^активны: 0, заблокированы: 0/ }) })
      .first();
    const name = (await row.getByRole('rowheader').textContent()) ?? '';
    expect(name).not.toBe('');
    // By the keyboard: the clinic's link focused, Enter opens its page.
    await page.getByRole('link', { name, exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expectNoA11yViolations(page, 'admin clinic');

    await page.getByRole('link', { name: 'Сотрудники клиники' }).click();
    await expect(page).toHaveURL(/\/admin\/staff\?organization=/);
    await expect(page.getByRole('heading', { level: 1, name: 'Сотрудники' })).toBeVisible();
    await page.getByLabel('Почта или телефон').fill(email);
    await page.getByLabel('ФИО', { exact: true }).fill('Орлова Вера Павловна');
    await page.getByRole('checkbox', { name: 'Администратор поликлиники' }).check();
    await page.getByRole('button', { name: 'Отправить приглашение' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: `Приглашение отправлено: ${email}.` }),
    ).toBeVisible();
    const invited = page.getByRole('row', { name: /Орлова Вера Павловна/ }).filter({ hasText: email });
    await expect(invited.getByRole('cell', { name })).toBeVisible();
    await expect(invited.getByRole('cell', { name: 'Администратор поликлиники' })).toBeVisible();
    await expectNoA11yViolations(page, 'admin staff of a clinic');
  });
});
