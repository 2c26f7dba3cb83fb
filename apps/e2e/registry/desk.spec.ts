import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from '../fixtures/a11y';
import { DEMO_PATIENT, DEMO_REGISTRAR, logIn } from '../fixtures/demo';
import { bookTherapistWithException, printTicket, spyOnPrint } from '../fixtures/registry-desk';
import { confirmStaffTotp } from '../fixtures/staff';

test.describe('[REGISTRY][PHONE-CALL]', () => {
  test('the registrar finds a caller by phone, books a therapist with the keyboard only and prints the ticket', async ({
    page,
  }) => {
    await spyOnPrint(page);
    await page.goto('/registry');
    await logIn(page, DEMO_REGISTRAR.login, DEMO_REGISTRAR.password);
    // The code of this 30-second step may have been taken by the spec before: wait for the next one then.
    await confirmStaffTotp(page, /\/registry$/);

    // The empty screen: the search field has the focus. From here on only the keyboard.
    const search = page.getByLabel('СНИЛС, полис ОМС, телефон или «фамилия дд.мм.гггг»');
    await expect(search).toBeFocused();
    await expectNoA11yViolations(page, 'registry desk');
    const started = Date.now();
    await page.keyboard.type(DEMO_PATIENT.login);
    await page.keyboard.press('Enter');

    // The only person with that phone opens at once, ready for the keyboard booking. The demo patient is
    // attached to another clinic, so a therapist here is refused: the desk overrides the rule with a reason.
    await expect(page).toHaveURL(/\/registry\/patients\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('button', { name: /^Записать/ })).toBeVisible();
    await bookTherapistWithException(page, 'Звонок в регистратуру: острая боль');
    const seconds = (Date.now() - started) / 1000;
    // The issue asks the browser test to print the measured time (a figure, not an assertion: the goal of under
    // a minute is read from the output, as benchmarks are).
    console.info(`[REGISTRY][PHONE-CALL] booked in ${seconds.toFixed(1)} s`);

    await printTicket(page);
    await expect(page.getByRole('img', { name: 'QR-код талона для отметки о приходе' })).toBeVisible();
    // The caller's waitlist and representatives (names and relation only) load on the page, checked by axe too.
    await expect(
      page.getByRole('region', { name: 'Лист ожидания' }).getByText(/Пациент не стоит|Подписки пациента/),
    ).toBeVisible();
    await expect(
      page.getByRole('region', { name: 'Представители и подопечные' }).getByText(/^Законн/),
    ).toBeVisible();
    await expectNoA11yViolations(page, 'registry patient, booked');

    // The visit is in the person's list at the desk's clinics.
    await expect(
      page.getByRole('region', { name: 'Записи в поликлиниках регистратуры' }).getByText('Записан').first(),
    ).toBeVisible();
  });
});
