import type { BrowserContext } from 'playwright-core';
import { throttle } from './throttling';

/** The scripted visit of a returning patient and how long the machine side of it took. */
export interface BookingRun {
  totalMs: number;
  /** Time from each click (or the first address) to the next screen being ready. */
  screens: { name: string; ms: number }[];
  ticketPath: string;
}

/**
 * A returning, logged-in patient books with no pause for thought: home → a common specialty's doctor list
 * → the doctor → the time choice → confirmation → the ticket (docs/domain.md §6: at most 5 screens). The context
 * has the app's files cached from an earlier visit, as a returning patient's browser has.
 */
export async function runReturningBooking(
  context: BrowserContext,
  baseUrl: string,
  specialtyName: string,
): Promise<BookingRun> {
  const page = await context.newPage();
  await throttle(await context.newCDPSession(page));
  const screens: { name: string; ms: number }[] = [];
  const started = Date.now();
  let mark = started;
  const done = (name: string) => {
    const now = Date.now();
    screens.push({ name, ms: now - mark });
    mark = now;
  };
  const timeout = { timeout: 120_000 };

  await page.goto(`${baseUrl}/`, timeout);
  const specialty = page.getByRole('link', { name: specialtyName, exact: true });
  await specialty.waitFor(timeout);
  done('home');
  await specialty.click();
  const doctor = page.locator('main a[href^="/doctors/"]').first();
  await doctor.waitFor(timeout);
  done('doctors');
  await doctor.click();
  const bookLink = page.getByRole('link', { name: new RegExp(`^Записаться: ${specialtyName}`) }).first();
  await bookLink.waitFor(timeout);
  done('doctor');
  await bookLink.click();
  const time = page
    .getByRole('region', { name: /^Время на / })
    .getByRole('button')
    .first();
  await time.waitFor(timeout);
  done('choose time');
  await time.click();
  const confirm = page
    .getByRole('region', { name: 'Проверьте запись' })
    .getByRole('button', { name: 'Записаться' });
  await confirm.waitFor(timeout);
  done('confirm');
  await confirm.click();
  await page.getByRole('heading', { level: 1, name: 'Вы записаны' }).waitFor(timeout);
  done('ticket');
  const totalMs = Date.now() - started;
  const ticketPath = new URL(page.url()).pathname;
  await page.close();
  return { totalMs, screens, ticketPath };
}
