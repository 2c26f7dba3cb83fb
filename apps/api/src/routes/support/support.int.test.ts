import { ageSupportTicket, lastAuditEntry, outboxRowsOf, supportMessageRows } from '@talon/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { registerPatient } from '../../testing/identity-helpers';
import { createStaffSession, type StaffSession } from '../../testing/staff-helpers';
import { useTestApp } from '../../testing/test-app';
import { expectScanReadOnlyBy, PNG, uploadFile } from '../../testing/upload-helpers';

const t = useTestApp({ worker: true });

type Patient = Awaited<ReturnType<typeof registerPatient>>;
let patient: Patient;
let stranger: Patient;
let operator: StaffSession;
let clinicAdmin: StaffSession;
let registrar: StaffSession;

const inject = (
  session: { headers: Record<string, string> },
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  payload?: Record<string, unknown>,
) => t.app.inject({ method, url: `/api/v1${url}`, headers: session.headers, payload });

const open = (session: { headers: Record<string, string> }, body: Record<string, unknown>) =>
  inject(session, 'POST', '/me/support-tickets', body);

beforeAll(async () => {
  patient = await registerPatient(t, { email: `support-${Date.now()}@example.ru` });
  stranger = await registerPatient(t);
  operator = await createStaffSession(t, 'support');
  clinicAdmin = await createStaffSession(t, 'clinic_admin');
  registrar = await createStaffSession(t, 'registrar');
});

describe('the knowledge base (issue 17 item 2)', () => {
  it('finds articles by words in Russian, whatever their form («отмена записи» → «Как отменить…»)', async () => {
    const res = await t.app.inject({ url: `/api/v1/help/articles?q=${encodeURIComponent('отмена записи')}` });
    expect(res.statusCode, res.body).toBe(200);
    const slugs = res.json().items.map((a: { slug: string }) => a.slug);
    expect(slugs[0]).toBe('kak-otmenit-zapis');
    const card = await t.app.inject({ url: `/api/v1/help/articles?q=${encodeURIComponent('анализы')}` });
    expect(card.json().items[0].slug).toBe('medicinskaya-karta');
  });

  it('lists every article for an empty query and finds nothing for unrelated words', async () => {
    const all = await t.app.inject({ url: '/api/v1/help/articles' });
    expect(all.json().items.length).toBeGreaterThanOrEqual(5);
    const none = await t.app.inject({ url: `/api/v1/help/articles?q=${encodeURIComponent('квазар')}` });
    expect(none.json().items).toEqual([]);
  });

  it('lets an operator rewrite an article, and nobody else', async () => {
    const body = { title: 'Как записаться к врачу', body: 'Новый **текст** статьи', keywords: 'запись' };
    const refused = await inject(patient.session, 'PUT', '/help/articles/kak-zapisatsya-k-vrachu', body);
    expect(refused.statusCode).toBe(403);
    const saved = await inject(operator, 'PUT', '/help/articles/kak-zapisatsya-k-vrachu', body);
    expect(saved.statusCode, saved.body).toBe(200);
    const read = await t.app.inject({ url: '/api/v1/help/articles/kak-zapisatsya-k-vrachu' });
    expect(read.json().body).toBe('Новый **текст** статьи');
    expect((await t.app.inject({ url: '/api/v1/help/articles/no-such-article' })).statusCode).toBe(404);
  });
});

describe('the live chat’s hours', () => {
  it('says whether operators answer now and, if not, when they next will (weekdays 08:00–20:00 Moscow)', async () => {
    const res = await t.app.inject({ url: '/api/v1/help/availability' });
    expect(res.statusCode, res.body).toBe(200);
    const { open, opensAt } = res.json() as { open: boolean; opensAt: string | null };
    if (open) expect(opensAt).toBeNull();
    else expect(new Date(opensAt!).toISOString().slice(11, 16)).toBe('05:00');
  });
});

