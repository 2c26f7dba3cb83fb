import { expect, test } from '@playwright/test';
import { expectNoA11yViolations, hasHorizontalScroll } from '../fixtures/a11y';
import {
  DEMO_ADMIN,
  DEMO_PATIENT,
  DEMO_STAFF_TOTP_SECRET,
  logIn,
  openAsDemoPatient,
  totpCode,
} from '../fixtures/demo';

test.describe('[REGISTRY][LINKS]', () => {
  test('a system admin logs in with an authenticator code, confirms a guardian link of a ward without a clinic and rejects another', async ({
    page,
    playwright,
  }) => {
    // The demo patient asks to become the guardian of two adult wards (through the API).
    const patient = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
    const login = await patient.post('/api/v1/auth/login', {
      data: { login: DEMO_PATIENT.login, password: DEMO_PATIENT.password },
    });
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    for (const [surname, name, document] of [
      ['Опекаемов', 'Пётр', `РО-${Date.now() % 1_000_000}`],
      ['Отказов', 'Иван', `РО-${(Date.now() + 1) % 1_000_000}`],
    ]) {
      const ward = await patient.post('/api/v1/me/wards', {
        headers: { 'X-CSRF-Token': csrfToken },
        data: { relation: 'guardian', surname, name, birthDate: '11.11.1950', sex: 'male', document },
      });
      expect(ward.status()).toBe(201);
    }
    await patient.dispose();

    await page.goto('/registry/links');
    await expect(page).toHaveURL(/\/login\?next=%2Fregistry%2Flinks$/);
    // A ward new to Talon is attached to no clinic: no registry decides, the system admin does.
    await logIn(page, DEMO_ADMIN.login, DEMO_ADMIN.password);
    await expect(page.getByRole('heading', { level: 2, name: 'Подтверждение входа' })).toBeFocused();
    await expectNoA11yViolations(page, 'login second factor');
    await page.getByLabel('Код из приложения').fill(totpCode(DEMO_STAFF_TOTP_SECRET));
    await page.getByRole('main').getByRole('button', { name: 'Подтвердить' }).click();

    await expect(page).toHaveURL(/\/registry\/links$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Заявки опекунов' })).toBeVisible();
    const request = page.getByRole('listitem').filter({ hasText: 'Опекаемов Пётр' });
    await expect(request).toHaveCount(1);
    await expect(request).toContainText('Решение об опеке');
    await expect(request).toContainText('РО-');
    await expectNoA11yViolations(page, 'registry links');

    await request.getByRole('button', { name: /^Подтвердить/ }).click();
    await request.getByRole('button', { name: 'Да, подтвердить' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Заявка подтверждена' })).toBeVisible();
    await expect(request).toHaveCount(0);

    // The rejection is a form checked by the contract's schema before anything is sent.
    const rejected = page.getByRole('listitem').filter({ hasText: 'Отказов Иван' });
    await rejected.getByRole('button', { name: /^Отклонить/ }).click();
    const reason = rejected.getByLabel('Причина отказа (необязательно)');
    await reason.fill('Решение\u0007 не найдено');
    await rejected.getByRole('button', { name: 'Да, отклонить' }).click();
    await expect(reason).toHaveAttribute('aria-invalid', 'true');
    await expect(rejected.getByText('Недопустимые символы в тексте')).toBeVisible();
    await expectNoA11yViolations(page, 'registry links, invalid reason');
    await reason.fill('Номер решения не совпадает с документом');
    await rejected.getByRole('button', { name: 'Да, отклонить' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Заявка отклонена' })).toBeVisible();
    await expect(rejected).toHaveCount(0);

    await page.setViewportSize({ width: 360, height: 740 });
    expect(await hasHorizontalScroll(page)).toBe(false);
  });

  test('a patient is told there is no access to the registry', async ({ page }) => {
    await openAsDemoPatient(page, '/registry/links');
    await expect(page.getByRole('heading', { level: 1, name: 'Нет доступа' })).toBeVisible();
    await expectNoA11yViolations(page, 'registry forbidden');
  });
});
