import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { expectNoA11yViolations, hasHorizontalScroll } from '../fixtures/a11y';
import { openAsDemoPatient } from '../fixtures/demo';

test.describe('[PATIENT][DOCUMENTS]', () => {
  test('the demo patient orders a vaccination certificate, downloads the PDF, and an anonymous visitor checks it on the QR page', async ({
    page,
    browser,
  }) => {
    test.setTimeout(90_000);
    await openAsDemoPatient(page, '/documents');
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1, name: 'Мои документы' })).toBeVisible();
    await expectNoA11yViolations(page, 'documents');

    // The order, by keyboard: the type, then «Заказать».
    await main.getByLabel('Документ', { exact: true }).selectOption({ label: 'Сертификат о прививках' });
    await main.getByLabel('Для чего (необязательно)').fill('для работы');
    await main.getByRole('button', { name: 'Заказать' }).focus();
    await page.keyboard.press('Enter');
    await expect(
      main.getByRole('status').filter({ hasText: /^Документ № СПР-\d{4}-\d{6} готов/ }),
    ).toBeVisible();
    const order = main.getByRole('listitem').filter({ hasText: 'Сертификат о прививках' }).first();
    await expect(order.getByText('Готов', { exact: true })).toBeVisible();
    await expectNoA11yViolations(page, 'documents-ordered');

    // The PDF.
    const downloadLink = order.getByRole('link', { name: /^Скачать PDF № СПР-/ });
    const [file] = await Promise.all([page.waitForEvent('download'), downloadLink.click()]);
    const bytes = await readFile((await file.path()) ?? '');
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const sha256 = createHash('sha256').update(bytes).digest('hex');

    // A phone, in the low-vision mode: 360 px wide, no sideways scroll, still axe-clean.
    await page.setViewportSize({ width: 360, height: 740 });
    await page.getByRole('button', { name: 'Версия для слабовидящих' }).click();
    expect(await hasHorizontalScroll(page)).toBe(false);
    await expectNoA11yViolations(page, 'documents-360-low-vision');
    await page.getByRole('button', { name: 'Версия для слабовидящих' }).click();

    // The QR code's page, opened by someone who is not signed in.
    const checkPath =
      (await order.getByRole('link', { name: /^Проверить подлинность/ }).getAttribute('href')) ?? '';
    expect(checkPath).toMatch(/^\/check\/[A-Za-z0-9_-]{16,}$/);
    const visitor = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const check = await visitor.newPage();
    await check.goto(checkPath);
    const checkMain = check.getByRole('main');
    await expect(checkMain.getByRole('heading', { level: 2, name: 'Документ подлинный' })).toBeVisible();
    await expect(checkMain.getByText(sha256)).toBeVisible();
    await expect(checkMain.getByText('Сертификат о профилактических прививках')).toBeVisible();
    await expect(checkMain).not.toContainText('Яковлева');
    // The file compared in the browser.
    await checkMain.getByLabel('Сравнить с файлом').setInputFiles({
      name: 'certificate.pdf',
      mimeType: 'application/pdf',
      buffer: bytes,
    });
    await expect(
      checkMain.getByRole('status').filter({ hasText: 'Файл совпадает с документом.' }),
    ).toBeVisible();
    expect(await hasHorizontalScroll(check)).toBe(false);
    await expectNoA11yViolations(check, 'document-check');
    await visitor.close();
  });
});
