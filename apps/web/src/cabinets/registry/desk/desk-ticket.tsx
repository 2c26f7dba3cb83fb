import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { AppointmentFacts } from '../../../features/booking/appointment-facts';
import { ticketLinks } from '../../../features/booking/booking.api';
import type { TAppointment } from '../../../features/staff-registry-desk/registry-desk.api';
import { useShortcut } from './desk-shortcuts';

/**
 * A visit's ticket as the desk hands it over: the facts and the QR code the desk scans at check-in. The
 * print stylesheet (`registry-desk.css`) prints this block alone; the PDF is the same ticket to send.
 */
export function DeskTicket({ appointment, isFresh }: { appointment: TAppointment; isFresh: boolean }) {
  const { t } = useTranslation();
  const printRef = useRef<HTMLButtonElement>(null);
  const links = ticketLinks(appointment.id);
  const print = () => window.print();
  useShortcut('print', print);
  // Just booked: the next key the operator presses prints it.
  useEffect(() => {
    if (isFresh) printRef.current?.focus();
  }, [isFresh]);

  return (
    <section className="section registry-desk__ticket" aria-labelledby="desk-ticket-heading">
      <h2 id="desk-ticket-heading">
        {t(isFresh ? 'registry.desk.booked' : 'registry.desk.ticket', { number: appointment.ticketNumber })}
      </h2>
      <div className="registry-desk__ticket-body">
        <AppointmentFacts appointment={appointment} />
        <img
          className="registry-desk__qr"
          src={links.qr}
          alt={t('registry.desk.qr')}
          width={160}
          height={160}
        />
      </div>
      <div className="actions registry-desk__no-print">
        <button ref={printRef} type="button" className="button button--primary" onClick={print}>
          {t('registry.desk.print')}
        </button>
        <a className="button button--secondary" href={links.pdf} target="_blank" rel="noreferrer">
          {t('registry.desk.pdf')}
        </a>
      </div>
    </section>
  );
}
