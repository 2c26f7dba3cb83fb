import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import { CHROMIUM_PATH, HEADLESS_CHROMIUM_ARGS } from '@talon/testing/chromium';
import jsQR from 'jsqr';
import { expectNoA11yViolations } from '../fixtures/a11y';
import { DEMO_REGISTRAR, logIn, moscowDay } from '../fixtures/demo';
import { writeQrVideo } from '../fixtures/fake-camera';
import { confirmStaffTotp, DEMO_DOCTOR_LOGIN, staffToken } from '../fixtures/staff';

/** Today in the demo clinics' zone, `YYYY-MM-DD`. */

test.describe('[REGISTRY][CHECKIN]', () => {
  test("the registrar checks a patient in by holding the ticket's QR code up to the desk's camera", async ({
    request,
    baseURL,
    page: reader,
  }) => {
    test.setTimeout(150_000);
    // A visit booked for today with the demo doctor (the demo plants the doctor's day at every start).
    const doctor = await staffToken(request, DEMO_DOCTOR_LOGIN);
    const schedule = await request.get(`/api/v1/practitioner/appointments?date=${moscowDay()}`, {
      headers: { authorization: `Bearer ${doctor}` },
    });
    expect(schedule.ok(), await schedule.text()).toBe(true);
    const visits = ((await schedule.json()) as { items: { id: string; status: string }[] }).items;
    const visit = visits.filter((v) => v.status === 'booked').at(-1);
    expect(visit, 'the demo doctor has a booked visit today').toBeDefined();

    const dir = await mkdtemp(path.join(tmpdir(), 'talon-checkin-'));
    // The ticket's QR code as the desk prints it, read back to its payload, then played by the camera.
    const svg = await request.get(`/api/v1/appointments/${visit!.id}/ticket-qr.svg`, {
      headers: { authorization: `Bearer ${doctor}` },
    });
    expect(svg.ok(), await svg.text()).toBe(true);
    const pixels = await reader.evaluate(
      async (source) => {
        const image = new Image();
        image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(source)}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = 400;
        canvas.height = 400;
        const context = canvas.getContext('2d')!;
        context.fillStyle = '#fff';
        context.fillRect(0, 0, 400, 400);
        context.drawImage(image, 0, 0, 400, 400);
        return Array.from(context.getImageData(0, 0, 400, 400).data);
      },
      await svg.text(),
    );
    const payload = jsQR(Uint8ClampedArray.from(pixels), 400, 400)?.data;
    expect(payload).toMatch(new RegExp(`^${visit!.id}\\.`));
    const video = await writeQrVideo(payload!, dir);

    // Only this test films: a browser of its own with a fake camera playing the video file below.
    const browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [
        ...HEADLESS_CHROMIUM_ARGS,
        '--use-fake-device-for-media-stream',
        `--use-file-for-fake-video-capture=${video}`,
      ],
    });
    try {
      const context = await browser.newContext({
        baseURL,
        locale: 'ru-RU',
        timezoneId: 'Europe/Moscow',
        permissions: ['camera'],
      });
      const page = await context.newPage();
      await page.goto('/registry/checkin');
      await logIn(page, DEMO_REGISTRAR.login, DEMO_REGISTRAR.password);
      await confirmStaffTotp(page, /\/registry\/checkin$/);
      await expect(page.getByRole('heading', { level: 1, name: 'Отметить приход' })).toBeVisible();
      await expectNoA11yViolations(page, 'registry check-in');

      await page.getByRole('button', { name: 'Сканировать QR-код' }).click();
      await expect(page.getByRole('heading', { level: 2, name: /^Пациент пришёл, талон № / })).toBeVisible({
        timeout: 20_000,
      });
      await expectNoA11yViolations(page, 'registry check-in, arrived');
      const after = await request.get(`/api/v1/practitioner/appointments?date=${moscowDay()}`, {
        headers: { authorization: `Bearer ${doctor}` },
      });
      const checked = ((await after.json()) as { items: { id: string; status: string }[] }).items;
      expect(checked.find((v) => v.id === visit!.id)?.status).toBe('arrived');

      // The hall's board shows the arrival: the ticket's day sequence and initials only.
      const ticket =
        (await page.getByRole('heading', { level: 2, name: /^Пациент пришёл, талон № / }).textContent()) ??
        '';
      await page.goto('/registry/board');
      const arrived = page.getByRole('region', { name: /^Пришли: / });
      await expect(arrived.getByText(ticket.split('-').at(-1)!, { exact: true })).toBeVisible();
      await expectNoA11yViolations(page, 'registry queue board');
    } finally {
      await browser.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
