import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkConventions, EXCEPTIONS, lineCount, MAX_LINES, type SourceFile } from './check-conventions';

const file = (path: string, text = 'export const x = 1;\n'): SourceFile => ({ path, text });
const lines = (count: number) => 'export const x = 1;\n'.repeat(count);
const messagesOf = (files: SourceFile[]) => checkConventions(files).map((v) => `${v.path}: ${v.message}`);

/** The shapes the tree has today: each passes. */
const GOOD: SourceFile[] = [
  file('apps/api/src/routes/patient/appointments.routes.ts'),
  file('apps/api/src/routes/patient/appointments.presenter.ts'),
  file('apps/api/src/routes/auth/presenters.ts'),
  file('apps/api/src/routes/patient/appointments.int.test.ts'),
  file('apps/api/src/plugins/auth/auth.plugin.ts'),
  file('apps/api/src/plugins/auth/access-rule.ts'),
  file('apps/api/src/plugins/metrics.plugin.ts'),
  file('apps/api/src/documents/ticket-qr.svg.ts'),
  file('apps/worker/src/jobs/outbox.deliver-message.job.ts'),
  file('apps/worker/src/jobs/outbox.deliver-message.job.test.ts'),
  file('apps/worker/src/jobs/slots.generate.job.int.test.ts'),
  file('apps/e2e/patient/booking.spec.ts'),
  file('apps/e2e/fixtures/demo.ts'),
  file('apps/e2e/playwright.config.ts'),
  file('apps/web/src/features/booking/choose-time.page.tsx', 'export function ChooseTimePage() {}\n'),
  file('apps/web/src/features/booking/day-picker.tsx', 'export function DayPicker() {}\n'),
  file('apps/web/src/cabinets/patient/patient-routes.tsx', 'export const patientRoutes = [];\n'),
  file('apps/web/src/features/booking/booking.api.ts'),
  file('apps/web/src/features/auth/register-form.model.test.ts'),
  file('apps/web/src/vite-env.d.ts'),
  file('apps/web/public/icons/icon-192.png', ''),
  file('packages/core/src/booking/index.ts'),
  file('packages/core/src/booking/book-appointment.ts'),
  file('packages/core/src/booking/booking.errors.ts'),
  file('packages/core/src/directory/index.ts'),
  file('packages/core/src/directory/directory.repository.ts'),
  file('packages/db/src/repositories/booking/booking.repository.ts'),
  file('packages/db/src/schema/booking.schema.ts'),
  file('packages/db/migrations/0000_extensions.sql', ''),
  file('packages/contracts/src/booking.contract.ts'),
  file('bench/README.md', ''),
  file('scripts/check-conventions.ts', lines(MAX_LINES)),
  ...Object.keys(EXCEPTIONS).map((path) => file(path)),
];

