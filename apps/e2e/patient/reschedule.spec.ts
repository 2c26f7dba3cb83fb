import { expect, test } from '@playwright/test';
import { expectNoA11yViolations, hasHorizontalScroll } from '../fixtures/a11y';
import { attachScreenshot, bookFirstTime, freshPatientAtTimeChoice, timesOf } from '../fixtures/patient-flow';

test.describe('[PATIENT][RESCHEDULE]', () => {
  test('moves a visit to another time: a new ticket, the old visit shown as moved in the history', async ({
    page,
  }, testInfo) => {
    // A fresh account without an email: its visits and the ticket's email step start from nothing.
    await freshPatientAtTimeChoice(page, 'Переносова', 'ophthalmologist', 'Офтальмолог');
    await bookFirstTime(page);
    const oldCode = (await page.locator('.ticket-code').textContent())?.trim() ?? '';

    // The ticket: its QR code is an image named for a screen reader, loaded from the API.
    const qr = page.getByRole('img', { name: /^QR-код талона .+/ });
    await expect(qr).toBeVisible();
    await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await expect(page.getByRole('link', { name: 'Скачать талон (PDF)' })).toBeVisible();
    await expectNoA11yViolations(page, 'ticket');
    await attachScreenshot(page, testInfo, 'ticket');

    // No email in the profile: the ticket asks for an address (and offers the profile), then is sent.
    await page.getByRole('button', { name: 'Отправить на почту' }).click();
    const email = page.getByRole('textbox', { name: 'Электронная почта' });
    await expect(email).toBeFocused();
    await expect(page.getByRole('link', { name: 'укажите почту в профиле' })).toHaveAttribute(
      'href',
      '/account',
    );
    await page.getByRole('button', { name: 'Отправить', exact: true }).click();
    await expect(page.getByText('Введите адрес электронной почты.')).toBeVisible();
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(email).toBeFocused();
    await expectNoA11yViolations(page, 'ticket email error');
    await email.fill('anna.perenosova@example.ru');
    await page.getByRole('button', { name: 'Отправить', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: /^Талон отправлен на .+@/ })).toBeVisible();

    // «Перенести»: the same doctor's time choice, in the moving mode.
    await page.getByRole('link', { name: 'Перенести' }).click();
    await expect(page).toHaveURL(/\/book\?.*reschedule=/);
    await expect(page.getByRole('heading', { level: 1, name: /^Перенос записи: / })).toBeVisible();
    await expect(page.getByText(/^Сейчас запись на /)).toBeVisible();
    await expect(page.getByRole('group', { name: 'Для кого запись' })).toHaveCount(0);
    const newTime = timesOf(page).first();
    const newLabel = (await newTime.getAttribute('aria-label')) ?? '';
    await expectNoA11yViolations(page, 'reschedule time choice');
    await newTime.click();
    const confirm = page.getByRole('region', { name: 'Проверьте перенос' });
    await expect(confirm.getByRole('heading', { name: 'Проверьте перенос' })).toBeFocused();
    await expect(confirm.getByText(/^Было: /)).toBeVisible();
    await expectNoA11yViolations(page, 'reschedule confirmation');
    await attachScreenshot(page, testInfo, 'reschedule-confirm');
    await confirm.getByRole('button', { name: 'Перенести запись' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Запись перенесена' })).toBeVisible();
    const newCode = (await page.locator('.ticket-code').textContent())?.trim() ?? '';
    expect(newCode).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(newCode).not.toBe(oldCode);
    await expect(page.getByText(newLabel.split(',')[0] ?? '')).toBeVisible();
    await expectNoA11yViolations(page, 'moved ticket');

    // «Мои записи» holds the new visit only; the history has the old one as moved, linking to the new.
    await page.getByRole('link', { name: 'Мои записи' }).click();
    await expect(page.getByRole('article')).toHaveCount(1);
    await expect(page.getByRole('article')).toContainText(newCode);
    await expect(page.getByRole('article')).toContainText('Анна Переносова (вы)');
    await page.getByRole('link', { name: /^История записей/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'История записей' })).toBeVisible();
    const table = page.getByRole('table', { name: /^История записей/ });
    const moved = table.getByRole('row').filter({ hasText: 'Перенесена' });
    await expect(moved).toHaveCount(1);
    await moved.getByRole('link').first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Сведения о приёме' })).toBeVisible();
    await expect(page.getByText(oldCode)).toBeVisible();
    await expect(page.getByRole('img', { name: /^QR-код/ })).toHaveCount(0);
    await page.getByRole('link', { name: 'Открыть новую запись' }).click();
    await expect(page.locator('.ticket-code')).toHaveText(newCode);
  });

  test('the moving page and the ticket fit a 360 px phone', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await freshPatientAtTimeChoice(page, 'Узкая', 'otolaryngologist', 'Оториноларинголог');
    await bookFirstTime(page);
    expect(await hasHorizontalScroll(page), 'ticket').toBe(false);
    await page.getByRole('link', { name: 'Перенести' }).click();
    await expect(timesOf(page).first()).toBeVisible();
    expect(await hasHorizontalScroll(page), 'reschedule').toBe(false);
    await timesOf(page).first().click();
    await expect(page.getByRole('region', { name: 'Проверьте перенос' })).toBeVisible();
    expect(await hasHorizontalScroll(page), 'reschedule confirmation').toBe(false);
  });
});
