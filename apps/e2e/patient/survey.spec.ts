import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from '../fixtures/a11y';
import { attachScreenshot, freshPatient } from '../fixtures/patient-flow';
import { fulfilledVisit, openAsDemoClinicAdmin } from '../fixtures/staff';

test.describe('[PATIENT][SURVEY]', () => {
  test('a patient rates a fulfilled visit once, and the clinic admin sees it in analytics and answers', async ({
    page,
    request,
    browser,
  }, testInfo) => {
    test.setTimeout(180_000); // the admin's second factor may wait for the next 30-second code
    await freshPatient(page.request, 'Оценкина');
    const me = (await (await page.request.get('/api/v1/me')).json()) as {
      patientId: string;
      csrfToken: string;
    };
    // A fulfilled visit with the demo doctor of «Городская поликлиника № 14», the demo clinic admin's clinic.
    const appointmentId = await fulfilledVisit(request, me.patientId);
    const comment = `Ждали у кабинета 40 минут (${Date.now()})`;

    // The card «Оцените приём» is on the patient's home and on «Мои записи»; it leads to the visit's page.
    await page.goto('/');
    await expect(page.getByRole('complementary', { name: 'Оцените приём' })).toBeVisible();
    await page.goto('/appointments');
    const card = page.getByRole('complementary', { name: 'Оцените приём' });
    await expect(card).toBeVisible();
    await expectNoA11yViolations(page, 'pending survey card');
    await card.getByRole('link').first().click();
    await expect(page).toHaveURL(new RegExp(`/appointments/${appointmentId}#survey$`));
    const survey = page.getByRole('region', { name: 'Оцените приём' });
    await expect(survey.getByRole('button', { name: 'Отправить оценку' })).toBeVisible();

    // Sent without every rating, the form names the missing one.
    const rate = (aspect: string, stars: string) =>
      survey.getByRole('group', { name: aspect }).getByRole('radio', { name: stars, exact: true }).check();
    await rate('Врач', '5');
    await rate('Ожидание приёма', '2');
    await rate('Чистота', '5');
    await survey.getByRole('button', { name: 'Отправить оценку' }).click();
    await expect(survey.getByRole('group', { name: 'Регистратура' })).toContainText(
      'Выберите оценку от 1 до 5.',
    );
    await expect(
      survey.getByRole('group', { name: 'Регистратура' }).getByRole('radio').first(),
    ).toBeFocused();
    await rate('Регистратура', '4');
    await survey.getByLabel('Комментарий для поликлиники').fill(comment);
    await expectNoA11yViolations(page, 'survey form');
    await survey.getByRole('button', { name: 'Отправить оценку' }).click();

    await expect(survey.getByRole('status')).toHaveText('Спасибо! Ваша оценка сохранена.');
    await expect(survey.getByText('Вы оценили этот приём:')).toBeVisible();
    await expect(survey.getByText('Ожидание приёма: 2 из 5')).toBeVisible();
    await expect(survey.getByRole('button', { name: 'Отправить оценку' })).toHaveCount(0);
    await attachScreenshot(page, testInfo, 'survey-sent');
    // The practitioner's rating is the visit's review.
    await expect(page.getByRole('region', { name: 'Отзыв о приёме' })).toContainText('Ваша оценка: 5 из 5');

    // Once: the card is gone, and the API refuses a second survey.
    await page.goto('/appointments');
    await expect(page.getByRole('heading', { level: 1, name: 'Мои записи' })).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Оцените приём' })).toHaveCount(0);
    const again = await page.request.post(`/api/v1/appointments/${appointmentId}/survey`, {
      headers: { 'X-CSRF-Token': me.csrfToken },
      data: { waiting: 5, cleanliness: 5, registry: 5 },
    });
    expect(again.status()).toBe(409);
    expect(((await again.json()) as { code: string }).code).toBe('SURVEY_EXISTS');

    // The clinic admin sees the rating in «Аналитика», the low one marked to answer, and answers it.
    const admin = await openAsDemoClinicAdmin(browser, '/admin/analytics');
    const report = admin.getByRole('region', { name: 'Оценки пациентов' });
    await expect(report.getByRole('table', { name: /^Средняя оценка/ })).toBeVisible();
    const item = report.getByRole('article').filter({ hasText: comment });
    await expect(item).toBeVisible();
    await expect(item).toContainText('Низкая оценка — нужен ответ');
    await expect(item).toContainText('Ожидание приёма: 2');
    await item.getByLabel('Ответ поликлиники').fill('Извините за ожидание: мы добавили второй кабинет.');
    await item.getByRole('radio', { name: 'Пациенту — на странице приёма' }).check();
    await item.getByRole('button', { name: 'Сохранить ответ' }).click();
    await expect(item.getByRole('heading', { name: 'Ответ пациенту' })).toBeVisible();
    await expect(item).not.toContainText('Низкая оценка — нужен ответ');
    await expectNoA11yViolations(admin, 'admin survey analytics');
    await attachScreenshot(admin, testInfo, 'admin-survey-analytics');
    await admin.context().close();

    // The patient reads the clinic's public answer on the visit's page.
    await page.goto(`/appointments/${appointmentId}`);
    await expect(page.getByRole('region', { name: 'Оцените приём' })).toContainText(
      'Извините за ожидание: мы добавили второй кабинет.',
    );
  });
});
