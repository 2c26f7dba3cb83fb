import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import { useMe } from '../../../features/auth/use-me';
import { directoryQueries } from '../../../features/directory/directory.api';
import { DeskBooking } from '../../../features/staff-registry-desk/desk-booking';
import {
  deskQueries,
  type TAppointment,
  type TFoundPatient,
} from '../../../features/staff-registry-desk/registry-desk.api';
import { useClinicNames } from '../../../features/staff-registry-desk/use-clinic-names';
import { ApiError } from '../../../shared/api-client';
import { formatCalendarDate } from '../../../shared/ui/dates';
import { ErrorMessage } from '../../../shared/ui/error-message';
import { Fact } from '../../../shared/ui/fact';
import { LiveStatus } from '../../../shared/ui/live-status';
import { PageHeading } from '../../../shared/ui/page-heading';
import { useDocumentTitle } from '../../../shared/ui/use-document-title';
import { DeskAppointments } from './desk-appointments';
import { DeskAttach } from './desk-attach';
import { DeskRepresentatives } from './desk-representatives';
import { DeskShortcuts, useShortcut } from './desk-shortcuts';
import { DeskTicket } from './desk-ticket';
import { DeskWaitlist } from './desk-waitlist';
import './registry-desk.css';

type Panel =
  | { kind: 'none' }
  | { kind: 'book' }
  | { kind: 'attach' }
  | { kind: 'move'; appointment: TAppointment }
  | { kind: 'ticket'; appointment: TAppointment; isFresh: boolean };

/**
 * `/registry/patients/:id`: the person the desk acts for — contacts and attachment (no medical data), their
 * visits at the desk's clinics with ticket, move and cancel, «Записать» (shortcut «З»), their waitlist
 * entries and their representatives and wards.
 */
