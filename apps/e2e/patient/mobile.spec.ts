import { expect, type Page, type TestInfo, test } from '@playwright/test';
import { expectNoA11yViolations, hasHorizontalScroll } from '../fixtures/a11y';
import { attachScreenshot, chooseMoscow, freshPatient, timesOf } from '../fixtures/patient-flow';

test.use({ viewport: { width: 360, height: 740 }, hasTouch: true });

/** A phone-sized page must not scroll sideways and must pass axe; its screenshot is kept. */
async function checkPage(page: Page, testInfo: TestInfo, name: string) {
  expect(await hasHorizontalScroll(page), `${name} scrolls sideways at 360 px`).toBe(false);
  await expectNoA11yViolations(page, name);
  await attachScreenshot(page, testInfo, name);
}

test.describe('[PATIENT][MOBILE]', () => {
  test('on a 360 px phone: search, book and get the ticket', async ({ page }, testInfo) => {
    await freshPatient(page.request, 'Мобильная');
    await chooseMoscow(page);
    await page.goto('/');
    await checkPage(page, testInfo, 'mobile-home');

    await page.getByRole('combobox', { name: 'Специальность, врач или поликлиника' }).fill('стоматолог');
    const option = page.getByRole('option', { name: 'Стоматолог-терапевт' });
    await expect(option).toBeVisible();
    await checkPage(page, testInfo, 'mobile-suggestions');
    await option.click();
    await expect(page).toHaveURL(/\/doctors\?specialty=dentist-therapist$/);
    await expect(page.locator('main a[href^="/doctors/"]').first()).toBeVisible();
    await checkPage(page, testInfo, 'mobile-doctors');

    await page.locator('main a[href^="/doctors/"]').first().click();
    await expect(page.getByRole('link', { name: /^Записаться: Стоматолог-терапевт/ }).first()).toBeVisible();
    await checkPage(page, testInfo, 'mobile-doctor');
    await page
      .getByRole('link', { name: /^Записаться: Стоматолог-терапевт/ })
      .first()
      .click();
    await expect(timesOf(page).first()).toBeVisible();
    await checkPage(page, testInfo, 'mobile-choose-time');

    const time = (await timesOf(page).first().textContent())?.trim() ?? '';
    await timesOf(page).first().click();
    const confirm = page.getByRole('region', { name: 'Проверьте запись' });
    await expect(confirm).toBeVisible();
    await checkPage(page, testInfo, 'mobile-confirm');
    await confirm.getByRole('button', { name: 'Записаться' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Вы записаны' })).toBeVisible();
    await expect(page.getByRole('main')).toContainText(time);
    await checkPage(page, testInfo, 'mobile-ticket');
  });
});
