import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from '../fixtures/a11y';
import { DEMO_ADMIN, logIn } from '../fixtures/demo';
import { confirmStaffTotp } from '../fixtures/staff';

test.describe('[ADMIN][SUPPORT]', () => {
  test('the system administrator makes the demo registrar a support operator and takes the role back', async ({
    page,
  }) => {
    await page.goto('/admin/staff');
    await logIn(page, DEMO_ADMIN.login, DEMO_ADMIN.password);
    await confirmStaffTotp(page, /\/admin\/staff$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Сотрудники' })).toBeVisible();
    const row = page.getByRole('row', { name: /Ольга Смирнова/ }).first();

    await row.getByRole('button', { name: /^Сделать оператором поддержки/ }).click();
    await row.getByRole('button', { name: 'Да, сделать оператором' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Ольга Смирнова: назначен оператором поддержки.' }),
    ).toBeVisible();
    await expect(row).toContainText('Оператор поддержки');
    await expectNoA11yViolations(page, 'staff with a support operator');

    await row.getByRole('button', { name: /^Снять роль оператора поддержки/ }).click();
    await row.getByRole('button', { name: 'Да, снять роль' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Ольга Смирнова: роль оператора поддержки снята.' }),
    ).toBeVisible();
    await expect(row).not.toContainText('Оператор поддержки');
  });
});
