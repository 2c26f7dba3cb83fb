import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from '../fixtures/a11y';

test('[PATIENT][SYMPTOMS] a headache leads to a therapist; chest pain shows the ambulance number first', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByLabel('Регион').first().selectOption({ label: 'Москва' });
  await page
    .getByRole('link', { name: /Не знаете, к какому врачу/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/symptoms$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Не знаете, к какому врачу?');
  await expect(page.getByText(/не диагноз/i).first()).toBeVisible();

  // A headache in one's own words: the therapist first, with the reason; the answer is announced politely.
  await page.getByLabel('Что вас беспокоит?').fill('Третий день болит голова');
  await page.getByRole('button', { name: 'Подсказать врача' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Подсказка готова' })).toContainText(
    'Терапевт участковый',
  );
  const suggestions = page.locator('.symptom-suggestion');
  await expect(suggestions.first().getByRole('heading')).toHaveText('Терапевт участковый');
  await expect(suggestions.first()).toContainText('измерит давление');
  await expect(page.getByRole('heading', { name: 'Похоже, нужна скорая помощь' })).toHaveCount(0);
  await expectNoA11yViolations(page, 'symptom guide: headache');

  // «Записаться» opens the doctors' search with the therapist chosen.
  await page.getByRole('link', { name: 'Записаться: Терапевт участковый' }).click();
  await expect(page).toHaveURL(/\/doctors\?specialty=therapist/);
  await expect(page.getByLabel('Специальность')).toHaveValue('therapist');
  await expect(page.locator('main a[href^="/doctors/"]').first()).toBeVisible();

  // The doctors' search leads back to the guide too.
  await page.getByRole('link', { name: /Не знаете, к какому врачу/ }).click();
  await expect(page).toHaveURL(/\/symptoms$/);
  // Chest pain radiating to the arm, with a symptom ticked too: the ambulance box comes first, with tel:103.
  await page.getByLabel('Что вас беспокоит?').fill('болит грудь, отдаёт в руку');
  await page.getByLabel('Где беспокоит').selectOption({ label: 'Грудь, сердце, дыхание' });
  await page.getByRole('checkbox', { name: 'Кашель' }).check();
  await page.getByRole('button', { name: 'Подсказать врача' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'звоните 103' })).toBeVisible();
  const results = page.locator('.symptom-results');
  const ambulance = results.locator('.ambulance');
  await expect(ambulance.getByRole('link', { name: 'Звоните 103' })).toHaveAttribute('href', 'tel:103');
  await expect(ambulance).toContainText('Боль или давление в груди');
  // The ambulance box is the first thing of the answer, before any suggestion.
  const boxTop = (await ambulance.boundingBox())?.y ?? Number.POSITIVE_INFINITY;
  const firstSuggestionTop = (await suggestions.first().boundingBox())?.y ?? 0;
  expect(boxTop).toBeLessThan(firstSuggestionTop);
  await expect(results.locator(':scope > *:not(h2)').first()).toHaveClass(/ambulance/);
  await expectNoA11yViolations(page, 'symptom guide: red flag');
});
