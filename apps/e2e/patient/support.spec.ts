import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from '../fixtures/a11y';
import { DEMO_REGISTRAR, logIn, openAsDemoPatient } from '../fixtures/demo';
import { PNG } from '../fixtures/files';
import { confirmStaffTotp } from '../fixtures/staff';

test.describe('[PATIENT][SUPPORT]', () => {
  test('searches the FAQ, files a ticket with a screenshot, sees the operator’s answer arrive live and closes the ticket', async ({
    page,
    browser,
  }) => {
    await openAsDemoPatient(page, '/appointments');
    await page
      .getByRole('navigation', { name: 'Основная навигация' })
      .getByRole('link', { name: 'Помощь' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Помощь' })).toBeVisible();

    // The FAQ, searched by words in another form than the article's («отмена записи» → «отменить»).
    await page.getByLabel('Поиск по справке').fill('отмена записи');
    await page.getByLabel('Поиск по справке').press('Enter');
    const article = page.getByRole('listitem').filter({ hasText: 'Как отменить или перенести запись' });
    await expect(article).toBeVisible();
    await article.getByText('Как отменить или перенести запись').click();
    await expect(article.getByText('Мои записи')).toBeVisible();
    await expectNoA11yViolations(page, 'help with an article open');

    // The feedback form: a topic, the clinic (one of the patient's), the text, a screenshot; the ticket
    // opens with its number.
    const subject = `Не открывается талон ${Date.now() % 100_000}`;
    await page.getByLabel('Тема', { exact: true }).selectOption({ label: 'Запись к врачу' });
    await page.getByLabel('Поликлиника, если вопрос о ней').selectOption({ index: 1 });
    await page.getByLabel('Кратко о вопросе').fill(subject);
    await page.getByLabel('Опишите вопрос').fill('Нажимаю «Талон» в моих записях — ничего не происходит.');
    await page
      .getByLabel('Снимок экрана')
      .setInputFiles({ name: 'screen.png', mimeType: 'image/png', buffer: PNG });
    await page.getByRole('button', { name: 'Отправить', exact: true }).click();
    const heading = page.getByRole('heading', { level: 1, name: /^Обращение ОБ-\d{4}-\d{6}$/ });
    await expect(heading).toBeVisible();
    const number = ((await heading.textContent()) ?? '').replace('Обращение ', '');
    await expect(page.getByTestId('support-status')).toHaveText('Новое');

    // The operator, in a browser of their own: signs in with the second factor, finds the ticket in the
    // queue, takes it and answers.
    const operatorContext = await browser.newContext({ locale: 'ru-RU', timezoneId: 'Europe/Moscow' });
    const desk = await operatorContext.newPage();
    await desk.setViewportSize({ width: 1024, height: 768 });
    await desk.goto('/login?next=/support');
    await logIn(desk, 'support@demo.talon.local', DEMO_REGISTRAR.password);
    await confirmStaffTotp(desk, /\/support$/);
    await expect(desk.getByRole('heading', { level: 1, name: 'Поддержка' })).toBeVisible();
    // The demo's past tickets fill both periods of the response times.
    const metrics = desk.getByRole('region', { name: 'Время ответа' });
    await expect(metrics.getByRole('columnheader', { name: 'Последние 30 дней' })).toBeVisible();
    await expect(metrics.getByRole('row', { name: /Первый ответ/ })).toContainText('ч');
    // The operator writes a canned answer on the desk, then starts the answer from it.
    const answer = 'Обновите приложение: талон открывается в новой вкладке.';
    const cannedTitle = `Талон не открывается ${Date.now() % 100_000}`;
    await desk.getByLabel('Название', { exact: true }).fill(cannedTitle);
    await desk.getByLabel('Текст ответа', { exact: true }).fill(answer);
    await desk.getByRole('button', { name: 'Добавить шаблон' }).click();
    await expect(
      desk.getByRole('status').filter({ hasText: `Шаблон «${cannedTitle}» добавлен.` }),
    ).toBeVisible();
    await desk.getByLabel('Статус', { exact: true }).selectOption({ label: 'Новое' });
    await desk.getByRole('link', { name: number }).click();
    await expect(desk.getByText(subject)).toBeVisible();
    await expect(desk.getByRole('link', { name: 'Вложение 1' })).toBeVisible();
    await desk.getByRole('button', { name: 'Взять в работу' }).click();
    await expect(desk.getByTestId('support-status')).toHaveText('В работе');
    await expectNoA11yViolations(desk, 'the operator’s ticket');
    await desk.getByLabel('Шаблон ответа').selectOption({ label: cannedTitle });
    await expect(desk.getByLabel('Ответ', { exact: true })).toHaveValue(answer);
    await desk.getByRole('button', { name: 'Отправить ответ' }).click();
    await expect(desk.getByTestId('support-status')).toHaveText('Ожидает ответа');

    // The patient's open page receives the answer live (no reload) and the new stage.
    await expect(page.getByRole('log').getByText(answer)).toBeVisible({ timeout: 15_000 });
    await expect(page.getByTestId('support-status')).toHaveText('Ожидает ответа');
    await page.getByRole('button', { name: 'Закрыть обращение' }).click();
    await expect(page.getByTestId('support-status')).toHaveText('Закрыто');
    await expect(page.getByRole('status').filter({ hasText: 'Обращение закрыто' })).toBeVisible();
    await expectNoA11yViolations(page, 'a closed ticket');
    await operatorContext.close();
  });
});
