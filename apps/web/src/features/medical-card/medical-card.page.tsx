import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useParams, useSearchParams } from 'react-router';
import { PageHeading } from '../../shared/ui/page-heading';
import { SelectField } from '../../shared/ui/select-field';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { useMe } from '../auth/use-me';
import { fullName } from '../representatives/person-name';
import { representativesQueries } from '../representatives/representatives.api';
import { CARD_SECTIONS, cardHref, sectionOf } from './card-sections';
import './medical-card.css';
import { CARD_PANELS } from './card-panels';

/**
 * `/card/:section?` — «Медицинская карта»: eight sections read from `/api/v1/records/*`. A representative
 * picks whose card in the header; the choice is `?patientId=` in the address, so a link shares it.
 */
export function MedicalCardPage() {
  const { t } = useTranslation();
  const { section: segment } = useParams();
  const [params, setParams] = useSearchParams();
  const patientId = params.get('patientId') ?? undefined;
  const section = sectionOf(segment);
  useDocumentTitle(section ? `${t(section.label)} — ${t('card.title')}` : t('card.title'));
  const Panel = section ? CARD_PANELS[section.id] : null;
  return (
    <div className="page medical-card">
      <PageHeading>{t('card.title')}</PageHeading>
      <WardSwitch
        patientId={patientId}
        onChange={(next) =>
          setParams(
            (current) => {
              const updated = new URLSearchParams(current);
              if (next) updated.set('patientId', next);
              else updated.delete('patientId');
              updated.delete('analyte');
              return updated;
            },
            { preventScrollReset: true },
          )
        }
      />
      <nav className="link-tabs" aria-label={t('card.sections')}>
        <ul>
          {CARD_SECTIONS.map((s) => (
            <li key={s.id}>
              <NavLink to={cardHref(s.id, patientId)} end className="link-tabs__link">
                {t(s.label)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      {Panel && section ? (
        <section className="card-panel" aria-labelledby="card-panel-heading">
          <h2 id="card-panel-heading">{t(section.label)}</h2>
          <Panel key={patientId ?? 'self'} patientId={patientId} />
        </section>
      ) : (
        <div className="notice">
          <p>{t('card.noSuchSection')}</p>
          <Link to={cardHref('overview', patientId)}>{t('card.tabs.overview')}</Link>
        </div>
      )}
    </div>
  );
}

/** «Чья карта»: the person themselves or a ward; shown only to someone who has wards. */
function WardSwitch({
  patientId,
  onChange,
}: {
  patientId: string | undefined;
  onChange: (patientId: string) => void;
}) {
  const { t } = useTranslation();
  const { me } = useMe();
  const wards = useQuery({ ...representativesQueries.wards(), enabled: Boolean(me) });
  const active = (wards.data?.items ?? []).filter((w) => w.status === 'active');
  if (!me || active.length === 0) return null;
  const options = [
    ...(me.patientId ? [{ value: '', label: t('card.self', { name: me.displayName }) }] : []),
    ...active.map((w) => ({ value: w.patient.id, label: fullName(w.patient) })),
  ];
  return (
    <SelectField
      id="card-whose"
      className="card-whose"
      label={t('card.whose')}
      value={patientId ?? ''}
      options={options}
      onChange={onChange}
    />
  );
}
