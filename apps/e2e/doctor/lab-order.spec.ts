import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from '../fixtures/a11y';
import { moscowDay } from '../fixtures/demo';
import { bookedVisit, DEMO_NURSE_LOGIN, doctorFacts, logInAsDemoDoctor } from '../fixtures/staff';

interface ScheduleItem {
  patient: { id: string; fullName: string };
}

test.describe('[DOCTOR][LAB]', () => {
  test('the demo doctor orders a panel from a visit, the demo nurse enters an out-of-range value, the doctor reviews it on «Главная»', async ({
    page,
    browser,
  }) => {
    // Two staff logins with TOTP: a code may have to wait for the next 30-second step.
    test.setTimeout(240_000);
    await logInAsDemoDoctor(page);

    // A fresh visit for a patient of the doctor's day (in care at the doctor's clinic).
    const schedule = await page.request.get(`/api/v1/practitioner/appointments?date=${moscowDay()}&view=day`);
    expect(schedule.ok(), await schedule.text()).toBe(true);
    const { patient } = ((await schedule.json()) as { items: ScheduleItem[] }).items[0]!;
    const appointmentId = await bookedVisit(
      page.request,
      patient.id,
      await doctorFacts(page.request),
      'Браузерный тест: назначение анализов',
    );
    await page.goto(`/doctor/patients/${patient.id}/visit?appointmentId=${appointmentId}`);
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1, name: 'Приём пациента' })).toBeVisible();

    // «Назначить анализы»: the lipid panel found by words, urgent, with a note; chosen with the keyboard.
    const orderForm = main.getByRole('form', { name: 'Назначить анализы' });
    await orderForm.getByLabel('Найти исследование').fill('липидный');
    const panel = orderForm.getByRole('checkbox', { name: /^Липидный профиль/ });
    await panel.focus();
    await page.keyboard.press('Space');
    await expect(panel).toBeChecked();
    await expect(orderForm.getByRole('heading', { name: 'Выбрано: 1' })).toBeVisible();
    await orderForm.getByRole('radio', { name: 'Срочно' }).check();
    await orderForm.getByLabel('Примечание для медсестры').fill('Натощак');
    await expectNoA11yViolations(page, 'visit with the lab order form');
    await orderForm.getByRole('button', { name: 'Назначить', exact: true }).click();
    const orders = main.getByRole('region', { name: 'Анализы' });
    const ordered = orders.getByRole('listitem').filter({ hasText: 'Липидный профиль' });
    await expect(ordered).toContainText('Статус: Назначен');
    const number = /Направление № (\S+)/.exec((await ordered.textContent()) ?? '')?.[1] ?? '';
    expect(number).toMatch(/^\d{8}-[0-9A-F]{8}$/);
    await expect(ordered.getByRole('button', { name: `Отменить направление № ${number}` })).toBeVisible();

    // The demo nurse, in her own browser: «Анализы» (Ctrl+7) lists the order; she enters the results.
    const nurseContext = await browser.newContext({ baseURL: test.info().project.use.baseURL });
    const nurse = await nurseContext.newPage();
    await logInAsDemoDoctor(nurse, DEMO_NURSE_LOGIN);
    await expect(nurse.getByRole('heading', { level: 1, name: 'Главная' })).toBeVisible();
    await nurse.keyboard.press('Control+7');
    await expect(nurse).toHaveURL(/\/doctor\/labs$/);
    await expect(nurse.getByRole('heading', { level: 1, name: 'Анализы к выполнению' })).toBeVisible();
    await expectNoA11yViolations(nurse, 'lab orders to do');
    await nurse.getByRole('link', { name: `Ввести результаты по направлению № ${number}` }).click();
    const results = nurse.getByRole('form', { name: `Результаты по направлению № ${number}` });
    await expect(results.getByLabel('Холестерин общий: единица измерения')).toHaveValue('mmol/L');
    // A missing value is refused beside its field, before anything is sent.
    await results.getByRole('button', { name: 'Сохранить результаты' }).click();
    await expect(results.getByLabel('Холестерин общий: значение')).toBeFocused();
    await expect(results.getByText('Укажите значение').first()).toBeVisible();
    await results.getByLabel('Холестерин общий: значение').fill('7,8');
    await results.getByLabel('Холестерин общий: норма до').fill('5,2');
    await results.getByLabel('Триглицериды: значение').fill('1,2');
    await results.getByLabel('Холестерин липопротеинов высокой плотности (ЛПВП): значение').fill('1,4');
    await results.getByLabel('Холестерин липопротеинов низкой плотности (ЛПНП): значение').fill('2,6');
    await expectNoA11yViolations(nurse, 'lab result form');
    await results.getByRole('button', { name: 'Сохранить результаты' }).click();
    await expect(
      nurse.getByRole('status').filter({ hasText: `Результаты по направлению № ${number} сохранены` }),
    ).toBeVisible();
    await nurseContext.close();

    // The doctor's «Главная»: the result waits for review, out of range marked; the badge counts it.
    await page.goto('/doctor');
    const task = page.getByRole('region', { name: 'Результаты к просмотру' });
    const waiting = task
      .getByRole('listitem')
      .filter({ hasText: patient.fullName })
      .filter({ hasText: 'вне нормы' });
    await expect(waiting.first()).toContainText('1 показатель вне нормы');
    await expect(waiting.first()).toContainText('выше нормы');
    await expect(task).toContainText(/\d+ результат\S* жд\S+ просмотра/);
    const nav = page.getByRole('navigation', { name: 'Разделы кабинета' });
    await expect(nav.getByRole('link', { name: /^Анализы, \d+ результат\S* к просмотру$/ })).toBeVisible();
    await expectNoA11yViolations(page, 'doctor home with results to review');
    const before = await waiting.count();
    await waiting
      .first()
      .getByRole('button', { name: /^Просмотрено: / })
      .click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Результат отмечен как просмотренный.' }),
    ).toBeVisible();
    await expect(waiting).toHaveCount(before - 1);
  });
});
