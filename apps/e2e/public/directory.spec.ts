import { expect, test } from '@playwright/test';
import { expectNoA11yViolations, hasHorizontalScroll } from '../fixtures/a11y';

test.describe('[PUBLIC][DIRECTORY]', () => {
  test('home page is Russian and offers the region choice', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByLabel('Регион').first()).toBeVisible();
    await expectNoA11yViolations(page, 'home');
  });

  test('picks a region, finds a clinic and a doctor', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Регион').first().selectOption({ label: 'Москва' });
    await page
      .getByRole('navigation', { name: 'Основная навигация' })
      .getByRole('link', { name: 'Поликлиники' })
      .click();
    await expect(page).toHaveURL(/\/clinics/);
    await expect(page.getByText(/Найдено: \d+/)).toBeVisible();
    await expectNoA11yViolations(page, 'clinics');

    await page.getByLabel('Поиск поликлиники').fill('детская');
    await expect(page.getByRole('link', { name: /Детская/ }).first()).toBeVisible();
    const clinicLink = page.getByRole('link', { name: /Детская/ }).first();
    const clinicName = (await clinicLink.textContent())?.trim() ?? '';
    await clinicLink.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(clinicName);
    await expectNoA11yViolations(page, 'clinic');

    const doctorLink = page.locator('main a[href^="/doctors/"]').first();
    await expect(doctorLink).toBeVisible();
    const doctorName = (await doctorLink.textContent())?.trim() ?? '';
    await doctorLink.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(doctorName);
    await expect(page.getByText(/стаж/i).first()).toBeVisible();
    await expectNoA11yViolations(page, 'doctor');

    // The region is remembered across visits.
    await page.goto('/');
    await expect(page.getByLabel('Регион').first()).toHaveValue('77');
  });

  test('filters clinics by kind', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Регион').first().selectOption({ label: 'Камчатский край' });
    await page.goto('/clinics');
    await page.getByLabel('Тип учреждения').selectOption({ label: 'Стоматология' });
    await expect(page).toHaveURL(/kind=dental/);
    const cards = page.locator('main article');
    // Poll: the previous list may still be on screen for a moment while the filtered one loads.
    await expect
      .poll(async () => {
        const texts = await cards.allTextContents();
        return texts.length > 0 && texts.every((text) => /стоматолог/i.test(text));
      })
      .toBe(true);
  });

  test('shows distances when the browser grants the location', async ({ browser }) => {
    const context = await browser.newContext({
      geolocation: { latitude: 55.7558, longitude: 37.6173 },
      permissions: ['geolocation'],
      locale: 'ru-RU',
    });
    const page = await context.newPage();
    await page.goto('/');
    await page.getByLabel('Регион').first().selectOption({ label: 'Москва' });
    await page.goto('/clinics');
    await page.getByRole('button', { name: 'Рядом со мной' }).click();
    await expect(page.getByText(/\d+(,\d)?\s?км/).first()).toBeVisible();
    await context.close();
  });

  test('finds doctors by specialty', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Регион').first().selectOption({ label: 'Калининградская область' });
    await page.goto('/doctors');
    await page.getByLabel('Специальность').selectOption({ label: 'Офтальмолог' });
    await expect(page).toHaveURL(/specialty=ophthalmologist/);
    const cards = page.locator('main article');
    await expect
      .poll(async () => {
        const texts = await cards.allTextContents();
        return texts.length > 0 && texts.every((text) => text.includes('Офтальмолог'));
      })
      .toBe(true);
    await expectNoA11yViolations(page, 'doctors');
  });

  test('the low-vision mode switches on, is remembered and stays accessible', async ({ page }) => {
    await page.goto('/');
    const toggle = page.getByRole('button', { name: 'Версия для слабовидящих' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    const normalSize = await page.evaluate(() => Number.parseFloat(getComputedStyle(document.body).fontSize));
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const largeSize = await page.evaluate(() => Number.parseFloat(getComputedStyle(document.body).fontSize));
    expect(largeSize).toBeGreaterThan(normalSize);
    await page.reload();
    await expect(page.getByRole('button', { name: 'Версия для слабовидящих' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expectNoA11yViolations(page, 'home in low-vision mode');
    await page.goto('/clinics');
    await expectNoA11yViolations(page, 'clinics in low-vision mode');
  });

  test('fits a 360 px phone without sideways scrolling', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'ru-RU' });
    const page = await context.newPage();
    await page.goto('/');
    await page.getByLabel('Регион').first().selectOption({ label: 'Москва' });
    for (const path of ['/', '/clinics', '/doctors']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await hasHorizontalScroll(page), path).toBe(false);
    }
    await context.close();
  });

  test('keyboard alone reaches the main content through the skip link', async ({ page }) => {
    await page.goto('/');
    // Tab before React has rendered the page lands on nothing: wait for the content first.
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Перейти к основному содержимому' });
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main#main')).toBeFocused();
  });

  test('a doctor card shows the next free time, a link to the time choice', async ({ page }) => {
    await page.goto('/');
    await page.getByLabel('Регион').first().selectOption({ label: 'Москва' });
    for (const path of ['/doctors?specialty=therapist', '/doctors']) {
      await page.goto(path);
      // The list comes first, the times fill in: find a card that got one.
      const timed = page
        .locator('main article')
        .filter({ has: page.getByRole('link', { name: /^Ближайшее время: \d{1,2} [а-я]+, \d{2}:\d{2}$/ }) })
        .first();
      await expect(timed).toBeVisible();
      // Pin the card by its doctor: as more times arrive, «the first card with a time» may change.
      const doctorHref = (await timed.locator('a[href^="/doctors/"]').getAttribute('href')) ?? '';
      const doctorId = doctorHref.replace('/doctors/', '');
      const card = page.locator('main article').filter({ has: page.locator(`a[href="${doctorHref}"]`) });
      const next = card.getByRole('link', { name: /^Ближайшее время/ });
      await expect(next).toHaveAttribute(
        'href',
        new RegExp(`^/book\\?practitioner=${doctorId}&organization=[\\da-f-]{36}&specialty=[a-z-]+$`),
      );
      await expectNoA11yViolations(page, `doctors with next times (${path})`);
    }
  });

  test('a doctor page lists the reviews with the rating in words, and says when there are none', async ({
    page,
  }) => {
    const response = await page.request.get('/api/v1/practitioners?region=77&pageSize=100');
    const { items } = (await response.json()) as { items: { id: string; reviewsCount: number }[] };
    const reviewed = items.find((doctor) => doctor.reviewsCount > 5);
    expect(reviewed, 'a Moscow doctor with more than one page of reviews').toBeDefined();
    await page.goto(`/doctors/${reviewed?.id}`);
    const reviews = page.getByRole('region', { name: 'Отзывы' });
    const ratings = reviews.getByRole('heading', { level: 3, name: /^Оценка [1-5] из 5 — / });
    await expect(ratings).toHaveCount(5);
    await expect(reviews.locator('time').first()).toHaveText(/^\d{2}\.\d{2}\.\d{4}$/);
    await expectNoA11yViolations(page, 'doctor with reviews');
    await reviews.getByRole('button', { name: 'Показать ещё' }).click();
    await expect(ratings).toHaveCount(Math.min(10, reviewed?.reviewsCount ?? 0));
    // The focus goes on to the first new review rather than staying behind.
    await expect(ratings.nth(5)).toBeFocused();

    const unreviewed = items.find((doctor) => doctor.reviewsCount === 0);
    expect(unreviewed, 'a Moscow doctor without reviews').toBeDefined();
    await page.goto(`/doctors/${unreviewed?.id}`);
    await expect(page.getByRole('region', { name: 'Отзывы' }).getByText('Отзывов пока нет')).toBeVisible();
  });
});
