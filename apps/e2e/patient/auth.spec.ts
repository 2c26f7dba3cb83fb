import { expect, type Page, test } from '@playwright/test';
import { expectNoA11yViolations, hasHorizontalScroll } from '../fixtures/a11y';
import { fillRegistration, formatPhone, readCode, uniquePhone, uniqueSnils } from '../fixtures/identity';

const PASSWORD = 'Talon-e2e-2026!';

async function logIn(page: Page, login: string, password: string) {
  await page.getByLabel('Телефон, электронная почта или СНИЛС').fill(login);
  await page.getByLabel('Пароль', { exact: true }).fill(password);
  await page.getByRole('main').getByRole('button', { name: 'Войти' }).click();
}

test.describe('[PATIENT][AUTH]', () => {
  test('registers with a phone code, logs out and in, ends another session', async ({
    page,
    request,
    playwright,
  }) => {
    const patient = { phone: uniquePhone(), snils: uniqueSnils() };

    await page.goto('/');
    await page.getByRole('banner').getByRole('link', { name: 'Войти' }).click();
    await expect(page).toHaveURL(/\/login$/);
    await page.getByRole('link', { name: 'Зарегистрироваться' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Регистрация' })).toBeVisible();
    await expect(page).toHaveTitle('Регистрация — Талон');
    await expectNoA11yViolations(page, 'register');

    // The consent text comes from the server (GET /auth/consent), with its version.
    await page.getByText('Текст согласия').click();
    await expect(page.getByText(/Я даю согласие оператору/)).toBeVisible();
    await expect(page.getByText(/^Редакция от /)).toBeVisible();

    await fillRegistration(page, patient, PASSWORD);
    await page.getByRole('button', { name: 'Зарегистрироваться' }).click();

    await expect(page.getByRole('heading', { level: 2, name: 'Подтверждение телефона' })).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: /отправили код/ })).toBeVisible();
    const codeField = page.getByLabel('Код из СМС');
    await expect(codeField).toHaveAttribute('autocomplete', 'one-time-code');
    await expect(codeField).toHaveAttribute('inputmode', 'numeric');
    await expectNoA11yViolations(page, 'register code');

    await codeField.fill(await readCode(request, patient.phone));
    await page.getByRole('button', { name: 'Подтвердить' }).click();

    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Личный кабинет' })).toBeVisible();
    await expect(
      page
        .getByRole('main')
        .getByText(/Тестова/)
        .first(),
    ).toBeVisible();
    await expectNoA11yViolations(page, 'account');

    // Log out from the header.
    await page.getByRole('button', { name: /Учётная запись/ }).click();
    await page.getByRole('banner').getByRole('button', { name: 'Выйти' }).click();
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.getByText('Вы вышли из Талона.')).toBeVisible();
    await expect(page.getByRole('banner').getByRole('link', { name: 'Войти' })).toBeVisible();

    // The account needs a login again, and returns to it afterwards.
    await page.goto('/account/security');
    await expect(page).toHaveURL(/\/login\?next=%2Faccount%2Fsecurity$/);
    await expectNoA11yViolations(page, 'login');
    await logIn(page, formatPhone(patient.phone), PASSWORD);
    await expect(page).toHaveURL(/\/account\/security$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Безопасность и вход' })).toBeVisible();

    // A second device logs in (its own cookies), then this one ends its session.
    const otherDevice = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
    const otherLogin = await otherDevice.post('/api/v1/auth/login', {
      data: { login: patient.phone, password: PASSWORD },
    });
    expect(otherLogin.status()).toBe(200);

    await page.reload();
    const sessions = page.getByRole('region', { name: 'Сеансы' }).getByRole('listitem');
    await expect(sessions).toHaveCount(2);
    await expect(sessions.filter({ hasText: 'Это устройство' })).toHaveCount(1);
    await expectNoA11yViolations(page, 'security');

    await page.getByRole('button', { name: /^Завершить/ }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Сеанс завершён.' })).toBeVisible();
    await expect(sessions).toHaveCount(1);
    expect((await otherDevice.get('/api/v1/me')).status()).toBe(401);
    await otherDevice.dispose();
  });

  test('a wrong password shows the error and keeps the focus in the form', async ({ page }) => {
    await page.goto('/login');
    await expect(page.getByRole('heading', { level: 1, name: 'Вход' })).toBeVisible();
    await logIn(page, formatPhone(uniquePhone()), 'Wrong-password-1');
    await expect(page.getByRole('alert')).toBeVisible();
    await expect(page.getByLabel('Пароль', { exact: true })).toBeFocused();
    await expect(page).toHaveURL(/\/login$/);
    await expectNoA11yViolations(page, 'login error');
  });

  test('checks the registration form with the server rules before sending it', async ({ page }) => {
    await page.goto('/register');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

    await page.getByRole('button', { name: 'Зарегистрироваться' }).click();
    await expect(page.getByLabel('Фамилия')).toBeFocused();
    await expect(page.getByLabel('Фамилия')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Укажите СНИЛС.')).toBeVisible();

    const snils = page.getByLabel('СНИЛС');
    await snils.fill('112-233-445 96');
    await snils.blur();
    await expect(page.getByText(/Контрольное число СНИЛС не сходится/)).toBeVisible();
    await expect(snils).toHaveAccessibleDescription(/Контрольное число СНИЛС не сходится/);

    const password = page.getByLabel('Пароль', { exact: true });
    await password.fill('Talon-2026');
    await expect(page.locator('.password-checklist__item').first()).toContainText(
      'выполнено: не короче 8 символов',
    );
    await expectNoA11yViolations(page, 'register errors');
  });

  test('identity pages fit a 360 px phone and work from the keyboard', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of ['/register', '/login', '/recover']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await hasHorizontalScroll(page), path).toBe(false);
    }
    await expectNoA11yViolations(page, 'recover');

    // Keyboard only: from the login field to the password and the button.
    await page.goto('/login');
    await page.getByLabel('Телефон, электронная почта или СНИЛС').focus();
    await page.keyboard.type('+7 912 345-67-89');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Пароль', { exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByText('Введите пароль.')).toBeVisible();
  });
});
