import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from '../fixtures/a11y';
import { DEMO_REGISTRAR, logIn } from '../fixtures/demo';
import { confirmStaffTotp, DEMO_DOCTOR_LOGIN } from '../fixtures/staff';

test.describe('[DOCTOR][DAY]', () => {
  test('part 1: the demo doctor logs in with TOTP, opens «Расписание» with Ctrl+3, opens the next arrived patient’s card by keyboard and starts the visit', async ({
    page,
  }) => {
    // A code may have to wait for the next 30-second step; a server just started may still shed load.
    test.setTimeout(150_000);
    await page.setViewportSize({ width: 1024, height: 768 });
    await expect(async () => {
      await page.goto('/login');
      await expect(page.getByLabel('Телефон, электронная почта или СНИЛС')).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 60_000 });
    await logIn(page, DEMO_DOCTOR_LOGIN, DEMO_REGISTRAR.password);
    await expect(page.getByRole('heading', { level: 2, name: 'Подтверждение входа' })).toBeFocused();
    await confirmStaffTotp(page, /\/doctor$/);

    // Doctors land in their cabinet: «Главная» with today's visits.
    await expect(page).toHaveURL(/\/doctor$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Главная' })).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'Разделы кабинета' });
    await expect(nav.getByRole('link', { name: /^Главная/ })).toHaveAttribute('aria-current', 'page');
    // The active section is marked by more than its attribute: a bold label in a list without bullets (a lost
    // stylesheet once left a bare bulleted list).
    await expect(nav.getByRole('listitem').first()).toHaveCSS('list-style-type', 'none');
    await expect(nav.getByRole('link', { name: /^Главная/ })).toHaveCSS('font-weight', '700');
    await expect(page.getByRole('table', { name: 'Приёмы сегодня' })).toBeVisible();
    await expectNoA11yViolations(page, 'doctor home');

    // «Клавиши»: the visible help lists the keys; Escape closes it.
    await page.getByRole('button', { name: 'Клавиши' }).click();
    const help = page.getByRole('dialog', { name: 'Клавиши кабинета' });
    await expect(help).toBeVisible();
    await expect(help).toContainText('Открыть раздел «Расписание»');
    await expectNoA11yViolations(page, 'keyboard help');
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();

    // Ctrl+3 opens «Расписание»; the schedule's badge names the patients waiting.
    await page.keyboard.press('Control+3');
    await expect(page).toHaveURL(/\/doctor\/schedule$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Расписание' })).toBeVisible();
    const scheduleLink = nav.getByRole('link', { name: /^Расписание, \d+ пациент/ });
    await expect(scheduleLink).toHaveAttribute('aria-current', 'page');
    const visits = page.getByRole('table', { name: /^Приёмы: / });
    await expect(visits).toBeVisible();
    await expect(visits.getByRole('row').filter({ hasText: 'Пациент пришёл' }).first()).toBeVisible();
    await expectNoA11yViolations(page, 'doctor schedule');

    // The next arrived patient: the keyboard reaches «Открыть карту» and Enter opens the card.
    const openCard = page.getByRole('link', { name: /^Открыть карту: / });
    const name = ((await openCard.textContent()) ?? '').replace('Открыть карту: ', '').trim();
    await openCard.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/doctor\/patients\/[0-9a-f-]{36}\?appointmentId=[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(nav.getByRole('link', { name: /^Карты пациентов/ })).toHaveAttribute('aria-current', 'page');
    // The whole record of the medical-record issue, behind the care relation.
    await page.getByRole('link', { name: 'Приёмы', exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Приёмы' })).toBeVisible();
    await expectNoA11yViolations(page, 'patient card');

    const [, patientId, appointmentId] =
      /\/doctor\/patients\/([0-9a-f-]{36})\?.*appointmentId=([0-9a-f-]{36})/.exec(page.url()) ?? [];
    await page.getByRole('button', { name: 'Начать приём' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(
      new RegExp(`/doctor/patients/${patientId}/visit\\?appointmentId=${appointmentId}$`),
    );
  });
});
