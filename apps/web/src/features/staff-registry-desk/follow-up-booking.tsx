import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveStatus } from '../../shared/ui/live-status';
import { useMe } from '../auth/use-me';
import { formatVisitMoment } from '../booking/slot-time';
import { DeskBooking } from './desk-booking';
import type { TAppointment } from './registry-desk.api';
import { useClinicNames } from './use-clinic-names';

/**
 * «Записать на повторный приём» (issue 12): the doctor books the patient's next visit — with themself or a
 * colleague of their clinic — from the visit page or the card, with the desk's keyboard-first slot choice.
 * The server books it on the channel `doctor` with the same rules as every channel (no override) and audits
 * the doctor as the actor (docs/booking.md).
 */
export function FollowUpBooking({ patientId }: { patientId: string }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const { me } = useMe();
  const [isOpen, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const clinicIds = [
    ...new Set(
      (me?.roles ?? [])
        .filter((grant) => (grant.role === 'doctor' || grant.role === 'nurse') && grant.organizationId)
        .map((grant) => grant.organizationId as string),
    ),
  ];
  const clinics = useClinicNames(clinicIds);

  async function booked(appointment: TAppointment) {
    setOpen(false);
    setStatus(
      t('visit.followUp.booked', {
        when: formatVisitMoment(appointment.slot.start, appointment.slot.timeZone, i18n.language),
        doctor: appointment.practitioner.name,
        number: appointment.ticketNumber,
      }),
    );
    // The schedules and the card's visits show the new one.
    await queryClient.invalidateQueries({ queryKey: ['account', 'practice'] });
  }

  return (
    <section className="section visit-follow-up" aria-label={t('visit.followUp.open')}>
      <LiveStatus>{status}</LiveStatus>
      {isOpen && clinicIds.length > 0 ? (
        <DeskBooking
          patientId={patientId}
          clinics={clinics}
          title={t('visit.followUp.title')}
          canOverride={false}
          offersVideo
          onDone={(appointment) => void booked(appointment)}
          onClose={() => setOpen(false)}
        />
      ) : (
        <button type="button" className="button button--secondary" onClick={() => setOpen(true)}>
          {t('visit.followUp.open')}
        </button>
      )}
    </section>
  );
}
