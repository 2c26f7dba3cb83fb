import { expect, type Page, test } from '@playwright/test';
import { expectNoA11yViolations } from '../fixtures/a11y';
import { attachScreenshot, bookFirstTime, freshPatientAtTimeChoice } from '../fixtures/patient-flow';

/** True once the QR image has loaded (a broken image has no natural width). */
const qrLoaded = (page: Page) =>
  page
    .getByRole('img', { name: /^QR-код талона / })
    .evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0);

test.describe('[PATIENT][OFFLINE]', () => {
  test('«Мои записи» and a ticket with its QR open without a connection; logging out forgets them', async ({
    page,
    context,
  }, testInfo) => {
    await freshPatientAtTimeChoice(page, 'Связина', 'dentist-surgeon', 'Стоматолог-хирург');
    const { time, ticketUrl } = await bookFirstTime(page);

    // The installable app: a manifest with its icons, and the service worker controlling the page.
    const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
    const manifest = (await (await page.request.get(manifestHref ?? '')).json()) as {
      name: string;
      display: string;
      icons: { src: string }[];
    };
    expect(manifest).toMatchObject({ display: 'standalone' });
    for (const icon of manifest.icons) expect((await page.request.get(icon.src)).ok()).toBe(true);
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));

    // Online: «Мои записи», then the ticket — both now pass through the worker, which keeps them.
    await page.goto('/appointments');
    await expect(page.getByRole('heading', { level: 1, name: 'Мои записи' })).toBeVisible();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await page.getByRole('article').filter({ hasText: time }).getByRole('link').first().click();
    await expect(page).toHaveURL(new URL(ticketUrl).pathname);
    await expect.poll(() => qrLoaded(page)).toBe(true);

    await context.setOffline(true);
    await page.reload();
    await expect(page.getByText('Нет связи — показаны сохранённые данные')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1, name: 'Талон' })).toBeVisible();
    await expect(page.getByText(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/)).toBeVisible();
    await expect.poll(() => qrLoaded(page)).toBe(true);
    await expectNoA11yViolations(page, 'offline-ticket');
    await attachScreenshot(page, testInfo, 'offline-ticket');

    await page.getByRole('link', { name: 'Мои записи' }).last().click();
    await expect(page.getByRole('article').filter({ hasText: time })).toHaveCount(1);
    await attachScreenshot(page, testInfo, 'offline-appointments');

    // Back online, logging out drops every kept private answer.
    await context.setOffline(false);
    await expect(page.getByText('Нет связи — показаны сохранённые данные')).toHaveCount(0);
    expect(await page.evaluate(() => caches.has('talon-api-v1'))).toBe(true);
    await page.getByRole('button', { name: /Анна Связина/ }).click();
    await page.getByRole('button', { name: 'Выйти' }).click();
    await expect(page).toHaveURL(/\/login/);
    await expect.poll(() => page.evaluate(() => caches.has('talon-api-v1'))).toBe(false);
  });
});
