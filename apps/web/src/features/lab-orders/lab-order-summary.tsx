import { useTranslation } from 'react-i18next';
import { formatMoscowDateTime } from '../../shared/ui/dates';
import type { TLabOrder } from './lab-orders.api';

/** An order in words: its number, what it asks for, its priority and status (the visit's list, the nurse's). */
export function LabOrderSummary({ order, showPatient = false }: { order: TLabOrder; showPatient?: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <p>
        <strong>{t('labs.order.number', { number: order.number })}</strong>
        {order.priority === 'urgent' ? (
          <span className="marker marker--out"> {t('labs.priority.urgent')}</span>
        ) : null}
        {showPatient ? ` · ${order.patient.fullName}` : ''}
      </p>
      <p>{order.items.map((item) => item.name).join(', ')}</p>
      <p>
        {t('labs.order.statusLabel')}: <strong>{t(`labs.status.${order.status}`)}</strong> ·{' '}
        {t('labs.order.orderedBy', {
          name: order.requester.name,
          date: formatMoscowDateTime(order.createdAt, i18n.language),
        })}
      </p>
      {order.note ? <p>{t('labs.order.note', { note: order.note })}</p> : null}
    </>
  );
}