describe('a ticket through its stages', () => {
  it('opens «Новое» with a number and a screenshot, is taken, answered, resolved and closed, telling the author each time', async () => {
    const shot = await uploadFile(t, patient.session.headers, 'screen.png', PNG);
    const res = await open(patient.session, {
      category: 'booking',
      text: 'Не могу записаться к терапевту\nКнопка не нажимается',
      page: '/appointments/new',
      attachmentIds: [shot.json().id],
    });
    expect(res.statusCode, res.body).toBe(201);
    const ticket = res.json();
    expect(ticket).toMatchObject({
      number: expect.stringMatching(/^ОБ-\d{4}-\d{6}$/),
      status: 'new',
      statusLabel: 'Новое',
      subject: 'Не могу записаться к терапевту',
      page: '/appointments/new',
      attachmentIds: [shot.json().id],
      messages: [expect.objectContaining({ author: 'author' })],
    });
    // The text is encrypted at rest.
    const [row] = await supportMessageRows(t.database.db, ticket.id);
    expect(row!.textEncrypted).not.toContain('терапевт');
    // Every support operator's bell gets the new ticket: the number and the desk's link, in the app only.
    const arrivals = (await outboxRowsOf(t.database.db, 'support_ticket_new')).filter((n) =>
      n.dedupeKey.startsWith(`support:${ticket.id}:`),
    );
    expect(arrivals.map((n) => [n.recipient, n.channel])).toContainEqual([operator.accountId, 'in_app']);
    expect(arrivals.every((n) => n.channel === 'in_app')).toBe(true);
    expect(arrivals.map((n) => n.recipient)).not.toContain(patient.me.id);
    // The operator reads the screenshot; another patient does not.
    await expectScanReadOnlyBy(t, shot.json().id, operator, stranger.session);

    const queue = await inject(operator, 'GET', '/support/tickets?status=new');
    expect(queue.statusCode, queue.body).toBe(200);
    expect(queue.json().items.map((i: { id: string }) => i.id)).toContain(ticket.id);

    const taken = await inject(operator, 'POST', `/support/tickets/${ticket.id}/assign`, {});
    expect(taken.json()).toMatchObject({ status: 'in_progress', assigneeName: 'Сотрудник support' });
    const mine = await inject(operator, 'GET', '/support/tickets?assignee=mine');
    expect(mine.json().items.map((i: { id: string }) => i.id)).toContain(ticket.id);

    const answered = await inject(operator, 'POST', `/support/tickets/${ticket.id}/messages`, {
      text: 'Обновите страницу, пожалуйста.',
    });
    expect(answered.json()).toMatchObject({ status: 'awaiting_reply', firstResponseAt: expect.any(String) });

    const replied = await inject(patient.session, 'POST', `/me/support-tickets/${ticket.id}/messages`, {
      text: 'Получилось, спасибо!',
    });
    expect(replied.json().status).toBe('in_progress');

    const resolved = await inject(operator, 'POST', `/support/tickets/${ticket.id}/status`, {
      status: 'resolved',
    });
    expect(resolved.json()).toMatchObject({ status: 'resolved', resolvedAt: expect.any(String) });

    const mineAsPatient = await inject(patient.session, 'GET', `/me/support-tickets/${ticket.id}`);
    expect(mineAsPatient.json().messages.map((m: { author: string }) => m.author)).toEqual([
      'author',
      'operator',
      'author',
    ]);

    const closed = await inject(patient.session, 'POST', `/me/support-tickets/${ticket.id}/close`);
    expect(closed.json()).toMatchObject({ status: 'closed', closedAt: expect.any(String) });

    // A closed ticket is final: 409 with the status named.
    const late = await inject(operator, 'POST', `/support/tickets/${ticket.id}/messages`, { text: 'Ещё' });
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({
      code: 'SUPPORT_STATUS_CONFLICT',
      detail: expect.stringContaining('«Закрыто»'),
    });

    // A notice of every stage, in the app, to the author, never with what was written.
    const notices = (await outboxRowsOf(t.database.db, 'support_ticket_status')).filter(
      (n) => n.recipient === patient.me.id,
    );
    const stages = notices.map((n) => n.dedupeKey);
    expect(stages.length).toBeGreaterThanOrEqual(5);
    expect(JSON.stringify(notices)).not.toContain('Обновите страницу');
    const audit = await lastAuditEntry(t.database.db, 'support_ticket.update');
    expect(audit).toMatchObject({ recordId: ticket.id });
  });

  it('refuses a second resolution, and an empty text on the field', async () => {
    const { id } = (await open(patient.session, { category: 'other', text: 'Вопрос' })).json();
    await inject(operator, 'POST', `/support/tickets/${id}/status`, { status: 'resolved' });
    const twice = await inject(operator, 'POST', `/support/tickets/${id}/status`, { status: 'resolved' });
    expect(twice.statusCode).toBe(409);
    const empty = await inject(patient.session, 'POST', `/me/support-tickets/${id}/messages`, {
      text: '   ',
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0].field).toBe('body.text');
  });
});

