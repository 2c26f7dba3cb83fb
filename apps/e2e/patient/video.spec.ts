import { type Browser, chromium, expect, type Locator, type Page, test } from '@playwright/test';
import { CHROMIUM_PATH, HEADLESS_CHROMIUM_ARGS } from '@talon/testing/chromium';
import { expectNoA11yViolations } from '../fixtures/a11y';
import { DEMO_PATIENT, DEMO_REPRESENTATIVE, logIn } from '../fixtures/demo';
import { PNG } from '../fixtures/files';
import {
  bookedVisit,
  DEMO_DOCTOR_LOGIN,
  doctorFacts,
  logInAsDemoDoctor,
  staffToken,
} from '../fixtures/staff';

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** A context of its own (the fake camera and microphone are the browser's), in Moscow time and Russian. */
async function newPage(browser: Browser, baseURL: string): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    locale: 'ru-RU',
    timezoneId: 'Europe/Moscow',
    permissions: ['camera', 'microphone'],
  });
  return context.newPage();
}

/** Opens `path` behind the login guard as `login`. */
async function openAs(page: Page, path: string, login: string, password: string) {
  await page.goto(path);
  await expect(page).toHaveURL(/\/login\?next=/);
  await logIn(page, login, password);
  await expect(page).toHaveURL(new RegExp(`${path.replace(/\//g, '\\/')}$`));
}

/** The other side's video is playing: it has frames, and its time moves on. */
async function expectPlaying(video: Locator) {
  await expect(video).toBeVisible({ timeout: 30_000 });
  await expect
    .poll(() => video.evaluate((v: HTMLVideoElement) => v.readyState), { timeout: 30_000 })
    .toBeGreaterThanOrEqual(2);
  const before = await video.evaluate((v: HTMLVideoElement) => v.currentTime);
  await expect
    .poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime), { timeout: 10_000 })
    .toBeGreaterThan(before);
}

