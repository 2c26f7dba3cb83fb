import { expect, type Page, test } from '@playwright/test';
import { expectNoA11yViolations, hasHorizontalScroll } from '../fixtures/a11y';
import { attachScreenshot, bookFirstTime, freshPatientAtTimeChoice, timesOf } from '../fixtures/patient-flow';

/**
 * The patient's place as the waiting room shows it: «Вы 7-й в очереди» → 7, «Ваша очередь — следующая» → 1;
 * null while the place is being taken or once the page is back.
 */
async function positionOf(page: Page): Promise<number | null> {
  const text = await page
    .locator('.waiting-room__position')
    .textContent({ timeout: 1_000 })
    .catch(() => null);
  if (!text) return null;
  if (text.includes('следующая')) return 1;
  const match = /Вы (\d+)-й в очереди/.exec(text);
  return match ? Number(match[1]) : null;
}

/** Waits until the waiting room shows a position, and returns it. */
async function shownPosition(page: Page): Promise<number> {
  let position: number | null = null;
  await expect
    .poll(async () => {
      position = await positionOf(page);
      return position;
    })
    .not.toBeNull();
  return position ?? 0;
}

test.describe('[PATIENT][RUSH]', () => {
  test('at the 8:00 rush patients wait in the waiting room, keep their place over a reload, and once let in see the times and book (a held time too)', async ({
    page,
    request,
    browser,
  }, testInfo) => {
    test.setTimeout(150_000);
    const address = await freshPatientAtTimeChoice(page, 'Очередина', 'ophthalmologist', 'Офтальмолог');
    // Another patient on another device holds a time and is confirming it when the rush begins.
    const otherDevice = await browser.newContext();
    const other = await otherDevice.newPage();
    await freshPatientAtTimeChoice(other, 'Подтверждаева', 'otolaryngologist', 'Оториноларинголог');
    const held = (await timesOf(other).first().textContent())?.trim() ?? '';
    await timesOf(other).first().click();
    const confirm = other.getByRole('region', { name: 'Проверьте запись' });
    await expect(confirm).toBeVisible();

    // A rush on demand (demo mode): the booking path is gated for a minute, with places queued before ours.
    const drill = await request.post('/api/v1/dev/waiting-room/drill', {
      data: { durationSeconds: 90, admissionsPerSecond: 1, placesAhead: 20 },
    });
    expect(drill.status()).toBe(204);

    // «Записаться» meets the waiting room: no error, the room in place of the confirmation, kept behind it.
    await confirm.getByRole('button', { name: 'Записаться' }).click();
    await expect(other.getByRole('heading', { level: 1, name: 'Очередь на запись' })).toBeVisible();
    await expect(confirm).toBeHidden();
    await expect(other.getByRole('alert')).toHaveCount(0);

    await page.goto(address);
    const heading = page.getByRole('heading', { level: 1, name: 'Очередь на запись' });
    await expect(heading).toBeVisible();
    await expect(heading).toBeFocused();
    await expect(page.getByText(/Ваше место в очереди сохранено/)).toBeVisible();
    await expect(page.getByText(/^Примерное ожидание: /)).toBeVisible();
    // The times are not shown, and no error either: the page waits.
    await expect(page.getByRole('heading', { level: 1, name: /^Запись к врачу: / })).toBeHidden();
    await expect(page.getByRole('alert')).toHaveCount(0);
    const first = await shownPosition(page);
    expect(first).toBeGreaterThan(2);
    // The position is announced politely (not as an alert): the first one heard, which is not worse than the one
    // shown now (the queue moves between the two reads).
    const announced = page
      .getByRole('status')
      .filter({ hasText: /^Вы \d+-й в очереди\. Примерное ожидание: / });
    await expect(announced).toHaveCount(1);
    expect(Number(/Вы (\d+)-й/.exec((await announced.textContent()) ?? '')?.[1])).toBeGreaterThanOrEqual(
      first,
    );
    await expectNoA11yViolations(page, 'waiting-room');
    await attachScreenshot(page, testInfo, 'waiting-room');

    // The position goes down live, over the stream.
    let before = first;
    await expect
      .poll(async () => (before = (await positionOf(page)) ?? before), { timeout: 30_000 })
      .toBeLessThan(first);

    // A reload keeps the place: the same or a better position, never the back of the queue.
    await page.reload();
    await expect(heading).toBeVisible();
    const afterReload = await shownPosition(page);
    expect(afterReload).toBeLessThanOrEqual(before);

    // At 360 px the waiting room reads without sideways scrolling.
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await hasHorizontalScroll(page)).toBe(false);
    await page.setViewportSize({ width: 1280, height: 720 });

    // Admitted: the page goes on by itself and shows the times; booking one works while the rush goes on.
    await expect(page.getByRole('heading', { level: 1, name: /^Запись к врачу: / })).toBeVisible({
      timeout: 60_000,
    });
    await expect(heading).toBeHidden();
    await expect(timesOf(page).first()).toBeVisible();
    await expectNoA11yViolations(page, 'admitted-time-choice');
    await bookFirstTime(page);
    await attachScreenshot(page, testInfo, 'booked-after-waiting-room');

    // The other patient, let in, was booked the time they held: the confirmation was not lost.
    await expect(other.getByRole('heading', { level: 1, name: 'Вы записаны' })).toBeVisible({
      timeout: 30_000,
    });
    await expect(other.getByText(new RegExp(held)).first()).toBeVisible();
    await otherDevice.close();
  });
});
