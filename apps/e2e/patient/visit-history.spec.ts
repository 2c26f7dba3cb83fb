import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { expectNoA11yViolations, hasHorizontalScroll } from '../fixtures/a11y';
import { DEMO_PATIENT, logIn } from '../fixtures/demo';
import {
  attachScreenshot,
  bookFirstTime,
  chooseMoscow,
  freshPatient,
  openTimeChoice,
  timesOf,
} from '../fixtures/patient-flow';
import { fulfilledVisit } from '../fixtures/staff';

/** The demo representative (README «Demo accounts»), parent of Марина Маркова. */
const REPRESENTATIVE = { login: '+79858564359', password: DEMO_PATIENT.password };
const CHILD = 'Маркова Марина Григорьевна';

const historyTable = (page: Page) => page.getByRole('table', { name: /^История записей, страница/ });
/** Rows of the table's body (the header row has no row header cell). */
const visitRows = (page: Page) => historyTable(page).locator('tbody tr');

test.describe('[PATIENT][FAMILY]', () => {
  test('a parent books for the child: the ticket, «Мои записи» and the history name the child', async ({
    page,
  }, testInfo) => {
    await page.goto('/appointments');
    await logIn(page, REPRESENTATIVE.login, REPRESENTATIVE.password);
    await expect(page.getByRole('heading', { level: 1, name: 'Мои записи' })).toBeVisible();
    await chooseMoscow(page);
    await openTimeChoice(page, 'ophthalmologist', 'Офтальмолог');

    await page
      .getByRole('group', { name: 'Для кого запись' })
      .getByRole('radio', { name: 'Маркова Марина' })
      .check();
    await expect(timesOf(page).first()).toBeVisible();
    const { time } = await bookFirstTime(page);
    const ticket = page.getByRole('article', { name: 'Приём: Офтальмолог' });
    await expect(ticket.getByRole('definition').filter({ hasText: CHILD })).toBeVisible();
    await expectNoA11yViolations(page, 'child ticket');

    await page.getByRole('link', { name: 'Мои записи' }).click();
    const item = page.getByRole('article').filter({ hasText: CHILD });
    await expect(item).toHaveCount(1);
    await expect(item).toContainText(time);
    await expectNoA11yViolations(page, 'my appointments with a child');
    await attachScreenshot(page, testInfo, 'my-appointments-family');

    // Cancelled, the child's visit goes to the history, where the person filter finds it.
    await item.getByRole('button', { name: /^Отменить/ }).click();
    await item.getByLabel('Причина отмены').fill('Ребёнок заболел');
    await item.getByRole('button', { name: 'Да, отменить' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Запись отменена.' })).toBeVisible();
    await page.getByRole('link', { name: /^История записей/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'История записей' })).toBeVisible();
    await page.getByRole('combobox', { name: 'Пациент' }).selectOption({ label: CHILD });
    await page.getByRole('button', { name: 'Показать' }).click();
    await expect(page).toHaveURL(/patientId=/);
    await expect(visitRows(page)).not.toHaveCount(0);
    for (const row of await visitRows(page).all()) await expect(row).toContainText(CHILD);
    await expect(visitRows(page).filter({ hasText: 'Отменена пациентом' }).first()).toBeVisible();
    await expectNoA11yViolations(page, 'history of a child');
  });
});

test.describe('[PATIENT][HISTORY]', () => {
  test('filters past visits, downloads them as CSV and reviews a fulfilled one', async ({
    page,
    request,
  }, testInfo) => {
    test.setTimeout(150_000);
    await freshPatient(page.request, 'Историева');
    const me = (await (await page.request.get('/api/v1/me')).json()) as {
      patientId: string;
      csrfToken: string;
    };
    // A fulfilled visit with the demo doctor (staff API), and one the patient booked and cancelled.
    await fulfilledVisit(request, me.patientId);
    await chooseMoscow(page);
    await openTimeChoice(page, 'ophthalmologist', 'Офтальмолог');
    const { ticketUrl } = await bookFirstTime(page);
    const cancelled = await page.request.post(
      `/api/v1/appointments/${new URL(ticketUrl).pathname.split('/').pop()}/cancel`,
      { headers: { 'X-CSRF-Token': me.csrfToken }, data: { reason: 'Не смогу прийти' } },
    );
    expect(cancelled.ok(), await cancelled.text()).toBe(true);

    // The history is in the account's menu of the header.
    const header = page.getByRole('banner');
    await header.getByRole('button', { name: /Анна Историева/ }).click();
    await header.getByRole('link', { name: 'История записей' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'История записей' })).toBeVisible();
    await expect(historyTable(page)).toBeVisible();
    await expect(visitRows(page)).toHaveCount(2);
    await expect(historyTable(page).getByRole('columnheader')).toHaveText([
      'Дата и время',
      'Врач и поликлиника',
      'Пациент',
      'Статус и отзыв',
    ]);
    await expectNoA11yViolations(page, 'history');
    await attachScreenshot(page, testInfo, 'history');
    const doctors = page.getByRole('combobox', { name: 'Врач' });
    await expect(doctors.getByRole('option')).toHaveCount(3);

    // Status: fulfilled only; the results take the focus, the export follows the filters.
    await page.getByRole('combobox', { name: 'Статус' }).selectOption({ label: 'Приём состоялся' });
    await page.getByRole('button', { name: 'Показать' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Найдена 1 запись' })).toBeFocused();
    await expect(visitRows(page)).toHaveCount(1);
    await expect(visitRows(page)).toContainText('Журавлёв');
    const csvLink = page.getByRole('link', { name: 'Скачать CSV' });
    await expect(csvLink).toHaveAttribute('href', /\/api\/v1\/appointments\/export\.csv\?status=fulfilled$/);
    await expect(page.getByRole('link', { name: 'Скачать PDF' })).toHaveAttribute(
      'href',
      /export\.pdf\?status=fulfilled$/,
    );
    const download = page.waitForEvent('download');
    await csvLink.click();
    const csv = await readFile((await (await download).path()) ?? '', 'utf8');
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Дата;Время;Часовой пояс;Пациент;Специальность;Врач;Медицинская организация;Адрес;Кабинет;Статус;Код записи;Номер талона',
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('Приём состоялся');

    // A period ending before it starts: the error sits under «По дату», which takes the focus.
    await page.getByLabel('С даты').fill('2030-01-10');
    await page.getByLabel('По дату').fill('2030-01-01');
    await page.getByRole('button', { name: 'Показать' }).click();
    const to = page.getByLabel('По дату');
    await expect(to).toBeFocused();
    await expect(to).toHaveAttribute('aria-invalid', 'true');
    await expect(to).toHaveAccessibleDescription(/раньше даты «с»/);
    await expectNoA11yViolations(page, 'history filter error');
    await to.fill('2030-01-31');
    await page.getByRole('button', { name: 'Показать' }).click();
    await expect(page.getByText('Записей с такими условиями нет.')).toBeVisible();

    // Reset, then the other doctor: the cancelled visit.
    await page.getByRole('button', { name: 'Сбросить' }).click();
    await expect(visitRows(page)).toHaveCount(2);
    const otherDoctor = await doctors
      .getByRole('option')
      .filter({ hasNotText: 'Журавлёв' })
      .filter({ hasNotText: 'Все' })
      .textContent();
    await doctors.selectOption({ label: otherDoctor ?? '' });
    await page.getByRole('button', { name: 'Показать' }).click();
    await expect(visitRows(page)).toHaveCount(1);
    await expect(visitRows(page)).toContainText('Отменена пациентом');
    // A 360 px phone, and a 1280 px screen at 200 % zoom (640 CSS pixels): no sideways scroll.
    for (const width of [360, 640]) {
      await page.setViewportSize({ width, height: 740 });
      expect(await hasHorizontalScroll(page), `history at ${width} px`).toBe(false);
    }
    await page.setViewportSize({ width: 1280, height: 720 });

    // The review: from the row to the visit's form; the rating is a radio group with words.
    await page.getByRole('button', { name: 'Сбросить' }).click();
    await visitRows(page)
      .filter({ hasText: 'Приём состоялся' })
      .getByRole('link', { name: /^Оставить отзыв/ })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Сведения о приёме' })).toBeVisible();
    const rating = page.getByRole('group', { name: 'Оценка приёма' });
    await expect(rating.getByRole('radio')).toHaveCount(5);
    await page.getByRole('button', { name: 'Отправить отзыв' }).click();
    await expect(page.getByText('Выберите оценку от 1 до 5.')).toBeVisible();
    await expect(rating.getByRole('radio', { name: '5 — отлично' })).toBeFocused();
    await expectNoA11yViolations(page, 'review form');
    await rating.getByRole('radio', { name: '4 — хорошо' }).check();
    await page.getByLabel('Комментарий', { exact: true }).fill('Внимательный врач, всё объяснил.');
    await page.getByRole('button', { name: 'Отправить отзыв' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Спасибо! Отзыв сохранён.' })).toBeVisible();
    await expect(page.getByText('Ваша оценка: 4 из 5 — хорошо')).toBeVisible();
    await expect(page.getByText('Внимательный врач, всё объяснил.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Оставить отзыв' })).toHaveCount(0);
    await expectNoA11yViolations(page, 'visit with a review');
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await hasHorizontalScroll(page), 'visit at 360 px').toBe(false);
    await page.setViewportSize({ width: 1280, height: 720 });
    await attachScreenshot(page, testInfo, 'visit-review');

    await page.getByRole('main').getByRole('link', { name: 'История записей' }).click();
    await expect(visitRows(page).filter({ hasText: 'Приём состоялся' })).toContainText('Отзыв: 4 из 5');
  });
});