describe('who sees a ticket', () => {
  it('answers 404 to a stranger reading, writing to or closing another person’s ticket', async () => {
    const { id } = (await open(patient.session, { category: 'sign_in', text: 'Не приходит код' })).json();
    for (const [method, url] of [
      ['GET', `/me/support-tickets/${id}`],
      ['POST', `/me/support-tickets/${id}/messages`],
      ['POST', `/me/support-tickets/${id}/close`],
    ] as const) {
      const res = await inject(
        stranger.session,
        method,
        url,
        method === 'POST' ? { text: 'чужое' } : undefined,
      );
      expect(res.statusCode, `${method} ${url}`).toBe(404);
      expect(res.json().code).toBe('SUPPORT_TICKET_NOT_FOUND');
    }
    const list = await inject(stranger.session, 'GET', '/me/support-tickets');
    expect(list.json().items.map((i: { id: string }) => i.id)).not.toContain(id);
  });

  it('keeps the operators’ routes to operators and admins', async () => {
    for (const session of [patient.session, registrar]) {
      expect((await inject(session, 'GET', '/support/tickets')).statusCode).toBe(403);
      expect((await inject(session, 'GET', '/support/metrics')).statusCode).toBe(403);
    }
    expect((await inject(clinicAdmin, 'GET', '/support/canned-answers')).statusCode).toBe(403);
  });

  it('files a patient’s ticket for the clinic chosen in the form (its admins see it), refusing an unknown clinic', async () => {
    const filed = await open(patient.session, {
      category: 'quality',
      text: 'Долго ждал у кабинета',
      clinicId: clinicAdmin.organizationId,
      attachmentIds: [],
      source: 'form',
    });
    expect(filed.statusCode, filed.body).toBe(201);
    expect(filed.json().organizationId).toBe(clinicAdmin.organizationId);
    expect((await inject(clinicAdmin, 'GET', `/support/tickets/${filed.json().id}`)).statusCode).toBe(200);
    const unknown = await open(patient.session, {
      category: 'quality',
      text: 'Поликлиники нет',
      clinicId: '00000000-0000-4000-8000-000000000000',
      attachmentIds: [],
      source: 'form',
    });
    // Once a foreign-key violation and a 500.
    expect(unknown.statusCode, unknown.body).toBe(422);
    expect(unknown.json().code).toBe('SUPPORT_CLINIC_UNKNOWN');
    expect(unknown.json().errors[0].field).toBe('body.clinicId');
  });

  it('shows a clinic admin their clinic’s system ticket (a low rating), and 404 for others', async () => {
    const opened = await t.app.services.support.openSystemTicket(null, {
      category: 'quality',
      clinicId: clinicAdmin.organizationId,
      subject: 'Низкая оценка визита',
      text: 'Пациент поставил 1 из 5: долго ждал в очереди.',
      source: 'survey:test',
    });
    expect(opened).toMatchObject({
      source: 'system',
      accountId: null,
      status: 'new',
      organizationId: clinicAdmin.organizationId,
    });
    const seen = await inject(clinicAdmin, 'GET', `/support/tickets/${opened.id}`);
    expect(seen.statusCode, seen.body).toBe(200);
    expect(seen.json().messages[0]).toMatchObject({ author: 'system' });
    const queue = await inject(clinicAdmin, 'GET', '/support/tickets');
    expect(
      queue
        .json()
        .items.every((i: { organizationId: string }) => i.organizationId === clinicAdmin.organizationId),
    ).toBe(true);

    const { id: personal } = (
      await open(patient.session, { category: 'other', text: 'Личный вопрос' })
    ).json();
    const hidden = await inject(clinicAdmin, 'GET', `/support/tickets/${personal}`);
    expect(hidden.statusCode).toBe(404);
    expect(await lastAuditEntry(t.database.db, 'access.denied')).toMatchObject({ recordId: personal });
  });
});

