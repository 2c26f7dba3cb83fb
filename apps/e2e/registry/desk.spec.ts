import { expect, type Page, test } from '@playwright/test';
import { expectNoA11yViolations } from '../fixtures/a11y';
import { DEMO_PATIENT, DEMO_REGISTRAR, logIn } from '../fixtures/demo';
import { confirmStaffTotp } from '../fixtures/staff';

/** Counts `window.print()` calls instead of opening the browser's print dialog. */
async function spyOnPrint(page: Page) {
  await page.addInitScript(() => {
    const counter = window as unknown as { printed: number };
    counter.printed = 0;
    window.print = () => {
      counter.printed += 1;
    };
  });
}

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

    // The only person with that phone opens at once; «З» (the key of Latin P) starts the booking.
    await expect(page).toHaveURL(/\/registry\/patients\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('button', { name: /^Записать/ })).toBeVisible();
    await page.keyboard.press('KeyP');
    await expect(page.getByLabel('Специальность')).toBeFocused();
    await page.keyboard.type('терапевт');
    await page.keyboard.press('Enter');

    // The first free time of the first day has the focus; Enter takes it. The demo patient is attached to
    // another clinic, so a therapist here is refused: the desk overrides the rule with a reason (rule 5a),
    // the reason field has the focus and Enter books.
    const firstTime = page.locator('.registry-desk__time[data-grid-index="0"]');
    await expect(firstTime).toBeFocused();
    await page.keyboard.press('Enter');
    const reason = page.getByLabel('Причина исключения');
    await expect(reason).toBeFocused();
    await page.keyboard.type('Звонок в регистратуру: острая боль');
    await page.keyboard.press('Enter');
    const booked = page.getByRole('heading', { level: 2, name: /^Записан, талон № / });
    await expect(booked).toBeVisible();
    const seconds = (Date.now() - started) / 1000;
    // The issue asks the browser test to print the measured time (a figure, not an assertion: the goal of under
    // a minute is read from the output, as benchmarks are).
    console.info(`[REGISTRY][PHONE-CALL] booked in ${seconds.toFixed(1)} s`);

    // «Печать талона» has the focus: Enter prints the ticket.
    await expect(page.getByRole('button', { name: 'Печать талона' })).toBeFocused();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await expect(page.getByRole('img', { name: 'QR-код талона для отметки о приходе' })).toBeVisible();
    await expectNoA11yViolations(page, 'registry patient, booked');

    // The visit is in the person's list at the desk's clinics.
    await expect(
      page.getByRole('region', { name: 'Записи в поликлиниках регистратуры' }).getByText('Записан').first(),
    ).toBeVisible();
  });
});