describe('checkConventions', () => {
  it('accepts the names and sizes the tree uses', () => {
    expect(messagesOf(GOOD)).toEqual([]);
  });

  it('refuses names that are not kebab-case, in files and folders', () => {
    expect(
      messagesOf([
        file('packages/core/src/booking/index.ts'),
        file('packages/core/src/booking/BookAppointment.ts'),
        file('packages/core/src/booking/book_appointment.ts'),
        file('apps/web/src/features/MyFeature/panel.ts'),
      ]),
    ).toEqual([
      'packages/core/src/booking/BookAppointment.ts: file name is not kebab-case (lower-case words joined by «-», roles after «.»)',
      'packages/core/src/booking/book_appointment.ts: file name is not kebab-case (lower-case words joined by «-», roles after «.»)',
      'apps/web/src/features/MyFeature/panel.ts: folder «MyFeature» is not kebab-case',
    ]);
  });

  it('refuses an unknown role suffix, a misplaced one and two roles', () => {
    const messages = messagesOf([
      file('apps/api/src/routes/patient/slots.route.ts'),
      file('packages/core/src/booking/index.ts'),
      file('packages/core/src/booking/book.routes.ts'),
      file('apps/api/src/reminders.sweep.job.ts'),
      file('apps/web/src/features/booking/booking.api.model.ts'),
    ]);
    expect(messages).toEqual([
      expect.stringMatching(
        /^apps\/api\/src\/routes\/patient\/slots\.route\.ts: unknown role suffix «\.route»/,
      ),
      expect.stringMatching(/^apps\/api\/src\/routes\/patient\/slots\.route\.ts: a route folder holds/),
      expect.stringMatching(
        /^packages\/core\/src\/booking\/book\.routes\.ts: a «\.routes» file does not belong here/,
      ),
      expect.stringMatching(
        /^apps\/api\/src\/reminders\.sweep\.job\.ts: a «\.job» file does not belong here/,
      ),
      'apps/web/src/features/booking/booking.api.model.ts: one role suffix at most, found «.api.model»',
    ]);
  });

  it('holds each folder to its role', () => {
    expect(
      messagesOf([
        file('apps/api/src/routes/patient/helpers.ts'),
        file('apps/worker/src/jobs/sweep.job.ts'),
        file('apps/worker/src/jobs/reminders-sweep.ts'),
        file('apps/e2e/patient/booking-helpers.ts'),
        file('packages/db/src/schema/slots.ts'),
        file('packages/contracts/src/slots.ts'),
        file('packages/core/src/booking/index.ts'),
        file('packages/core/src/booking/appointment.errors.ts'),
      ]),
    ).toEqual([
      'apps/api/src/routes/patient/helpers.ts: a route folder holds <resource>.routes.ts and <resource>.presenter.ts files',
      'apps/worker/src/jobs/sweep.job.ts: a job is named <area>.<verb-noun>.job.ts (outbox.deliver-message.job.ts)',
      'apps/worker/src/jobs/reminders-sweep.ts: a job is named <area>.<verb-noun>.job.ts (outbox.deliver-message.job.ts)',
      'apps/e2e/patient/booking-helpers.ts: a browser test is named <flow>.spec.ts',
      'packages/db/src/schema/slots.ts: a schema file is named <area>.schema.ts',
      'packages/contracts/src/slots.ts: a contracts file is named <area>.contract.ts',
      "packages/core/src/booking/appointment.errors.ts: a core module's errors file is named for the module: booking.errors.ts",
    ]);
  });

  it('names React files for the component they export', () => {
    expect(
      messagesOf([
        file('apps/web/src/features/booking/appointment-card.tsx', 'export function AppointmentFacts() {}\n'),
        file('apps/web/src/features/booking/history.page.tsx', 'export function History() {}\n'),
        file('packages/core/src/booking/index.ts'),
        file('packages/core/src/booking/view.tsx', 'export function View() {}\n'),
      ]),
    ).toEqual([
      'apps/web/src/features/booking/appointment-card.tsx: a React file exports the component it is named for: AppointmentCard',
      'apps/web/src/features/booking/history.page.tsx: a React file exports the component it is named for: HistoryPage',
      'packages/core/src/booking/view.tsx: React components live in apps/web/src',
    ]);
  });

  it('fails a production file of 501 lines, not one of 500 nor a test or a generated file of 501', () => {
    expect(
      messagesOf([
        file('packages/core/src/booking/index.ts'),
        file('packages/core/src/booking/book-appointment.ts', lines(MAX_LINES + 1)),
        file('packages/core/src/booking/cancel-appointment.ts', lines(MAX_LINES)),
        file('packages/core/src/booking/book-appointment.test.ts', lines(MAX_LINES + 1)),
        file('apps/web/public/sw.js', lines(MAX_LINES + 1)),
        file('apps/web/src/shared/api-client/api-schema.d.ts', lines(MAX_LINES + 1)),
      ]),
    ).toEqual([
      'packages/core/src/booking/book-appointment.ts: 501 lines: a production file has at most 500 (split it by operation)',
      'apps/web/public/sw.js: 501 lines: a production file has at most 500 (split it by operation)',
    ]);
  });

  it('wants a plugin folder’s plugin file and a core module’s index', () => {
    expect(
      messagesOf([
        file('apps/api/src/plugins/audit/audit-trail.ts'),
        file('packages/core/src/records/read-record.ts'),
      ]),
    ).toEqual([
      'apps/api/src/plugins/audit: a plugin folder has its audit.plugin.ts',
      'packages/core/src/records: a core module has an index.ts, its only entry',
    ]);
  });

  it('counts lines as an editor does', () => {
    expect([lineCount(''), lineCount('a'), lineCount('a\n'), lineCount('a\nb'), lineCount('a\n\n')]).toEqual([
      0, 1, 1, 2, 2,
    ]);
  });
});

describe('scripts/check-conventions.ts on a repository', () => {
  const script = join(dirname(fileURLToPath(import.meta.url)), 'check-conventions.ts');
  const root = mkdtempSync(join(tmpdir(), 'talon-conventions-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  const run = () =>
    spawnSync(process.execPath, ['--import', 'tsx', script, '--root', root], { encoding: 'utf8' });

  it('passes a clean tree and fails a bad name and a 501-line file, ignored files aside', {
    timeout: 30_000,
  }, () => {
    execFileSync('git', ['init', '--quiet'], { cwd: root });
    write('.gitignore', 'node_modules/\n');
    write('packages/core/src/booking/index.ts', 'export {};\n');
    write('packages/core/src/booking/book-appointment.ts', lines(10));
    write('packages/core/node_modules/Some_Package/index.ts', lines(MAX_LINES + 1));
    const clean = run();
    expect(clean.stderr).toBe('');
    expect(clean.status).toBe(0);

    write('packages/core/src/booking/CancelAppointment.ts', lines(MAX_LINES + 1));
    const broken = run();
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain(
      'packages/core/src/booking/CancelAppointment.ts: file name is not kebab-case',
    );
    expect(broken.stderr).toContain('CancelAppointment.ts: 501 lines');
    expect(broken.stderr).not.toContain('node_modules');
  });
});