describe('support operators', () => {
  it('are made by a system admin from staff accounts (not patients’), and lose the desk when the role is taken back', async () => {
    const admin = await createStaffSession(t, 'system_admin');
    const grant = (accountId: string, isOperator: boolean) =>
      inject(admin, 'PUT', `/admin/staff/${accountId}/support-operator`, { isOperator });
    expect((await inject(registrar, 'GET', '/support/tickets')).statusCode).toBe(403);
    // The staff list (the admin cabinet's «Сотрудники») shows the role the web page toggles.
    const listed = async () =>
      (
        (await inject(admin, 'GET', '/admin/staff')).json() as {
          items: { accountId: string | null; supportOperator: boolean }[];
        }
      ).items.find((member) => member.accountId === registrar.accountId)?.supportOperator;
    expect(await listed()).toBe(false);
    expect((await grant(registrar.accountId, true)).statusCode).toBe(204);
    expect((await inject(registrar, 'GET', '/support/tickets')).statusCode).toBe(200);
    expect(await listed()).toBe(true);
    expect((await grant(registrar.accountId, false)).statusCode).toBe(204);
    expect((await inject(registrar, 'GET', '/support/tickets')).statusCode).toBe(403);
    expect(await listed()).toBe(false);
    const patientGrant = await grant(patient.me.id, true);
    expect(patientGrant.statusCode).toBe(404);
    expect(patientGrant.json().code).toBe('STAFF_NOT_FOUND');
    // A clinic admin may not make operators.
    const byClinicAdmin = await inject(
      clinicAdmin,
      'PUT',
      `/admin/staff/${registrar.accountId}/support-operator`,
      {
        isOperator: true,
      },
    );
    expect(byClinicAdmin.statusCode).toBe(403);
  });
});

describe('canned answers and metrics', () => {
  it('lets an operator write and edit canned answers (the first set is there)', async () => {
    const list = await inject(operator, 'GET', '/support/canned-answers');
    expect(list.json().items.length).toBeGreaterThanOrEqual(3);
    const created = await inject(operator, 'POST', '/support/canned-answers', {
      title: 'Тест',
      text: 'Ответ',
    });
    expect(created.statusCode, created.body).toBe(201);
    const edited = await inject(operator, 'PUT', `/support/canned-answers/${created.json().id}`, {
      title: 'Тест',
      text: 'Другой ответ',
    });
    expect(edited.json().text).toBe('Другой ответ');
  });

  it('measures first response and resolution times of the period', async () => {
    const { id } = (await open(patient.session, { category: 'technical', text: 'Ошибка' })).json();
    // Opened 10 hours ago: the answer now is a 10-hour first response.
    await ageSupportTicket(t.database.db, id, 10);
    await inject(operator, 'POST', `/support/tickets/${id}/messages`, { text: 'Исправили', resolve: true });
    const from = new Date(Date.now() - 11 * 3_600_000).toISOString();
    const to = new Date(Date.now() - 9 * 3_600_000).toISOString();
    const res = await inject(operator, 'GET', `/support/metrics?from=${from}&to=${to}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ opened: 1, unanswered: 0 });
    expect(res.json().firstResponse.medianHours).toBeGreaterThanOrEqual(9.9);
    expect(res.json().resolution.count).toBe(1);
  });
});
