import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '../../shared/ui/dates';
import { recordQueries } from './medical-card.api';
import { EmptyList, RecordState } from './record-state';

type Props = { patientId: string | undefined };

/** «Диагнозы»: every diagnosis, active ones first, with its ICD-10 code and status in words. */
export function CardDiagnoses({ patientId }: Props) {
  const { t, i18n } = useTranslation();
  const query = useQuery(recordQueries.conditions(patientId));
  const items = [...(query.data?.items ?? [])].sort(
    (a, b) => Number(b.clinicalStatus === 'active') - Number(a.clinicalStatus === 'active'),
  );
  return (
    <>
      <RecordState query={query} patientId={patientId} />
      {query.data && items.length === 0 ? <EmptyList text={t('card.diagnoses.none')} /> : null}
      {items.length ? (
        <div className="table-scroll">
          <table className="record-table">
            <caption>{t('card.diagnoses.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('card.diagnoses.name')}</th>
                <th scope="col">{t('card.diagnoses.code')}</th>
                <th scope="col">{t('card.diagnoses.status')}</th>
                <th scope="col">{t('card.diagnoses.onset')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((c) => (
                <tr key={c.id}>
                  <th scope="row">{c.name}</th>
                  <td data-label={t('card.diagnoses.code')}>{c.code}</td>
                  <td data-label={t('card.diagnoses.status')}>
                    {t(`card.diagnoses.statuses.${c.clinicalStatus}`)}
                  </td>
                  <td data-label={t('card.diagnoses.onset')}>
                    {c.onsetDate ? formatCalendarDate(c.onsetDate, i18n.language) : '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}

/** «Рецепты»: prescriptions, newest first, with the medicine, dosage, validity and status in words. */
export function CardPrescriptions({ patientId }: Props) {
  const { t, i18n } = useTranslation();
  const query = useQuery(recordQueries.prescriptions(patientId));
  const items = query.data?.items ?? [];
  return (
    <>
      <RecordState query={query} patientId={patientId} />
      {query.data && items.length === 0 ? <EmptyList text={t('card.prescriptions.none')} /> : null}
      <ul className="plain-list record-list">
        {items.map((p) => (
          <li key={p.id}>
            <article className="card" aria-labelledby={`prescription-${p.id}`}>
              <h3 id={`prescription-${p.id}`} className="card__title">
                {[p.medicine.name, p.medicine.form, p.medicine.strength].filter(Boolean).join(', ')}
              </h3>
              <dl className="facts">
                <div className="facts__row">
                  <dt>{t('card.prescriptions.number')}</dt>
                  <dd>{p.number}</dd>
                </div>
                {p.dosageText ? (
                  <div className="facts__row">
                    <dt>{t('card.prescriptions.dosage')}</dt>
                    <dd>{p.dosageText}</dd>
                  </div>
                ) : null}
                <div className="facts__row">
                  <dt>{t('card.prescriptions.validUntil')}</dt>
                  <dd>{formatCalendarDate(p.validUntil, i18n.language)}</dd>
                </div>
                <div className="facts__row">
                  <dt>{t('card.prescriptions.status')}</dt>
                  <dd>{t(`card.prescriptions.statuses.${p.status}`)}</dd>
                </div>
              </dl>
            </article>
          </li>
        ))}
      </ul>
    </>
  );
}

/** «Прививки»: the vaccinations, newest first. */
export function CardImmunizations({ patientId }: Props) {
  const { t, i18n } = useTranslation();
  const query = useQuery(recordQueries.immunizations(patientId));
  const items = (query.data?.items ?? []).filter((i) => i.status === 'completed');
  return (
    <>
      <RecordState query={query} patientId={patientId} />
      {query.data && items.length === 0 ? <EmptyList text={t('card.immunizations.none')} /> : null}
      {items.length ? (
        <div className="table-scroll">
          <table className="record-table">
            <caption>{t('card.immunizations.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('card.immunizations.vaccine')}</th>
                <th scope="col">{t('card.immunizations.date')}</th>
                <th scope="col">{t('card.immunizations.dose')}</th>
                <th scope="col">{t('card.immunizations.where')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((i) => (
                <tr key={i.id}>
                  <th scope="row">{i.vaccine.name}</th>
                  <td data-label={t('card.immunizations.date')}>
                    {formatCalendarDate(i.date, i18n.language)}
                  </td>
                  <td data-label={t('card.immunizations.dose')}>{i.doseNumber ?? '—'}</td>
                  <td data-label={t('card.immunizations.where')}>
                    {i.organization?.name ?? i.performer ?? '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}

/** «Полис ОМС»: the policies, the number masked, the insurer and the status in words. */
export function CardCoverage({ patientId }: Props) {
  const { t, i18n } = useTranslation();
  const query = useQuery(recordQueries.coverage(patientId));
  const items = query.data?.items ?? [];
  const date = (d: string | null) => (d ? formatCalendarDate(d, i18n.language) : '…');
  return (
    <>
      <RecordState query={query} patientId={patientId} />
      {query.data && items.length === 0 ? <EmptyList text={t('card.coverage.none')} /> : null}
      <ul className="plain-list record-list">
        {items.map((c) => (
          <li key={c.id}>
            <article className="card" aria-labelledby={`coverage-${c.id}`}>
              <h3 id={`coverage-${c.id}`} className="card__title">
                {t('card.coverage.number', { number: c.numberMasked })}
              </h3>
              <dl className="facts">
                <div className="facts__row">
                  <dt>{t('card.coverage.status')}</dt>
                  <dd>{t(`card.coverageStatus.${c.status}`)}</dd>
                </div>
                <div className="facts__row">
                  <dt>{t('card.coverage.insurer')}</dt>
                  <dd>{c.insurer.name}</dd>
                </div>
                <div className="facts__row">
                  <dt>{t('card.coverage.period')}</dt>
                  <dd>{`${date(c.periodStart)} — ${date(c.periodEnd)}`}</dd>
                </div>
              </dl>
            </article>
          </li>
        ))}
      </ul>
    </>
  );
}
