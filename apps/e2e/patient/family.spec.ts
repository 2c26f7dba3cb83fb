import { expect, test } from '@playwright/test';
import { expectNoA11yViolations, hasHorizontalScroll } from '../fixtures/a11y';
import { DEMO_PATIENT, openAsDemoPatient } from '../fixtures/demo';

/** A birth certificate no test run has used: `IV-МЮ` and six time-derived digits. */
const uniqueCertificate = () => `IV-МЮ ${String(Date.now() % 1_000_000).padStart(6, '0')}`;

test.describe('[PATIENT][FAMILY]', () => {
  test('adds a child with a birth certificate, sees it listed and ends the link', async ({ page }) => {
    await openAsDemoPatient(page, '/account/family');
    await expect(page.getByRole('heading', { level: 1, name: 'Семья и представители' })).toBeVisible();
    await expect(page).toHaveTitle('Семья и представители — Талон');
    const subnav = page.getByRole('navigation', { name: 'Разделы личного кабинета' });
    await expect(subnav.getByRole('link', { name: 'Семья и представители' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expectNoA11yViolations(page, 'family');

    // Sending the empty form: errors next to the fields, the first one focused.
    await page.getByRole('button', { name: 'Добавить', exact: true }).click();
    await expect(page.getByRole('radio', { name: 'Моего ребёнка (до 18 лет)' })).toBeFocused();
    await expect(page.getByText('Выберите, кого вы добавляете.')).toBeVisible();

    await page.getByRole('radio', { name: 'Моего ребёнка (до 18 лет)' }).check();
    const form = page.getByRole('region', { name: 'Добавить ребёнка или подопечного' });
    await form.getByLabel('Фамилия').fill('Яковлева');
    await form.getByLabel('Имя', { exact: true }).fill('Вера');
    await form.getByLabel('Отчество (если есть)').fill('Олеговна');
    await form.getByLabel('Дата рождения').fill('14.06.2018');
    await form.getByRole('radio', { name: 'Женский' }).check();
    await form.getByLabel('Свидетельство о рождении').fill(uniqueCertificate());
    // The scan goes up first (`POST /api/v1/uploads`) and is attached to the new link.
    await form.getByLabel('Скан документа (если есть)').setInputFiles({
      name: 'свидетельство.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF скан')]),
    });
    await form.getByRole('button', { name: 'Добавить', exact: true }).click();

    await expect(
      page.getByRole('status').filter({ hasText: 'Добавлено: Яковлева Вера Олеговна' }),
    ).toBeVisible();
    const child = page
      .getByRole('region', { name: 'Кого вы можете записывать' })
      .getByRole('listitem')
      .filter({ hasText: 'Яковлева Вера Олеговна' });
    await expect(child).toHaveCount(1);
    await expect(child).toContainText('Ребёнок');
    await expect(child).toContainText('14.06.2018');
    await expect(child).toContainText('Действует');
    await expectNoA11yViolations(page, 'family with a child');

    // Ending is confirmed first; cancelling returns to the button.
    await child.getByRole('button', { name: /^Прекратить/ }).click();
    const confirm = child.getByRole('group', { name: /Прекратить связь/ });
    await expect(confirm).toBeVisible();
    await expectNoA11yViolations(page, 'family end confirmation');
    await page.keyboard.press('Escape');
    await expect(child.getByRole('button', { name: /^Прекратить/ })).toBeFocused();

    await child.getByRole('button', { name: /^Прекратить/ }).click();
    await child.getByRole('button', { name: 'Да, прекратить' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Связь прекращена' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Кого вы можете записывать' })).toBeFocused();
    await expect(child).toContainText('Прекращено');
    await expect(child.getByRole('button', { name: /^Прекратить/ })).toHaveCount(0);
  });

  test('consents, my data and the account sections pass axe and fit a 360 px phone', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await openAsDemoPatient(page, '/account/consents');
    const pages = [
      ['/account/consents', 'Согласия'],
      ['/account/data', 'Мои данные'],
      ['/account/family', 'Семья и представители'],
      ['/account', 'Личный кабинет'],
      ['/account/security', 'Безопасность и вход'],
    ] as const;
    for (const [path, title] of pages) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await expect(page.getByText('Загрузка…')).toHaveCount(0);
      expect(await hasHorizontalScroll(page), path).toBe(false);
      await expectNoA11yViolations(page, path);
    }
  });

  test('consents warn before revoking the personal-data consent', async ({ page }) => {
    await openAsDemoPatient(page, '/account/consents');
    const consent = page.getByRole('listitem').filter({ hasText: 'Обработка персональных данных' });
    await expect(consent.first()).toContainText('Действует');
    await consent
      .first()
      .getByRole('button', { name: /^Отозвать/ })
      .click();
    await expect(consent.first().getByRole('group')).toContainText('в течение 30 дней');
    await expectNoA11yViolations(page, 'consent revoke confirmation');
    await consent.first().getByRole('button', { name: 'Отмена' }).click();
    await expect(consent.first().getByRole('button', { name: /^Отозвать/ })).toBeFocused();
  });

  test('my data: masked identifiers, downloads and a correction request with its deadline', async ({
    page,
  }) => {
    await openAsDemoPatient(page, '/account/data');
    const card = page.getByRole('region', { name: 'Карта пациента' });
    await expect(card).toContainText('***');
    await card.getByRole('button', { name: 'Показать СНИЛС и полис полностью' }).click();
    // The full numbers ask for the password again (issue 15, item 10).
    await card.getByLabel('Текущий пароль').fill(DEMO_PATIENT.password);
    await card.getByRole('button', { name: 'Показать', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'показаны полностью' })).toBeVisible();
    await expect(card.getByRole('button', { name: 'Скрыть СНИЛС и полис' })).toBeVisible();
    await expect(card.locator('.identifier').first()).not.toContainText('*');

    const json = page.getByRole('link', { name: /Скачать в формате JSON/ });
    await expect(json).toHaveAttribute('href', '/api/v1/me/export?format=json');
    const download = page.waitForEvent('download');
    await json.click();
    expect((await download).suggestedFilename()).toMatch(/^talon-data-.*\.json$/);

    await page.getByRole('radio', { name: /Исправить неверные данные/ }).check();
    await page.getByRole('button', { name: 'Отправить обращение' }).click();
    await expect(page.getByLabel('Подробности', { exact: true })).toBeFocused();
    await page.getByLabel('Подробности', { exact: true }).fill('В карте неверный адрес: дом 12, а не 21.');
    await page.getByRole('button', { name: 'Отправить обращение' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: /Обращение отправлено\. Срок ответа/ }),
    ).toBeVisible();
    const request = page
      .getByRole('region', { name: 'Мои обращения' })
      .getByRole('listitem')
      .filter({ hasText: 'Исправление данных' });
    await expect(request.first()).toContainText('Срок ответа');
    await expectNoA11yViolations(page, 'my data');
  });
});
