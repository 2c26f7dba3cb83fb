import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from '../fixtures/a11y';
import { fillRegistration, readCode, uniquePhone, uniqueSnils } from '../fixtures/identity';
import { attachScreenshot, timesOf } from '../fixtures/patient-flow';

const PASSWORD = 'Talon-e2e-2026!';

test.describe('[PATIENT][BOOK]', () => {
  test('a new citizen registers, confirms the phone, finds a doctor, books, downloads the ticket and cancels', async ({
    page,
    request,
  }, testInfo) => {
    const patient = { phone: uniquePhone(), snils: uniqueSnils() };
    await page.goto('/');
    await page.getByLabel('Регион').first().selectOption({ label: 'Москва' });

    await page.goto('/register');
    await fillRegistration(page, patient, PASSWORD, 'Новикова');
    await page.getByRole('button', { name: 'Зарегистрироваться' }).click();
    await page.getByLabel('Код из СМС').fill(await readCode(request, patient.phone));
    await page.getByRole('button', { name: 'Подтвердить' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Личный кабинет' })).toBeVisible();

    // The home page's one search field: a specialty from its suggestions. A therapist would need
    // attachment to the clinic, which a new account does not have yet (booking-refusals.spec.ts).
    await page
      .getByRole('link', { name: /^Талон/ })
      .first()
      .click();
    const search = page.getByRole('combobox', { name: 'Специальность, врач или поликлиника' });
    await search.fill('офтальм');
    await page.getByRole('option', { name: 'Офтальмолог' }).click();
    await expect(page).toHaveURL(/\/doctors\?specialty=ophthalmologist$/);
    await page.locator('main a[href^="/doctors/"]').first().click();
    await page
      .getByRole('link', { name: /^Записаться: Офтальмолог/ })
      .first()
      .click();

    const time = (await timesOf(page).first().textContent())?.trim() ?? '';
    await timesOf(page).first().click();
    const confirm = page.getByRole('region', { name: 'Проверьте запись' });
    await confirm.getByLabel('Повод обращения').fill('Проверить зрение');
    await confirm.getByRole('button', { name: 'Записаться' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Вы записаны' })).toBeVisible();
    await expect(page.getByRole('img', { name: /^QR-код талона/ })).toBeVisible();
    await expectNoA11yViolations(page, 'first ticket');
    await attachScreenshot(page, testInfo, 'first-ticket');

    // «Скачать» saves the PDF ticket.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Скачать талон (PDF)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^talon-ticket-[A-Z2-9]{4}-[A-Z2-9]{4}\.pdf$/);
    const pdf = await readFile((await download.path()) ?? '');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

    await page.getByRole('link', { name: 'Мои записи' }).first().click();
    const visit = page.getByRole('article').filter({ hasText: time });
    await expect(visit).toHaveCount(1);
    await visit.getByRole('button', { name: /^Отменить/ }).click();
    await visit.getByLabel('Причина отмены').fill('Не смогу прийти');
    await visit.getByRole('button', { name: 'Да, отменить' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Запись отменена.' })).toBeVisible();
    await expect(page.getByRole('article').filter({ hasText: time })).toHaveCount(0);
  });
});
