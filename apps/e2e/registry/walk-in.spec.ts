import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from '../fixtures/a11y';
import { DEMO_REGISTRAR, logIn } from '../fixtures/demo';
import { uniqueSnils } from '../fixtures/identity';
import { bookTherapistWithException, printTicket, spyOnPrint } from '../fixtures/registry-desk';
import { confirmStaffTotp } from '../fixtures/staff';

test.describe('[REGISTRY][WALK-IN]', () => {
  test('the registrar registers a person without phone or e-mail, books and prints the ticket', async ({
    page,
  }) => {
    test.setTimeout(150_000);
    await spyOnPrint(page);
    await page.goto('/registry');
    await logIn(page, DEMO_REGISTRAR.login, DEMO_REGISTRAR.password);
    // Another spec may have just used this 30-second code of the registrar: then it waits for the next one.
    await confirmStaffTotp(page, /\/registry$/);

    await page.getByRole('link', { name: 'Новый пациент' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Регистрация пациента' })).toBeVisible();
    // A SNILS with wrong check digits is refused by the server next to its field.
    const snils = uniqueSnils();
    const badSnils = `${snils.slice(0, -1)}${(Number(snils.at(-1)) + 1) % 10}`;
    await page.getByLabel('Фамилия').fill('Кузнецова');
    await page.getByLabel('Имя', { exact: true }).fill('Прасковья');
    await page.getByLabel('Отчество (если есть)').fill('Ильинична');
    await page.getByLabel('Дата рождения').fill('14.02.1941');
    await page.getByRole('radio', { name: 'Женский' }).check();
    await page.getByLabel('СНИЛС').fill(badSnils);
    await page.getByLabel('Паспорт: серия и номер').fill('45 03 123456');
    await page.getByRole('button', { name: 'Зарегистрировать' }).click();
    await expect(page.getByLabel('СНИЛС')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText(/Контрольн.* СНИЛС/)).toBeVisible();
    await expectNoA11yViolations(page, 'registry walk-in form');
    await page.getByLabel('СНИЛС').fill(snils);
    await page.getByRole('button', { name: 'Зарегистрировать' }).click();

    // The new person's page: no phone, no e-mail; then the desk's keyboard booking.
    await expect(page).toHaveURL(/\/registry\/patients\/[0-9a-f-]{36}$/);
    await expect(
      page.getByRole('heading', { level: 1, name: /Кузнецова Прасковья Ильинична/ }),
    ).toBeVisible();
    // Attached nowhere yet, a therapist needs the desk's exception with a reason (rule 5a).
    await bookTherapistWithException(page, 'Первичное обращение без прикрепления');
    await printTicket(page);

    // The same SNILS again: the desk offers the card on file instead of a second one.
    await page.goto('/registry/patients/new');
    await page.getByLabel('Фамилия').fill('Кузнецова');
    await page.getByLabel('Имя', { exact: true }).fill('Прасковья');
    await page.getByLabel('Дата рождения').fill('14.02.1941');
    await page.getByRole('radio', { name: 'Женский' }).check();
    await page.getByLabel('СНИЛС').fill(snils);
    await page.getByLabel('Паспорт: серия и номер').fill('45 03 123456');
    await page.getByRole('button', { name: 'Зарегистрировать' }).click();
    await page.getByRole('link', { name: 'Открыть его страницу' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /Кузнецова Прасковья/ })).toBeVisible();

    // Attached nowhere: the desk attaches her to its clinic at once (issue 13 item 2).
    await page.getByRole('button', { name: 'Прикрепить к поликлинике' }).click();
    await expect(page.getByLabel('Участок (необязательно)')).toBeFocused();
    await page.keyboard.type('7');
    await page.getByLabel('Причина').fill('Заявление подписано в регистратуре');
    await expectNoA11yViolations(page, 'registry desk attachment');
    await page.getByRole('button', { name: 'Прикрепить', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Пациент прикреплён' })).toBeAttached();
    await expect(page.getByRole('button', { name: 'Прикрепить к поликлинике' })).toHaveCount(0);
  });
});
