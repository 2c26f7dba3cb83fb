import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from '../fixtures/a11y';

/**
 * Login through the identity provider (ЕСИА-like). Playwright runs a real OpenID Connect provider next to
 * Talon (packages/testing/src/run-identity-provider.ts) that vouches for the first demo patient.
 */
test.describe('[PATIENT][EXTERNAL LOGIN]', () => {
  test('logs in through «Госуслуги» and lands on the page asked for', async ({ page }) => {
    await page.goto('/account');
    await expect(page).toHaveURL(/\/login\?next=%2Faccount$/);
    const button = page.getByRole('link', { name: 'Войти через Госуслуги' });
    await expect(button).toBeVisible();
    await expectNoA11yViolations(page, 'login with the external provider');

    await button.click();
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Личный кабинет' })).toBeVisible();
    const me = await page.request.get('/api/v1/me');
    expect(me.status()).toBe(200);
    expect((await me.json()).displayName).toBe('Анна Яковлева');
  });

  test('explains a refused external login in words, with the password form still there', async ({ page }) => {
    await page.goto('/login?error=EXTERNAL_ACCOUNT_NOT_FOUND');
    await expect(page.getByRole('alert')).toContainText(
      'В Талоне нет учётной записи с вашим СНИЛС. Зарегистрируйтесь',
    );
    await expect(page.getByLabel('Телефон, электронная почта или СНИЛС')).toBeVisible();
    await expectNoA11yViolations(page, 'refused external login');

    // An unknown code still reads as a failure, never as raw text from the address bar.
    await page.goto('/login?error=%3Cb%3Ehi%3C%2Fb%3E');
    await expect(page.getByRole('alert')).toContainText('Не удалось войти через сервис «Госуслуги»');
  });
});
