import { expect, type Locator, type Page, test } from '@playwright/test';
import { attachScreenshot, chooseMoscow, freshPatient } from '../fixtures/patient-flow';

/** Presses Tab until `target` has the focus, as a keyboard user walks a page; fails after `limit` presses. */
async function tabTo(page: Page, target: Locator, limit = 60) {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** The text of the option the combobox names as active. */
const activeOptionText = (combobox: Locator) =>
  combobox.evaluate((input) => {
    const id = input.getAttribute('aria-activedescendant');
    return id ? (document.getElementById(id)?.querySelector('span')?.textContent ?? '') : '';
  });

test.describe('[PATIENT][KEYBOARD]', () => {
  test('books from the home page search to the ticket with the keyboard alone', async ({
    page,
  }, testInfo) => {
    await freshPatient(page.request, 'Клавишина');
    await chooseMoscow(page);
    await page.goto('/');

    // The search field is a combobox reached with Tab; the arrows walk the grouped suggestions.
    const combobox = page.getByRole('combobox', { name: 'Специальность, врач или поликлиника' });
    await tabTo(page, combobox);
    await page.keyboard.type('хирург');
    await expect(combobox).toHaveAttribute('aria-expanded', 'true');
    const listbox = page.getByRole('listbox', { name: 'Подсказки' });
    await expect(listbox.getByRole('group', { name: 'Специальности' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: /подсказ/ })).toBeVisible();
    await attachScreenshot(page, testInfo, 'keyboard-suggestions');
    await page.keyboard.press('Escape');
    await expect(combobox).toHaveAttribute('aria-expanded', 'false');
    await expect(combobox).toHaveValue('хирург');
    for (let presses = 0; presses < 15 && (await activeOptionText(combobox)) !== 'Хирург'; presses += 1) {
      await page.keyboard.press('ArrowDown');
    }
    expect(await activeOptionText(combobox)).toBe('Хирург');
    await expect(listbox.getByRole('option', { selected: true })).toHaveText('Хирург');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/doctors\?specialty=surgeon$/);

    // The doctor list, the doctor, the time choice: Tab to the link or button, Enter or Space on it.
    await tabTo(page, page.locator('main a[href^="/doctors/"]').first());
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/doctors\/[^?]+$/);
    await tabTo(page, page.getByRole('link', { name: /^Записаться: Хирург/ }).first());
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/book\?practitioner=/);
    // The times are a grid: Tab enters it at the first time, the arrows move between times.
    const times = page.getByRole('region', { name: /^Время на / }).getByRole('grid');
    const firstTime = times.getByRole('button').first();
    await expect(firstTime).toBeVisible();
    await expect(times.getByRole('row').first()).toBeVisible();
    await tabTo(page, firstTime);
    const secondTime = times.getByRole('button').nth(1);
    await page.keyboard.press('ArrowRight');
    await expect(secondTime).toBeFocused();
    await expect(secondTime).toHaveAttribute('tabindex', '0');
    await expect(firstTime).toHaveAttribute('tabindex', '-1');
    const time = (await secondTime.textContent())?.trim() ?? '';
    await page.keyboard.press('Space');

    const confirm = page.getByRole('region', { name: 'Проверьте запись' });
    await expect(confirm).toBeVisible();
    await tabTo(page, confirm.getByLabel('Повод обращения'));
    await page.keyboard.type('Осмотр');
    await tabTo(page, confirm.getByRole('button', { name: 'Записаться' }));
    await page.keyboard.press('Enter');

    await expect(page.getByRole('heading', { level: 1, name: 'Вы записаны' })).toBeVisible();
    await expect(page.getByRole('main')).toContainText(time);
    await attachScreenshot(page, testInfo, 'keyboard-ticket');
  });
});
