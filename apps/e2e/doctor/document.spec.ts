import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from '../fixtures/a11y';
import { moscowDay } from '../fixtures/demo';
import { logInAsDemoDoctor } from '../fixtures/staff';

const run = promisify(execFile);

test.describe('[DOCTOR][DOCUMENT]', () => {
  test('the demo doctor opens «Документы» with Ctrl+4, writes a discharge summary from the record, signs it; pdfsig verifies the PDF and names the doctor', async ({
    page,
  }) => {
    // A code may have to wait for the next 30-second step; a server just started may still shed load.
    test.setTimeout(180_000);
    await logInAsDemoDoctor(page);
    // The doctor's full name as the directory shows it: their certificate names them so.
    const me = (await (await page.request.get('/api/v1/me')).json()) as { practitionerId: string };
    const doctor = (await (await page.request.get(`/api/v1/practitioners/${me.practitionerId}`)).json()) as {
      fullName: string;
    };

    // A patient in the doctor's care: one of today's visits (the demo doctor's day).
    const today = moscowDay();
    const schedule = (await (
      await page.request.get(`/api/v1/practitioner/appointments?date=${today}&view=day`)
    ).json()) as { items: { patient: { id: string; fullName: string } }[] };
    const patient = schedule.items[0]?.patient;
    expect(patient, 'the demo doctor has visits today').toBeTruthy();
    const surname = (patient?.fullName ?? '').split(' ')[0] ?? '';

    // Ctrl+4 opens «Документы» → «На подпись» once the cabinet (and its keys) is on the page.
    await expect(page.getByRole('heading', { level: 1, name: 'Главная' })).toBeVisible();
    await page.keyboard.press('Control+4');
    await expect(page).toHaveURL(/\/doctor\/documents$/);
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1, name: 'Документы на подпись' })).toBeVisible();
    await expectNoA11yViolations(page, 'documents section');

    // «Написать документ»: the patient found by surname among the doctor's patients, by keyboard.
    await main.getByRole('link', { name: 'Написать документ' }).focus();
    await page.keyboard.press('Enter');
    await expect(main.getByRole('heading', { level: 1, name: 'Новый документ' })).toBeVisible();
    const search = main.getByLabel('Фамилия, дата рождения или СНИЛС пациента');
    await search.fill(surname);
    await search.press('Enter');
    const choice = main.getByRole('button', { name: new RegExp(`^${patient?.fullName}`) });
    await choice.first().focus();
    await page.keyboard.press('Enter');

    // A discharge summary over two years of the record: the draft comes prefilled with ICD-10 diagnoses.
    await main.getByLabel('Вид документа').selectOption({ label: 'Выписной эпикриз' });
    const twoYearsAgo = moscowDay(-700);
    await main.getByLabel('С', { exact: true }).fill(twoYearsAgo);
    await main.getByLabel('По', { exact: true }).fill(today);
    await main.getByRole('button', { name: 'Создать черновик' }).press('Enter');
    await expect(
      main.getByRole('heading', { level: 1, name: /^Выписной эпикриз № ДОК-\d{4}-\d{6}$/ }),
    ).toBeVisible();
    await expect(main.getByLabel('Диагнозы (МКБ-10)')).toHaveValue(/[A-Z]\d{2}/);
    await expectNoA11yViolations(page, 'document editor');

    // The doctor writes the outcome; the draft saves itself.
    await main.getByLabel('Состояние при выписке').fill('Выписан в удовлетворительном состоянии.');
    await main
      .getByLabel('Рекомендации')
      .fill('Наблюдение участкового терапевта. Контроль анализов через месяц.');
    await expect(main.getByRole('status').filter({ hasText: /^Сохранено в \d{2}:\d{2}$/ })).toBeVisible();

    // «Подписать» asks first; the keyboard confirms.
    await main.getByRole('button', { name: 'Подписать' }).click();
    await expect(main.getByText(/Подписать документ своей электронной подписью\?/)).toBeFocused();
    await main.getByRole('button', { name: 'Да, подписать' }).focus();
    await page.keyboard.press('Enter');
    // Rendering and signing the PDF takes a few seconds on a busy machine.
    await expect(main.getByRole('status').filter({ hasText: /^Подписан$/ })).toBeVisible({ timeout: 30_000 });
    await expect(main.getByLabel('Состояние при выписке')).toHaveCount(0);
    await expectNoA11yViolations(page, 'signed document');

    // The PDF downloads, and poppler's pdfsig verifies its signature and names the doctor.
    const download = page.waitForEvent('download');
    await main.getByRole('link', { name: 'Скачать PDF' }).click();
    const file = join(await mkdtemp(join(tmpdir(), 'talon-document-')), 'document.pdf');
    await (await download).saveAs(file);
    const { stdout } = await run('pdfsig', [file], { env: { ...process.env, TZ: 'UTC' } });
    expect(stdout).toContain('Signature Validation: Signature is Valid.');
    expect(stdout).toContain('Total document signed');
    const signer = /Signer Certificate Common Name: (.+)/.exec(stdout)?.[1]?.trim() ?? '';
    expect(signer).toBe(doctor.fullName);

    // «Мои документы» lists it as signed.
    await page.keyboard.press('Control+4');
    await page.getByRole('navigation').getByRole('link', { name: 'Мои документы' }).click();
    await expect(main.getByRole('heading', { level: 1, name: 'Мои документы' })).toBeVisible();
    await expect(main.getByRole('listitem').filter({ hasText: 'Выписной эпикриз' }).first()).toContainText(
      'Подписан',
    );
    await expectNoA11yViolations(page, 'my documents');
  });
});
