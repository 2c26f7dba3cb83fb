import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from '../fixtures/a11y';
import { DEMO_PATIENT, DEMO_REGISTRAR, logIn, openAsDemoPatient } from '../fixtures/demo';
import { bookedVisit, confirmStaffTotp, DEMO_DOCTOR_LOGIN, doctorFacts } from '../fixtures/staff';

/**
 * The doctor's day (issue 12) as one journey: the cabinet, the schedule and the next arrived patient, whose
 * follow-up visit the doctor books from the visit page (channel `doctor`); then the visit record of the demo
 * patient with its diagnosis and prescription, dispensed live, finished and amended, as the patient sees it.
 */
test.describe('[DOCTOR][DAY]', () => {
  test('the demo doctor logs in with TOTP, opens «Расписание» with Ctrl+3 and the next arrived patient’s card by keyboard, starts the visit and books the follow-up; writes a visit from the template, adds I10 by words with the keyboard, signs and sends a prescription (seen dispensed live), finishes and amends it; the patient sees them in the card', async ({
    page,
    browser,
    request,
  }) => {
    // A code may have to wait for the next 30-second step; a server just started may still shed load.
    test.setTimeout(300_000);
    await page.setViewportSize({ width: 1024, height: 768 });
    await expect(async () => {
      await page.goto('/login');
      await expect(page.getByLabel('Телефон, электронная почта или СНИЛС')).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 60_000 });
    await logIn(page, DEMO_DOCTOR_LOGIN, DEMO_REGISTRAR.password);
    await expect(page.getByRole('heading', { level: 2, name: 'Подтверждение входа' })).toBeFocused();
    await confirmStaffTotp(page, /\/doctor$/);

    // Doctors land in their cabinet: «Главная» with today's visits.
    await expect(page).toHaveURL(/\/doctor$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Главная' })).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'Разделы кабинета' });
    await expect(nav.getByRole('link', { name: /^Главная/ })).toHaveAttribute('aria-current', 'page');
    // The active section is marked by more than its attribute: a bold label in a list without bullets (a lost
    // stylesheet once left a bare bulleted list).
    await expect(nav.getByRole('listitem').first()).toHaveCSS('list-style-type', 'none');
    await expect(nav.getByRole('link', { name: /^Главная/ })).toHaveCSS('font-weight', '700');
    await expect(page.getByRole('table', { name: 'Приёмы сегодня' })).toBeVisible();
    await expectNoA11yViolations(page, 'doctor home');

    // «Клавиши»: the visible help lists the keys; Escape closes it.
    await page.getByRole('button', { name: 'Клавиши' }).click();
    const help = page.getByRole('dialog', { name: 'Клавиши кабинета' });
    await expect(help).toBeVisible();
    await expect(help).toContainText('Открыть раздел «Расписание»');
    await expectNoA11yViolations(page, 'keyboard help');
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();

    // Ctrl+3 opens «Расписание»; the schedule's badge names the patients waiting.
    await page.keyboard.press('Control+3');
    await expect(page).toHaveURL(/\/doctor\/schedule$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Расписание' })).toBeVisible();
    const scheduleLink = nav.getByRole('link', { name: /^Расписание, \d+ пациент/ });
    await expect(scheduleLink).toHaveAttribute('aria-current', 'page');
    const visits = page.getByRole('table', { name: /^Приёмы: / });
    await expect(visits).toBeVisible();
    await expect(visits.getByRole('row').filter({ hasText: 'Пациент пришёл' }).first()).toBeVisible();
    await expectNoA11yViolations(page, 'doctor schedule');

    // The next arrived patient: the keyboard reaches «Открыть карту» and Enter opens the card.
    const openCard = page.getByRole('link', { name: /^Открыть карту: / });
    const name = ((await openCard.textContent()) ?? '').replace('Открыть карту: ', '').trim();
    await openCard.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/doctor\/patients\/[0-9a-f-]{36}\?appointmentId=[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(nav.getByRole('link', { name: /^Карты пациентов/ })).toHaveAttribute('aria-current', 'page');
    // The whole record of the medical-record issue, behind the care relation.
    await page.getByRole('link', { name: 'Приёмы', exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Приёмы' })).toBeVisible();
    await expectNoA11yViolations(page, 'patient card');

    const [, patientId, appointmentId] =
      /\/doctor\/patients\/([0-9a-f-]{36})\?.*appointmentId=([0-9a-f-]{36})/.exec(page.url()) ?? [];
    await page.getByRole('button', { name: 'Начать приём' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(
      new RegExp(`/doctor/patients/${patientId}/visit\\?appointmentId=${appointmentId}$`),
    );
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 1, name: 'Приём пациента' })).toBeVisible();

    // The follow-up (channel `doctor`): the clinic's therapists, the desk's keyboard-first choice — the
    // specialty and Enter, the first time focused and Enter, «Записать» focused once the time is held.
    await main.getByRole('button', { name: 'Записать на повторный приём' }).click();
    await expect(main.getByRole('heading', { level: 2, name: 'Повторный приём' })).toBeVisible();
    await expect(main.getByLabel('Специальность')).toBeFocused();
    await page.keyboard.type('терапевт');
    await page.keyboard.press('Enter');
    await expect(main.locator('.registry-desk__time[data-grid-index="0"]')).toBeFocused();
    await expectNoA11yViolations(page, 'follow-up times');
    await page.keyboard.press('Enter');
    await expect(main.getByRole('button', { name: 'Записать', exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(
      main.getByRole('status').filter({ hasText: /^Пациент записан на повторный приём: .+, талон № / }),
    ).toBeVisible();

    // A follow-up may be a video visit: «Видеоприём» leaves only video times (the demo doctor's video
    // schedule), each marked «видео».
    await main.getByRole('button', { name: 'Записать на повторный приём' }).click();
    await page.keyboard.type('терапевт');
    await page.keyboard.press('Enter');
    await expect(main.locator('.registry-desk__time[data-grid-index="0"]')).toBeFocused();
    await main.getByRole('checkbox', { name: 'Видеоприём' }).check();
    const videoTimes = main.locator('.registry-desk__time');
    await expect(videoTimes.first()).toContainText('видео');
    for (const text of await videoTimes.allTextContents()) expect(text).toContain('видео');
    await main
      .locator('.registry-desk__booking')
      .getByRole('button', { name: 'Отмена', exact: true })
      .click();

    // The demo patient's visit (Анна Яковлева), booked with the demo doctor.
    const patientLogin = await request.post('/api/v1/auth/login', {
      data: { login: DEMO_PATIENT.login, password: DEMO_PATIENT.password, tokenType: 'bearer' },
    });
    expect(patientLogin.ok(), await patientLogin.text()).toBe(true);
    const patientToken = ((await patientLogin.json()) as { token: string }).token;
    const { patientId: demoPatientId } = (await (
      await request.get('/api/v1/me', { headers: { authorization: `Bearer ${patientToken}` } })
    ).json()) as { patientId: string };

    const demoVisitId = await bookedVisit(request, demoPatientId, await doctorFacts(page.request));

    const visitUrl = `/doctor/patients/${demoPatientId}/visit?appointmentId=${demoVisitId}`;
    await page.goto(visitUrl);
    await expect(main.getByRole('heading', { level: 1, name: 'Приём пациента' })).toBeVisible();
    await expect(main.getByText('Черновик: записи сохраняются автоматически')).toBeVisible();

    // The specialty's template fills the empty sections; the doctor completes them; the draft saves itself.
    await main.getByRole('button', { name: 'Заполнить по шаблону' }).click();
    const examination = main.getByLabel('Объективный осмотр');
    await expect(examination).toHaveValue(/Общее состояние удовлетворительное/);
    const complaints = main.getByLabel('Жалобы');
    await complaints.fill('Жалобы на головную боль в затылочной области, повышение АД до 160/95 мм рт. ст.');
    await main.getByLabel('Заключение').fill('Артериальная гипертензия, впервые выявленная.');
    await expect(main.getByRole('status').filter({ hasText: /^Сохранено в \d{2}:\d{2}$/ })).toBeVisible();
    await expectNoA11yViolations(page, 'visit record');

    // Nothing is lost on a reload: the page resumes the appointment's draft.
    await page.reload();
    await expect(main.getByLabel('Жалобы')).toHaveValue(/головную боль в затылочной области/);

    // ICD-10 by words, chosen with the keyboard.
    const diagnosis = main.getByRole('combobox', { name: 'Найти диагноз' });
    await diagnosis.fill('гипертония');
    const icd10 = main.getByRole('listbox', { name: 'Найти диагноз' }).getByRole('option');
    await expect(icd10.first()).toContainText('I10');
    await diagnosis.press('ArrowDown');
    await expect(icd10.first()).toHaveAttribute('aria-selected', 'true');
    await expect(diagnosis).toHaveAttribute(
      'aria-activedescendant',
      (await icd10.first().getAttribute('id')) ?? '',
    );
    await diagnosis.press('Enter');
    const diagnoses = main.getByRole('region', { name: 'Диагнозы (МКБ-10)' });
    await expect(diagnoses.getByRole('listitem').filter({ hasText: 'I10' })).toContainText(
      'Эссенциальная [первичная] гипертензия',
    );
    await expect(diagnoses.getByLabel('Вид диагноза I10')).toHaveValue('primary');
    await expect(main.getByRole('status').filter({ hasText: /^Сохранено в / })).toBeVisible();

    // A prescription: the medicine by МНН, its form and dose, the dosage and quantity; signed, then sent.
    const medicine = main.getByRole('combobox', { name: 'Лекарственный препарат' });
    await medicine.fill('амлодипин');
    await expect(
      main.getByRole('listbox', { name: 'Лекарственный препарат' }).getByRole('option').first(),
    ).toContainText('Амлодипин');
    await medicine.press('ArrowDown');
    await medicine.press('Enter');
    const rxForm = main.getByRole('form', { name: 'Рецепт: Амлодипин' });
    await rxForm.getByLabel('Дозировка').selectOption('5 мг');
    await rxForm.getByLabel('Способ применения').fill('По 1 таблетке 1 раз в день утром');
    await rxForm.getByLabel('Количество, таб.').fill('30');
    await rxForm.getByRole('button', { name: 'Выписать рецепт' }).click();
    const rxList = main.getByRole('region', { name: 'Рецепты' });
    const rx = rxList.getByRole('listitem').filter({ hasText: 'Амлодипин' });
    await expect(rx).toContainText('Статус: Черновик');
    const number = /Рецепт № (\S+):/.exec((await rx.textContent()) ?? '')?.[1] ?? '';
    expect(number).toMatch(/^\d{8}-[0-9A-F]{8}$/);
    await rx.getByRole('button', { name: `Подписать рецепт № ${number}` }).click();
    await expect(rx).toContainText('Статус: Подписан');
    await rx.getByRole('button', { name: `Отправить в аптеку рецепт № ${number}` }).click();
    await expect(rx).toContainText('Статус: Отправлен в аптеку');
    await expectNoA11yViolations(page, 'visit with a prescription');

    // The visit is finished: from now on it changes only by an amendment.
    await main.getByRole('button', { name: 'Завершить приём' }).click();
    await expect(main.getByText(/^Приём завершён/)).toBeVisible();
    await expect(main.getByLabel('Жалобы')).toHaveAttribute('readonly', '');

    // The demo pharmacy dispenses it.
    const pharmacy = await browser.newPage();
    await pharmacy.goto('/dev/pharmacy');
    await pharmacy.getByRole('button', { name: `Выдать по рецепту № ${number}` }).click();
    await expect(pharmacy.getByRole('button', { name: `Выдать по рецепту № ${number}` })).toHaveCount(0);
    await pharmacy.close();
    // The doctor's open page hears it live (no reload).
    await expect(rx).toContainText('Статус: Выдан в аптеке');

    // An amendment: the sections prefilled, a reason required; the earlier version stays readable.
    await main.getByRole('button', { name: 'Внести исправление' }).click();
    const amendment = main.getByRole('form', { name: 'Исправление записи' });
    await expect(amendment.getByLabel('Жалобы')).toHaveValue(/головную боль в затылочной области/);
    await amendment.getByLabel('Заключение').fill('Гипертоническая болезнь I стадии.');
    await amendment.getByLabel('Причина исправления').fill('Уточнено заключение');
    await amendment.getByRole('button', { name: 'Сохранить исправление' }).click();
    await expect(main.getByText('Исправлено (версия 2)')).toBeVisible();
    await expect(main.getByLabel('Заключение')).toHaveValue('Гипертоническая болезнь I стадии.');
    await main.getByText('Прежние версии').click();
    await expect(main.getByText(/Причина: Уточнено заключение/)).toBeVisible();
    await expectNoA11yViolations(page, 'amended visit');

    // The patient sees the visit, its diagnosis and the prescription in the card.
    const patientContext = await browser.newContext();
    const patientPage = await patientContext.newPage();
    await openAsDemoPatient(patientPage, '/card/visits');
    const card = patientPage.getByRole('main');
    await expect(card.getByText(/I10 Эссенциальная \[первичная\] гипертензия/).first()).toBeVisible();
    await patientPage.goto('/card/prescriptions');
    const item = card.getByRole('listitem').filter({ hasText: number });
    await expect(item).toContainText('Амлодипин');
    await expect(item).toContainText('выдан в аптеке');
    await expectNoA11yViolations(patientPage, 'patient card prescriptions');
    await patientContext.close();
  });
});
