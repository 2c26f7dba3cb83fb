import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from '../fixtures/a11y';
import { DEMO_REGISTRAR, logIn } from '../fixtures/demo';
import { confirmStaffTotp, logInAsDemoDoctor } from '../fixtures/staff';

const DEMO_CLINIC_ADMIN_LOGIN = 'clinic-admin@demo.talon.local';

test.describe('[DOCTOR][COURSE]', () => {
  test('the demo doctor enrols by keyboard («В обработке»), the clinic admin approves, the doctor sees «Одобрено»', async ({
    page,
    browser,
  }) => {
    // TOTP codes may have to wait for the next 30-second step; a server just started may still shed load.
    test.setTimeout(180_000);
    await page.setViewportSize({ width: 1024, height: 768 });
    await logInAsDemoDoctor(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Главная' })).toBeVisible();

    // Ctrl+6 opens «Обучение»: the catalogue, filtered by direction and format (kept in the URL).
    await page.keyboard.press('Control+6');
    await expect(page).toHaveURL(/\/doctor\/courses$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Каталог курсов' })).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'Разделы кабинета' });
    await expect(nav.getByRole('link', { name: /^Обучение/ })).toHaveAttribute('aria-current', 'page');
    await page.getByLabel('Направление').selectOption({ label: 'IT в медицине' });
    await expect(page).toHaveURL(/direction=it_in_medicine/);
    await page.getByLabel('Формат').selectOption({ label: 'Онлайн' });
    await expect(page).toHaveURL(/direction=it_in_medicine&format=online/);
    await expect(page.getByRole('status').filter({ hasText: /^Найден/ })).toBeVisible();
    await expectNoA11yViolations(page, 'course catalogue');

    // The first course still open to the doctor: focus «Записаться» and press Enter.
    const open = page
      .getByRole('article')
      .filter({ has: page.getByRole('button', { name: /^Записаться на курс/ }) })
      .first();
    const title = ((await open.getByRole('heading', { level: 2 }).textContent()) ?? '').trim();
    expect(title).not.toBe('');
    const card = page.getByRole('article', { name: title, exact: true });
    await card.getByRole('button', { name: /^Записаться на курс/ }).focus();
    await page.keyboard.press('Enter');
    await expect(card.getByRole('status')).toHaveText('Ваша запись: «В обработке»');

    // «Мои курсы» lists it as «В обработке».
    await page
      .getByRole('navigation', { name: /Обучение/ })
      .getByRole('link', { name: 'Мои курсы' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Мои курсы' })).toBeVisible();
    const mine = page.getByRole('table', { name: 'Мои курсы' }).getByRole('row').filter({ hasText: title });
    await expect(mine).toContainText('В обработке');

    // The demo clinic admin approves it in /admin/courses.
    const adminContext = await browser.newContext({ locale: 'ru-RU', timezoneId: 'Europe/Moscow' });
    const admin = await adminContext.newPage();
    await admin.setViewportSize({ width: 1024, height: 768 });
    await admin.goto('/login?next=/admin/courses');
    await logIn(admin, DEMO_CLINIC_ADMIN_LOGIN, DEMO_REGISTRAR.password);
    await confirmStaffTotp(admin, /\/admin\/courses$/);
    await expect(admin.getByRole('heading', { level: 1, name: 'Обучение сотрудников' })).toBeVisible();
    const queue = admin.getByRole('table', { name: 'Заявки на курсы' });
    const row = queue.getByRole('row').filter({ hasText: title });
    await expect(row).toBeVisible();
    await expectNoA11yViolations(admin, 'course enrolments of the clinic');
    await row.getByRole('button', { name: /^Одобрить/ }).click();
    await expect(row).toBeHidden();
    await adminContext.close();

    // The doctor sees «Одобрено».
    await page.reload();
    await expect(
      page.getByRole('table', { name: 'Мои курсы' }).getByRole('row').filter({ hasText: title }),
    ).toContainText('Одобрено');
  });
});