export function DeskPatientPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { me } = useMe();
  const card = useQuery(deskQueries.card(id));
  // A caller found by an exact identifier but new to the desk's clinics: the policy shows their card only
  // once they are known there (docs/identity.md), so the page shows what the search answered and books.
  const state = useLocation().state as { found?: TFoundPatient } | null;
  const found = state?.found?.id === id ? state.found : null;
  const isNew = found !== null && card.error instanceof ApiError && card.error.status === 404;
  const attachedId =
    card.data?.attachedOrganizationId ?? (isNew ? found.attachedOrganization?.id : null) ?? null;
  const attached = useQuery({
    ...directoryQueries.organization(attachedId ?? ''),
    enabled: attachedId !== null,
  });
  const person = card.data ?? (isNew ? found : null);
  const [panel, setPanel] = useState<Panel>({ kind: 'none' });
  const [status, setStatus] = useState('');
  const ownClinicIds = (me?.roles ?? [])
    .filter((role) => role.role === 'registrar' && role.organizationId)
    .map((role) => role.organizationId as string);
  const clinicIds =
    ownClinicIds.length > 0 ? ownClinicIds : [card.data?.attachedOrganizationId ?? ''].filter(Boolean);
  const clinics = useClinicNames(clinicIds);

  const name = person
    ? [person.surname, person.name, person.patronymic].filter(Boolean).join(' ')
    : t('registry.desk.patient');
  useDocumentTitle(name);
  useShortcut('search', () => void navigate('/registry'));
  useShortcut('book', panel.kind === 'book' ? null : () => setPanel({ kind: 'book' }));

  // Not attached to one of the desk's clinics: the desk may attach them there (issue 13 item 2).
  const canAttach =
    card.data !== undefined && ownClinicIds.length > 0 && !ownClinicIds.includes(attachedId ?? '');

  async function attachedTo(clinic: string) {
    await queryClient.invalidateQueries({ queryKey: deskQueries.card(id).queryKey });
    setStatus(t('registry.desk.attach.done', { clinic }));
    setPanel({ kind: 'none' });
  }

  async function booked(appointment: TAppointment) {
    // Booked at the desk's clinic, a new caller is known there now: their card and visits open.
    await queryClient.invalidateQueries({ queryKey: deskQueries.card(id).queryKey });
    await queryClient.invalidateQueries({ queryKey: deskQueries.appointments(id).queryKey });
    setStatus(t('registry.desk.bookedStatus', { number: appointment.ticketNumber }));
    setPanel({ kind: 'ticket', appointment, isFresh: true });
  }

  return (
    <div className="page registry-desk">
      <PageHeading isReady={!card.isPending} lang={person ? 'ru' : undefined}>
        {name}
      </PageHeading>
      <DeskShortcuts page="patient" />
      <LiveStatus>{status}</LiveStatus>
      {card.isError && !isNew ? (
        <ErrorMessage error={card.error} onRetry={() => void card.refetch()} />
      ) : null}
      {isNew ? <p className="notice">{t('registry.desk.newCaller')}</p> : null}
      {person ? (
        <dl className="facts">
          <Fact label={t('registry.desk.birthDate')}>
            {formatCalendarDate(person.birthDate, i18n.language)}
          </Fact>
          <Fact label={t('registry.desk.phone')}>{person.phone ?? t('registry.desk.none')}</Fact>
          {card.data ? (
            <Fact label={t('registry.desk.email')}>{card.data.email ?? t('registry.desk.none')}</Fact>
          ) : null}
          <Fact label={t('registry.desk.snils')}>{person.snils ?? t('registry.desk.none')}</Fact>
          {card.data ? (
            <Fact label={t('registry.desk.oms')}>{card.data.oms ?? t('registry.desk.none')}</Fact>
          ) : null}
          <Fact label={t('registry.desk.attachment')}>
            {attachedId ? (attached.data?.name ?? '…') : t('registry.desk.notAttached')}
          </Fact>
        </dl>
      ) : null}
      {person && panel.kind !== 'book' && panel.kind !== 'move' ? (
        <p>
          <button type="button" className="button button--primary" onClick={() => setPanel({ kind: 'book' })}>
            {t('registry.desk.bookAction')} <kbd>З</kbd>
          </button>{' '}
          {canAttach && panel.kind !== 'attach' ? (
            <button
              type="button"
              className="button button--secondary"
              onClick={() => setPanel({ kind: 'attach' })}
            >
              {t('registry.desk.attach.action')}
            </button>
          ) : null}
        </p>
      ) : null}
      {panel.kind === 'book' || panel.kind === 'move' ? (
        <DeskBooking
          key={panel.kind === 'move' ? panel.appointment.id : 'book'}
          patientId={id}
          clinics={clinics}
          moving={panel.kind === 'move' ? panel.appointment : undefined}
          onDone={(appointment) => void booked(appointment)}
          onClose={() => setPanel({ kind: 'none' })}
        />
      ) : null}
      {panel.kind === 'attach' ? (
        <DeskAttach
          patientId={id}
          clinics={clinics}
          onDone={(clinic) => void attachedTo(clinic)}
          onClose={() => setPanel({ kind: 'none' })}
        />
      ) : null}
      {panel.kind === 'ticket' ? (
        <DeskTicket appointment={panel.appointment} isFresh={panel.isFresh} />
      ) : null}
      {card.data ? (
        <DeskAppointments
          patientId={id}
          onTicket={(appointment) => setPanel({ kind: 'ticket', appointment, isFresh: false })}
          onMove={(appointment) => setPanel({ kind: 'move', appointment })}
          onCancelled={(appointment) => {
            setStatus(t('registry.desk.cancelledStatus', { number: appointment.ticketNumber }));
            setPanel({ kind: 'none' });
          }}
        />
      ) : null}
      {card.data ? (
        <DeskWaitlist
          patientId={id}
          onRemoved={(entry) =>
            setStatus(t('registry.desk.removedStatus', { specialty: entry.specialty.name }))
          }
        />
      ) : null}
      {card.data ? <DeskRepresentatives patientId={id} /> : null}
    </div>
  );
}
