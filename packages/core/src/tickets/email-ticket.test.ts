import { describe, expect, it } from 'vitest';
import { hasTemplate, renderMessage } from '../messaging';
import { maskEmail, ticketEmailPayload } from './email-ticket';
import { buildTicketView } from './ticket-view';
import type { TicketRecord } from './tickets.types';

const record = {
  appointmentId: 'a1',
  patientId: 'p1',
  organizationId: 'org-1',
  status: 'booked',
  code: 'ABCD-EFGH',
  ticketNumber: 'ГП5-20261201-0001',
  startsAt: new Date('2026-12-01T06:00:00Z'),
  endsAt: new Date('2026-12-01T06:15:00Z'),
  visitType: 'in_person',
  patient: { surname: 'Ёлкина', name: 'Мария', patronymic: null },
  organization: {
    name: 'Городская поликлиника № 5',
    shortName: 'ГП5',
    address: 'г. Москва, ул. Ленина, д. 5',
    phone: null,
    timeZone: 'Europe/Moscow',
  },
  room: '214',
  floor: 2,
  practitioner: { surname: 'Смирнов', name: 'Олег', patronymic: null },
  specialty: 'Терапевт участковый',
} satisfies TicketRecord;
const view = buildTicketView(record, 'a1.sig', 'https://talon.example.ru');

describe('maskEmail', () => {
  it('keeps the first letter and the domain', () => {
    expect(maskEmail('anna@example.ru')).toBe('a***@example.ru');
    expect(maskEmail('x@mail.example.ru')).toBe('x***@mail.example.ru');
  });
});

describe('the ticket email', () => {
  const payload = ticketEmailPayload(view, 'https://talon.example.ru');

  it('is an email only, with the ticket data, the zone, links to the PDF and calendar — and no name', () => {
    expect(hasTemplate('ticket_email', 'email')).toBe(true);
    expect(hasTemplate('ticket_email', 'sms')).toBe(false);
    const email = renderMessage('ticket_email', 'email', payload);
    expect(email.subject).toBe('Талон на приём 01.12.2026 в 09:00–09:15');
    for (const part of [email.text, email.html]) {
      expect(part).toContain('ГП5-20261201-0001');
      expect(part).toContain('ABCD-EFGH');
      expect(part).toContain('московское время');
      expect(part).toContain('г. Москва, ул. Ленина, д. 5, каб. 214, 2 этаж');
      expect(part).toContain('Смирнов Олег (Терапевт участковый)');
      expect(part).toContain('https://talon.example.ru/api/v1/appointments/a1/ticket.pdf');
      expect(part).toContain('https://talon.example.ru/api/v1/appointments/a1/ticket.ics');
      expect(part).not.toContain('Ёлкина');
    }
  });

  it("names a video visit's room link instead of the clinic's address and room", () => {
    const video = buildTicketView({ ...record, visitType: 'video' }, 'a1.sig', 'https://talon.example.ru/');
    const videoPayload = ticketEmailPayload(video, 'https://talon.example.ru');
    expect(videoPayload.roomLink).toBe('https://talon.example.ru/visit/a1');
    expect(videoPayload).not.toHaveProperty('address');
    expect(videoPayload).not.toHaveProperty('room');
    const email = renderMessage('ticket_email', 'email', videoPayload);
    if (email.channel !== 'email') throw new Error('email expected');
    expect(email.text).toContain('Комната приёма: https://talon.example.ru/visit/a1');
    expect(email.text).not.toContain('ул. Ленина');
  });
});
