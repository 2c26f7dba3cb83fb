import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from '../fixtures/a11y';
import { logIn } from '../fixtures/demo';
import { confirmStaffTotp } from '../fixtures/staff';

const DEMO_CLINIC_ADMIN = { login: 'clinic-admin@demo.talon.local', password: 'Talon-Demo-Staff-2026!' };

test.describe('[ADMIN][ANALYTICS]', () => {
  test('the clinic administrator sees the waits against the legal norms and the load of the period', async ({
    page,
  }) => {
    await page.goto('/admin/analytics');
    await expect(page).toHaveURL(/\/login\?next=%2Fadmin%2Fanalytics$/);
    await logIn(page, DEMO_CLINIC_ADMIN.login, DEMO_CLINIC_ADMIN.password);
    // The code of this 30-second step may have been taken by the spec before: wait for the next one then.
    await confirmStaffTotp(page, /\/admin\/analytics$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Аналитика' })).toBeVisible();
    // The demo clinic's therapists against the 24-hour norm: one of the two verdicts, whichever the seed gives.
    const waits = page.getByRole('table', { name: 'Третье ближайшее свободное время по специальностям' });
    const therapist = waits.getByRole('row', { name: /Терапевт участковый/ });
    await expect(therapist).toBeVisible();
    await expect(therapist.getByRole('cell', { name: /^(норма соблюдается|нарушена)$/ })).toBeVisible();
    await expect(therapist.getByRole('cell', { name: '24 часа' })).toBeVisible();

    await expect(page.getByRole('heading', { level: 2, name: 'Нагрузка за период' })).toBeVisible();
    await expect(page.getByRole('term').filter({ hasText: 'Доля записей онлайн' })).toBeVisible();
    // One clinic's view: the load per specialty and per doctor beside the trends (all clinics: per clinic).
    await expect(page.getByRole('table', { name: 'Нагрузка по специальностям' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Нагрузка по врачам' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Нагрузка по поликлиникам' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Скачать CSV' })).toHaveAttribute(
      'href',
      /\/api\/v1\/admin\/analytics\/load\.csv\?from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/,
    );
    // Every trend has its table beside it: thirty days of the default period.
    const trendTable = page.getByRole('region', { name: 'Неявки и отмены по дням' }).getByRole('table');
    await expect(trendTable.getByRole('row')).toHaveCount(31);
    await expectNoA11yViolations(page, 'admin analytics');

    // Filtered to therapists, the waits table keeps their row only.
    await page.getByLabel('Специальность').selectOption({ label: 'Терапевт участковый' });
    await expect(waits.getByRole('row')).toHaveCount(2);
  });
});
