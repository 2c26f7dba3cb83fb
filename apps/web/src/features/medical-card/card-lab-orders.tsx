import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatMoscowDate } from '../../shared/ui/dates';
import { recordQueries } from './medical-card.api';

/**
 * «Назначенные анализы» above the results: the orders still waiting for their results (a completed one's
 * results are in the table below, a revoked one is no longer to be done). Nothing when there are none.
 */
export function CardLabOrders({ patientId }: { patientId: string | undefined }) {
  const { t, i18n } = useTranslation();
  const active = (useQuery(recordQueries.labOrders(patientId)).data?.items ?? []).filter(
    (order) => order.status === 'active',
  );
  if (active.length === 0) return null;
  return (
    <section aria-labelledby="card-lab-orders">
      <h3 id="card-lab-orders">{t('card.labs.ordered')}</h3>
      <ul>
        {active.map((order) => (
          <li key={order.id}>
            {t('card.labs.orderLine', {
              number: order.number,
              date: formatMoscowDate(order.createdAt, i18n.language),
              tests: order.items.map((item) => item.name).join(', '),
              doctor: order.requester.name,
            })}
            {order.priority === 'urgent' ? ` (${t('card.labs.urgent')})` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}
