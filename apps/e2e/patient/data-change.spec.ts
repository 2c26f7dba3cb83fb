import { type APIRequestContext, expect, test } from '@playwright/test';
import { expectNoA11yViolations, hasHorizontalScroll } from '../fixtures/a11y';
import { DEMO_ADMIN, openAsDemoPatient } from '../fixtures/demo';
import { staffToken } from '../fixtures/staff';

/** A small PNG scan: the signature and some bytes (the server decides the type by the content). */
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(64, 7),
]);

/** The clinic's side until the registry screens exist: the staff API (a system admin handles every clinic). */
async function staffAct(request: APIRequestContext, token: string, id: string, action: 'approve' | 'apply') {
  const res =
    action === 'approve'
      ? await request.post(`/api/v1/admin/data-change-requests/${id}/decision`, {
          headers: { authorization: `Bearer ${token}` },
          data: { decision: 'approve', comment: 'Адрес проверен по скану' },
        })
      : await request.post(`/api/v1/admin/data-change-requests/${id}/apply`, {
          headers: { authorization: `Bearer ${token}` },
        });
  expect(res.status(), await res.text()).toBe(200);
}

test.describe('[PATIENT][DATA-CHANGE]', () => {
  test('files a change of address with a PNG scan and sees it move through «В работе» → «Одобрено» → «Изменения применены»', async ({
    page,
    request,
  }) => {
    await openAsDemoPatient(page, '/account/data');
    await expect(page.getByRole('heading', { level: 1, name: 'Мои данные' })).toBeVisible();
    const form = page.getByRole('region', { name: 'Изменить данные' });
    await expectNoA11yViolations(page, 'my data with the change form');

    // The empty form: errors next to the fields.
    await form.getByRole('button', { name: 'Отправить заявление' }).click();
    await expect(form.getByText('Выберите, что изменить.', { exact: true })).toBeVisible();

    const street = `ул. Тестовая, д. ${Date.now() % 1000}`;
    await form.getByLabel('Что изменить').selectOption({ label: 'Адрес' });
    await form.getByLabel('Новое значение').fill(`г. Москва, ${street}, кв. 7`);
    await form.getByLabel('Причина изменения').fill('Переезд');
    await form
      .getByLabel('Сканы документов')
      .setInputFiles({ name: 'скан.png', mimeType: 'image/png', buffer: PNG });
    const created = page.waitForResponse(
      (res) => res.url().endsWith('/api/v1/me/data-change-requests') && res.request().method() === 'POST',
    );
    await form.getByRole('button', { name: 'Отправить заявление' }).click();
    const { id, number } = (await (await created).json()) as { id: string; number: string };
    expect(number).toMatch(/^ИЗМ-\d{4}-\d{6}$/);
    await expect(
      page.getByRole('status').filter({ hasText: `Заявление ${number} отправлено` }),
    ).toBeVisible();

    const item = page.getByRole('listitem').filter({ hasText: number });
    await expect(item).toContainText('В работе');
    await expect(item).toContainText(street);
    await expect(item).toContainText('Сканов');
    await expectNoA11yViolations(page, 'my data with a new request');

    // One login of the staff for both steps: a TOTP code is taken once per account.
    const token = await staffToken(request, DEMO_ADMIN.login);
    await staffAct(request, token, id, 'approve');
    await page.reload();
    await expect(item).toContainText('Одобрено');
    await expect(item).toContainText('Адрес проверен по скану');

    await staffAct(request, token, id, 'apply');
    await page.reload();
    await expect(item).toContainText('Изменения применены');

    // «История обращений»: the request is there, the filters work without reloading the page.
    await page
      .getByRole('navigation', { name: 'Разделы личного кабинета' })
      .getByRole('link', { name: 'История обращений' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'История обращений' })).toBeVisible();
    const row = page.getByRole('row').filter({ hasText: number });
    await expect(row).toContainText('Изменения применены');
    await page.getByLabel('Тип обращения', { exact: true }).selectOption({ label: 'Запись на приём' });
    await expect(page).toHaveURL(/type=appointment/);
    await expect(row).toHaveCount(0);
    await page.getByLabel('Тип обращения', { exact: true }).selectOption({ label: 'Изменение данных' });
    await page.getByLabel('Статус', { exact: true }).selectOption({ label: 'Изменения применены' });
    await expect(row).toHaveCount(1);
    await expect(page.getByRole('link', { name: 'Скачать CSV (Excel)' })).toHaveAttribute(
      'href',
      /request-history\.csv\?type=data_change&status=applied/,
    );
    await expectNoA11yViolations(page, 'request history');

    // A 360 px phone and the low-vision mode: nothing wider than the screen, still axe-clean.
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await hasHorizontalScroll(page)).toBe(false);
    await page.getByRole('button', { name: 'Версия для слабовидящих' }).click();
    await expectNoA11yViolations(page, 'request history, low vision, 360 px');
    expect(await hasHorizontalScroll(page)).toBe(false);
  });
});