test.describe('[PATIENT][VIDEO]', () => {
  test('the patient waits, the doctor admits, both see each other and chat, a stranger cannot join, the doctor finishes', async ({
    request,
    baseURL,
  }) => {
    test.setTimeout(240_000);
    // A visit of the demo patient with the demo doctor, booked by the registry, then made a video visit that
    // starts now (demo only: the clinic's notice keeps any booking an hour ahead; the room opens 15 minutes
    // before the start).
    const doctorToken = await staffToken(request, DEMO_DOCTOR_LOGIN);
    const doctor = await doctorFacts(request, bearer(doctorToken));
    const login = await request.post('/api/v1/auth/login', {
      data: { login: DEMO_PATIENT.login, password: DEMO_PATIENT.password, tokenType: 'bearer' },
    });
    expect(login.ok(), await login.text()).toBe(true);
    const patientToken = ((await login.json()) as { token: string }).token;
    const me = (await (await request.get('/api/v1/me', { headers: bearer(patientToken) })).json()) as {
      patientId: string;
    };
    const appointmentId = await bookedVisit(request, me.patientId, doctor, 'Браузерный тест: видеоприём');
    const moved = await request.post(`/api/v1/dev/appointments/${appointmentId}/start-video-now`);
    expect(await moved.json()).toEqual({ moved: true });
    const room = `/visit/${appointmentId}`;

    const browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [
        ...HEADLESS_CHROMIUM_ARGS,
        '--use-fake-device-for-media-stream',
        '--use-fake-ui-for-media-stream',
        '--autoplay-policy=no-user-gesture-required',
      ],
    });
    try {
      // The patient waits, with their own camera and microphone check.
      const patient = await newPage(browser, baseURL!);
      await openAs(patient, room, DEMO_PATIENT.login, DEMO_PATIENT.password);
      await expect(patient.getByRole('heading', { level: 1, name: 'Видеоприём' })).toBeVisible();
      await expect(patient.getByText(/Врач скоро подключится/).first()).toBeVisible();
      await expect(patient.getByLabel('Ваша камера')).toBeVisible();
      await expect(patient.getByRole('meter', { name: 'Уровень микрофона' })).toBeVisible();
      await expectNoA11yViolations(patient, 'video waiting room');

      // Someone else — the demo representative, who is not this patient's — cannot join.
      const stranger = await newPage(browser, baseURL!);
      await openAs(stranger, room, DEMO_REPRESENTATIVE.login, DEMO_REPRESENTATIVE.password);
      await expect(stranger.getByText(/Комната видеоприёма не найдена или закрыта/)).toBeVisible();
      await expect(stranger.getByLabel('Собеседник')).toHaveCount(0);

      // The doctor opens the room from the schedule's link and admits the patient.
      const doctorPage = await newPage(browser, baseURL!);
      await logInAsDemoDoctor(doctorPage);
      await doctorPage.goto(room);
      await expect(
        doctorPage.getByText('Пациент в зале ожидания — впустите его, когда будете готовы.'),
      ).toBeVisible();
      await doctorPage.getByRole('button', { name: 'Впустить пациента' }).click();

      // Both see the other's video playing: media flows browser to browser.
      await expectPlaying(patient.getByLabel('Собеседник'));
      await expectPlaying(doctorPage.getByLabel('Собеседник'));
      await expect(patient.getByRole('status').filter({ hasText: 'Соединение установлено.' })).toBeVisible();

      // Chat messages cross, both ways.
      await patient.getByLabel('Сообщение', { exact: true }).fill('Здравствуйте, доктор! Меня слышно?');
      await patient.getByRole('button', { name: 'Отправить', exact: true }).click();
      const doctorChat = doctorPage.getByRole('list', { name: 'Сообщения' });
      await expect(doctorChat.getByText('Здравствуйте, доктор! Меня слышно?')).toBeVisible();
      await doctorPage
        .getByLabel('Сообщение', { exact: true })
        .fill('Слышно хорошо. Расскажите, что беспокоит.');
      await doctorPage.getByRole('button', { name: 'Отправить', exact: true }).click();
      await expect(
        patient
          .getByRole('list', { name: 'Сообщения' })
          .getByText('Слышно хорошо. Расскажите, что беспокоит.'),
      ).toBeVisible();
      await expectNoA11yViolations(doctorPage, 'video call, doctor');

      // The patient shares a file through the uploads; the doctor gets its link in the chat and reads it.
      await patient.getByLabel('Отправить файл').setInputFiles({
        name: 'analysis.png',
        mimeType: 'image/png',
        buffer: PNG,
      });
      const shared = doctorChat.getByRole('link', { name: 'Файл: analysis.png' });
      await expect(shared).toBeVisible();
      const file = await doctorPage.request.get((await shared.getAttribute('href')) ?? '');
      expect(file.status()).toBe(200);
      expect(Buffer.from(await file.body()).equals(PNG)).toBe(true);

      // The doctor opens the visit record beside the call, in the same page: the call goes on.
      await doctorPage.getByRole('button', { name: 'Открыть запись приёма' }).click();
      const record = doctorPage.getByRole('region', { name: 'Запись приёма' });
      await record.getByLabel('Жалобы').fill('Головная боль второй день.');
      await expect(record.getByRole('status').filter({ hasText: /^Сохранено в \d{2}:\d{2}$/ })).toBeVisible();
      await expectPlaying(doctorPage.getByLabel('Собеседник'));
      await expectNoA11yViolations(doctorPage, 'video call with the visit record');
      await doctorPage.getByRole('button', { name: 'Скрыть запись приёма' }).click();
      await expect(record).toBeHidden();

      // The doctor finishes the visit: the patient is told, and the room is closed from now on.
      await doctorPage.getByRole('button', { name: 'Завершить приём' }).click();
      await expect(patient.getByRole('status').filter({ hasText: 'Приём завершён.' })).toBeVisible();
      const visit = await request.get(`/api/v1/appointments/${appointmentId}`, {
        headers: bearer(patientToken),
      });
      expect(((await visit.json()) as { status: string }).status).toBe('fulfilled');
      const closed = await request.get(`/api/v1/visits/${appointmentId}/room`, {
        headers: bearer(patientToken),
      });
      expect(closed.status()).toBe(404);
    } finally {
      await browser.close();
    }
  });
});
