import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from '../fixtures/a11y';
import { DEMO_REGISTRAR, logIn } from '../fixtures/demo';
import { bookFirstTime, chooseMoscow, freshPatient, timesOf } from '../fixtures/patient-flow';
import { confirmStaffTotp, DEMO_DOCTOR_LOGIN, doctorFacts, staffToken } from '../fixtures/staff';

/** A small PNG scan: the signature and some bytes (the server decides the type by the content). */
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(64, 3),
]);

test.describe('[PATIENT][ATTACH]', () => {
  test('a new patient is refused a therapist, applies for attachment, the registry approves, the patient books', async ({
    page,
    request,
    browser,
  }) => {
    // The demo doctor is a therapist of the demo registrar's clinic.
    const doctor = await doctorFacts(request, {
      authorization: `Bearer ${await staffToken(request, DEMO_DOCTOR_LOGIN)}`,
    });
    const bookUrl = `/book?practitioner=${doctor.practitionerId}&organization=${doctor.organizationId}&specialty=therapist`;
    await freshPatient(page.request, 'Прикрепляемая');
    await chooseMoscow(page);

    // Not attached: the time is refused, and the refusal leads straight to the application.
    await page.goto(bookUrl);
    await timesOf(page).first().click();
    const refusal = page.getByRole('alert').filter({ hasText: 'Не удалось выбрать это время' });
    await refusal.getByRole('link', { name: 'Подать заявление о прикреплении' }).click();
    await expect(page).toHaveURL(new RegExp(`/attachment\\?organization=${doctor.organizationId}$`));
    await expect(page.getByRole('heading', { level: 1, name: 'Прикрепление к поликлинике' })).toBeVisible();
    await expect(page.getByLabel('Поликлиника')).toHaveValue(doctor.organizationId);
    await expectNoA11yViolations(page, 'attachment application');

    // The empty reason is refused next to its field.
    await page.getByRole('button', { name: 'Подать заявление' }).click();
    await expect(page.getByText('Напишите причину — хотя бы несколько слов.')).toBeVisible();
    await page.getByLabel('Причина').fill('Поликлиника ближе к дому');
    await page
      .getByLabel('Скан заявления')
      .setInputFiles({ name: 'заявление.png', mimeType: 'image/png', buffer: PNG });
    const created = page.waitForResponse(
      (res) => res.url().endsWith('/api/v1/me/attachment-requests') && res.request().method() === 'POST',
    );
    await page.getByRole('button', { name: 'Подать заявление' }).click();
    const { number } = (await (await created).json()) as { number: string };
    expect(number).toMatch(/^ПРК-\d{4}-\d{6}$/);
    const mine = page.getByRole('listitem').filter({ hasText: number });
    await expect(mine).toContainText('На рассмотрении');
    await expectNoA11yViolations(page, 'attachment under review');

    // The registrar of the clinic approves at the desk, with the scan at hand.
    const desk = await (await browser.newContext()).newPage();
    await desk.goto('/registry/attachments');
    await logIn(desk, DEMO_REGISTRAR.login, DEMO_REGISTRAR.password);
    await confirmStaffTotp(desk, /\/registry\/attachments$/);
    await expect(desk.getByRole('heading', { level: 1, name: 'Заявления о прикреплении' })).toBeVisible();
    const item = desk.getByRole('listitem').filter({ hasText: number });
    await expect(item).toContainText('Поликлиника ближе к дому');
    await expect(item.getByRole('link', { name: `Открыть скан заявления ${number}` })).toHaveAttribute(
      'href',
      /^\/api\/v1\/uploads\/[0-9a-f-]{36}$/,
    );
    await expectNoA11yViolations(desk, 'registry attachment requests');
    await item.getByRole('button', { name: /^Одобрить/ }).click();
    await item.getByRole('button', { name: 'Да, одобрить' }).click();
    await expect(desk.getByRole('status').filter({ hasText: `Заявление ${number} одобрено` })).toBeVisible();
    await expect(item).toHaveCount(0);

    // The patient sees the decision and books the therapist.
    await page.reload();
    await expect(mine).toContainText('Одобрено');
    await page.goto(bookUrl);
    await bookFirstTime(page);
  });
});
