import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from '../fixtures/a11y';
import { logInAsDemoDoctor, openAsDemoClinicAdmin } from '../fixtures/staff';

const run = promisify(execFile);
/** A small PNG by its signature: the scan of the course's invitation. */
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(64, 1),
]);

test.describe('[DOCTOR][APPLICATION]', () => {
  test('the demo doctor applies for training with an attachment, the clinic admin approves, the doctor sees «Одобрено» and downloads a signed work-experience certificate', async ({
    page,
    browser,
  }) => {
    test.setTimeout(180_000); // second-factor codes may wait for the next 30-second step
    await page.setViewportSize({ width: 1024, height: 768 });
    await logInAsDemoDoctor(page);
    // The section keys work once the cabinet is drawn.
    await expect(page.getByRole('heading', { level: 1, name: 'Главная' })).toBeVisible();

    // «Обучение» (Ctrl+6) → «Заявления» → «Новое заявление»: a training request with its attachment.
    await page.keyboard.press('Control+6');
    await expect(page).toHaveURL(/\/doctor\/courses$/);
    await page
      .getByRole('navigation', { name: /Обучение/ })
      .getByRole('link', { name: 'Заявления' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Заявления' })).toBeVisible();
    await page.getByRole('button', { name: 'Новое заявление' }).click();
    await page.getByLabel('Вид заявления').selectOption({ label: 'Направление на обучение' });
    await page.getByLabel('Курс или тема обучения').fill('Ультразвуковая диагностика в терапии');
    await page.getByLabel('С какого дня').fill('2027-02-01');
    await page.getByLabel('По какой день').fill('2027-02-05');
    await page
      .getByLabel(/^Вложения/)
      .setInputFiles({ name: 'invitation.png', mimeType: 'image/png', buffer: PNG });
    await expectNoA11yViolations(page, 'new staff application');
    await page.getByRole('button', { name: 'Подать заявление' }).click();
    const sent = page.getByRole('status').filter({ hasText: /^Заявление ЗЯ-/ });
    await expect(sent).toBeVisible();
    const number = /ЗЯ-\d{4}-\d{6,}/.exec((await sent.textContent()) ?? '')?.[0] ?? '';
    expect(number).not.toBe('');
    const row = page.getByRole('row').filter({ hasText: number });
    await expect(row).toContainText('Подано');

    // The demo clinic admin takes it in review and approves it in «Очереди» → «Заявления сотрудников».
    const admin = await openAsDemoClinicAdmin(browser, '/admin/queues');
    const queue = admin.getByRole('region', { name: /^Заявления сотрудников/ });
    // The queue's item (its attached files are a list of links inside it).
    const item = queue.locator('li.admin-queues__item').filter({ hasText: number });
    await queue.getByRole('button', { name: `Взять в работу ${number}` }).click();
    await expect(item).toContainText('На рассмотрении');
    await expectNoA11yViolations(admin, 'staff applications queue');
    // The admin opens the attachment the doctor sent (read through the uploads route, audited).
    const attachment = item.getByRole('link', { name: `Вложение 1 к ${number}` });
    const scan = await admin.request.get((await attachment.getAttribute('href')) ?? '');
    expect(scan.status()).toBe(200);
    expect(scan.headers()['content-type']).toContain('image/png');
    await queue.getByRole('button', { name: `Одобрить ${number}` }).click();
    await expect(item).toHaveCount(0);
    await admin.context().close();

    // The doctor sees «Одобрено», then issues a work-experience certificate and downloads it.
    await page.reload();
    await expect(page.getByRole('row').filter({ hasText: number })).toContainText('Одобрено');
    await page.getByRole('button', { name: 'Получить справку о стаже' }).click();
    const link = page.getByRole('link', { name: 'Скачать PDF: Справка о стаже работы' }).first();
    await expect(link).toBeVisible();
    await expectNoA11yViolations(page, 'staff applications and certificates');
    const download = page.waitForEvent('download');
    await link.click();
    const file = join(await mkdtemp(join(tmpdir(), 'talon-certificate-')), 'certificate.pdf');
    await (await download).saveAs(file);
    // poppler's pdfsig verifies the clinic's signature.
    const { stdout } = await run('pdfsig', [file], { env: { ...process.env, TZ: 'UTC' } });
    expect(stdout).toContain('Signature Validation: Signature is Valid.');
    expect(stdout).toContain('Total document signed');
  });
});
