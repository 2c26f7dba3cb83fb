import { expect, test } from '@playwright/test';
import { formatPhone, registerFreshPatient } from '../fixtures/identity';

const PASSWORD = 'Talon-e2e-2026!';
const NEW_PASSWORD = 'Talon-e2e-2027?';

test.describe('[PATIENT][PASSWORD]', () => {
  test('changes the password: a wrong current one is shown next to its field', async ({ page }) => {
    // A fresh account, registered through the API in the page's own cookie jar.
    const phone = await registerFreshPatient(page.request, {
      surname: 'Парольева',
      name: 'Ольга',
      birthDate: '02.02.1988',
      password: PASSWORD,
    });

    await page.goto('/account/security');
    const section = page.getByRole('region', { name: 'Смена пароля' });
    await section.getByLabel('Текущий пароль').fill('Not-my-password-1!');
    await section.getByLabel('Новый пароль').fill(NEW_PASSWORD);
    await section.getByLabel('Повторите пароль').fill(NEW_PASSWORD);
    await section.getByRole('button', { name: 'Сменить пароль' }).click();
    const current = section.getByLabel('Текущий пароль');
    await expect(current).toBeFocused();
    await expect(current).toHaveAttribute('aria-invalid', 'true');
    await expect(current).toHaveAccessibleDescription(/Неверный текущий пароль/);

    await current.fill(PASSWORD);
    await section.getByRole('button', { name: 'Сменить пароль' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Пароль изменён.' })).toBeVisible();

    // The new password opens the account.
    const login = await page.request.post('/api/v1/auth/login', {
      data: { login: formatPhone(phone), password: NEW_PASSWORD },
    });
    expect(login.status()).toBe(200);
  });
});
