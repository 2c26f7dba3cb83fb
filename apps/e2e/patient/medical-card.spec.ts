import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { expectNoA11yViolations, hasHorizontalScroll } from '../fixtures/a11y';
import { DEMO_REPRESENTATIVE, logIn, openAsDemoPatient } from '../fixtures/demo';
import { attachScreenshot } from '../fixtures/patient-flow';

test.describe('[PATIENT][CARD]', () => {
  test('the demo patient reads the card: a result above its range in words, its trend, the discharge summary PDF, orders a vaccination certificate and downloads it; a parent switches to the ward', async ({
    page,
    browser,
    context,
  }, testInfo) => {
    // One journey (CI time is limited): home, eight tabs, a trend, downloads, a certificate, offline and the ward.
    test.setTimeout(150_000);
    await openAsDemoPatient(page, '/card');
    const main = page.getByRole('main');

    // The logged-in home: next visits, new results, the card's sections; the cabinet search finds «прививки».
    await page.goto('/');
    await expect(main.getByRole('heading', { level: 1, name: /^Здравствуйте, / })).toBeVisible();
    await expect(main.getByRole('heading', { level: 2, name: 'Ближайшие приёмы' })).toBeVisible();
    await expect(main.getByRole('heading', { level: 2, name: 'Новые результаты анализов' })).toBeVisible();
    await expectNoA11yViolations(page, 'patient-home');
    const search = main.getByRole('combobox', { name: 'Поиск по кабинету' });
    await search.fill('полис');
    await expect(main.getByRole('option', { name: 'Полис ОМС' })).toBeVisible();
    await search.fill('прививки');
    await search.press('ArrowDown');
    await expect(main.getByRole('option', { name: 'Прививки' })).toHaveAttribute('aria-selected', 'true');
    await search.press('Enter');
    await expect(page).toHaveURL(/\/card\/immunizations$/);
    await page.goto('/card');
    await expect(main.getByRole('heading', { level: 1, name: 'Медицинская карта' })).toBeVisible();
    const tabs = main.getByRole('navigation', { name: 'Разделы медицинской карты' });
    for (const tab of [
      'Обзор',
      'Приёмы',
      'Диагнозы',
      'Анализы',
      'Документы',
      'Рецепты',
      'Прививки',
      'Полис ОМС',
    ]) {
      await expect(tabs.getByRole('link', { name: tab, exact: true })).toBeVisible();
    }
    await expect(main.getByRole('heading', { level: 3, name: 'Результаты вне нормы' })).toBeVisible();
    await expectNoA11yViolations(page, 'card-overview');

    // «Анализы», keyboard only: the table with the range and the marker in words.
    await tabs.getByRole('link', { name: 'Анализы', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/card\/labs$/);
    const table = main.getByRole('table', { name: /^Последний результат каждого показателя/ });
    const above = table.getByRole('row').filter({ hasText: 'выше нормы' }).first();
    await expect(above).toBeVisible();
    const analyte = (await above.getByRole('rowheader').textContent())?.trim() ?? '';
    expect(analyte).not.toBe('');
    await expect(above.getByRole('cell').nth(1)).toHaveText(/\d/); // the range beside the value
    await expectNoA11yViolations(page, 'card-labs');

    // Its trend: the chart with the band, and the same values as a table.
    await above.getByRole('link', { name: `Динамика: ${analyte}` }).click();
    await expect(page).toHaveURL(/\/card\/labs\?analyte=/);
    const trend = main.getByRole('region', { name: `Динамика: ${analyte}` });
    await expect(trend.getByRole('heading', { level: 3 })).toBeFocused();
    await expect(trend.locator('figure canvas').first()).toBeVisible();
    await expect(trend.locator('figcaption')).toContainText('Светлая полоса — норма');
    const points = trend.getByRole('table', { name: `Все результаты: ${analyte}, сначала новые` });
    expect(await points.getByRole('row').count()).toBeGreaterThan(2);
    await expect(points.getByText('выше нормы').first()).toBeVisible();
    await expectNoA11yViolations(page, 'card-trend');
    await attachScreenshot(page, testInfo, 'card-trend');

    // A phone: 360 px wide, no sideways scroll, still axe-clean.
    await page.setViewportSize({ width: 360, height: 740 });
    await expect(trend.locator('figure canvas').first()).toBeVisible();
    // The chart follows the new width a frame or two later (its resize observer): on a busy machine the first
    // look may still see the 1280 px canvas.
    await expect.poll(() => hasHorizontalScroll(page)).toBe(false);
    await expectNoA11yViolations(page, 'card-trend-360');
    await attachScreenshot(page, testInfo, 'card-trend-360');
    await page.setViewportSize({ width: 1280, height: 800 });

    // «Документы»: the discharge summary's PDF.
    await tabs.getByRole('link', { name: 'Документы', exact: true }).click();
    const download = main.getByRole('link', { name: /^Скачать PDF: Выписной эпикриз/ }).first();
    await expect(download).toBeVisible();
    const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
    const bytes = await readFile((await file.path()) ?? '');
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await expectNoA11yViolations(page, 'card-documents');

    // From the documents tab to «Мои документы»: orders a vaccination certificate and downloads it.
    await main.getByRole('link', { name: 'Заказать справку или выписку' }).click();
    await expect(page).toHaveURL(/\/documents$/);
    await main.getByLabel('Документ', { exact: true }).selectOption({ label: 'Сертификат о прививках' });
    await main.getByRole('button', { name: 'Заказать' }).click();
    await expect(
      main.getByRole('status').filter({ hasText: /^Документ № СПР-\d{4}-\d{6} готов/ }),
    ).toBeVisible();
    const certificate = main
      .getByRole('listitem')
      .filter({ hasText: 'Сертификат о прививках' })
      .first()
      .getByRole('link', { name: /^Скачать PDF № СПР-/ });
    const [ordered] = await Promise.all([page.waitForEvent('download'), certificate.click()]);
    expect((await readFile((await ordered.path()) ?? '')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await page.goto('/card/documents');

    // The other tabs read their parts of the record.
    await tabs.getByRole('link', { name: 'Прививки', exact: true }).click();
    await expect(main.getByRole('table', { name: 'Прививки, сначала новые' })).toBeVisible();
    await tabs.getByRole('link', { name: 'Полис ОМС', exact: true }).click();
    await expect(main.getByRole('heading', { level: 3, name: /^Полис ОМС / }).first()).toBeVisible();
    await expectNoA11yViolations(page, 'card-coverage');

    // Read once online, the card opens offline (the service worker keeps the record's answers).
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.goto('/card/labs');
    await expect(table.getByText('выше нормы').first()).toBeVisible();
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByText('Нет связи — показаны сохранённые данные')).toBeVisible();
    await expect(table.getByRole('rowheader', { name: analyte })).toBeVisible();
    await context.setOffline(false);

    // A parent switches to the ward's card; the choice is in the address, so a link shares it.
    const parent = await browser.newContext();
    const parentPage = await parent.newPage();
    await parentPage.goto('/card');
    await logIn(parentPage, DEMO_REPRESENTATIVE.login, DEMO_REPRESENTATIVE.password);
    await expect(parentPage.getByRole('heading', { level: 1, name: 'Медицинская карта' })).toBeVisible();
    const whose = parentPage.getByLabel('Чья карта');
    const wardOption = whose.getByRole('option', { name: new RegExp(`^${DEMO_REPRESENTATIVE.ward}`) });
    await whose.selectOption({ label: (await wardOption.textContent()) ?? '' });
    await expect(parentPage).toHaveURL(/\/card\?patientId=[0-9a-f-]{36}$/);
    await parentPage.getByRole('link', { name: 'Прививки', exact: true }).click();
    await expect(parentPage).toHaveURL(/\/card\/immunizations\?patientId=/);
    await expect(parentPage.getByRole('table', { name: 'Прививки, сначала новые' })).toBeVisible();
    await expectNoA11yViolations(parentPage, 'card-ward');
    await parent.close();
  });
});
