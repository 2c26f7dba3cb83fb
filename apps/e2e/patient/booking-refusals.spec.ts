import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from '../fixtures/a11y';
import { attachScreenshot, freshPatientAtTimeChoice, timesOf } from '../fixtures/patient-flow';

/**
 * Issue 6, item 3: a refusal says what to do next, with a link to do it. A freshly registered patient is
 * attached to no clinic and has no referrals, so both refusals are theirs.
 */
test.describe('[PATIENT][BOOK] refusals', () => {
  test('a patient not attached to the clinic is refused a therapist when choosing the time, with the way to the attachment application', async ({
    page,
  }, testInfo) => {
    await freshPatientAtTimeChoice(page, 'Неприкреплённая', 'therapist', 'Терапевт участковый');
    await timesOf(page).first().click();

    // Attachment is checked when the time is held, so the refusal comes before the confirmation.
    const refusal = page.getByRole('alert').filter({ hasText: 'Не удалось выбрать это время' });
    // The server's words (why), then what to do next.
    await expect(refusal).toContainText('К этому врачу записываются в поликлинике, к которой вы прикреплены');
    await expect(refusal).toContainText('Подайте заявление о прикреплении к этой поликлинике');
    await expect(page.getByRole('region', { name: 'Проверьте запись' })).toHaveCount(0);
    await expect(refusal.getByRole('link', { name: 'Выбрать поликлинику' })).toHaveAttribute(
      'href',
      '/clinics',
    );
    await expectNoA11yViolations(page, 'not-attached');
    await attachScreenshot(page, testInfo, 'not-attached');

    // The application itself is the journey of [PATIENT][ATTACH] (attach.spec.ts).
    await expect(refusal.getByRole('link', { name: 'Подать заявление о прикреплении' })).toHaveAttribute(
      'href',
      /^\/attachment\?organization=[0-9a-f-]{36}$/,
    );
  });

  test('a patient without a referral to a cardiologist is told before «Записаться» and refused with the way to the therapist', async ({
    page,
  }, testInfo) => {
    await freshPatientAtTimeChoice(page, 'Безнаправленная', 'cardiologist', 'Кардиолог');
    await timesOf(page).first().click();

    // A referral-only specialty: the confirmation says there is none and where one comes from.
    const confirm = page.getByRole('region', { name: 'Проверьте запись' });
    await expect(confirm.getByRole('heading', { level: 3, name: 'Нужно направление' })).toBeVisible();
    await expect(confirm.getByRole('radio')).toHaveCount(0);
    await expect(
      confirm.getByRole('link', { name: 'Записаться к терапевту за направлением' }),
    ).toHaveAttribute('href', '/doctors?specialty=therapist');
    await expectNoA11yViolations(page, 'referral-missing');

    // Booking anyway: the server refuses, the refusal says the same and links the therapist.
    await confirm.getByRole('button', { name: 'Записаться' }).click();
    const refusal = confirm.getByRole('alert').filter({ hasText: 'Не удалось записаться' });
    await expect(refusal).toContainText('К этому специалисту записывают по направлению');
    await expect(refusal).toContainText('Направление выдаёт участковый терапевт');
    await expectNoA11yViolations(page, 'referral-required');
    await attachScreenshot(page, testInfo, 'referral-required');

    await refusal.getByRole('link', { name: 'Записаться к терапевту за направлением' }).click();
    await expect(page).toHaveURL(/\/doctors\?specialty=therapist$/);
    await expect(page.locator('main a[href^="/doctors/"]').first()).toBeVisible();
  });
});
