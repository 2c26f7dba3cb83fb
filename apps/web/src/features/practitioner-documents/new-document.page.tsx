import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { api, dataOf } from '../../shared/api-client';
import { formatCalendarDate, formatMoscowDate } from '../../shared/ui/dates';
import { FormAlert } from '../../shared/ui/form-alert';
import { PageHeading } from '../../shared/ui/page-heading';
import { SearchForm } from '../../shared/ui/search-form';
import { SelectField } from '../../shared/ui/select-field';
import { TextField } from '../../shared/ui/text-field';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import {
  DOCUMENT_KINDS,
  documentApi,
  documentQueries,
  PERIOD_KINDS,
  type TDocumentKind,
  VISIT_KIND,
} from './practitioner-documents.api';

const today = () => new Date().toISOString().slice(0, 10);
const monthAgo = () => new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);

/**
 * «Написать документ» (`/doctor/documents/new?patientId=…`): the patient (from the card, or found here among
 * the doctor's patients), the kind, and the period or the visit; «Создать черновик» prefills the draft from
 * the record and opens the editor.
 */
export function NewDocumentPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const patientId = params.get('patientId') ?? '';
  useDocumentTitle(t('practitionerDocuments.new.title'));
  return (
    <div className="page doctor-page">
      <PageHeading>{t('practitionerDocuments.new.title')}</PageHeading>
      {patientId ? (
        <NewDocumentForm patientId={patientId} />
      ) : (
        <PatientChoice onChoose={(id) => setParams({ patientId: id })} />
      )}
    </div>
  );
}

function PatientChoice({ onChoose }: { onChoose: (patientId: string) => void }) {
  const { t, i18n } = useTranslation();
  const [q, setQ] = useState('');
  const found = useQuery({
    queryKey: ['account', 'practitioner-document-patients', q],
    queryFn: ({ signal }) =>
      dataOf(api.GET('/api/v1/practitioner/patients', { params: { query: { q } }, signal })),
    enabled: q.length > 1,
  });
  const patients = (found.data?.items ?? []).filter((p) => p.isInCare);
  return (
    <section aria-labelledby="patient-choice">
      <h2 id="patient-choice">{t('practitionerDocuments.new.patient')}</h2>
      <SearchForm label={t('practitionerDocuments.new.search')} value={q} onSearch={setQ} />
      <ul className="record-list">
        {patients.map((p) => (
          <li key={p.id} className="record-list__item">
            <button type="button" className="button button--secondary" onClick={() => onChoose(p.id)}>
              <span lang="ru">{[p.surname, p.name, p.patronymic].filter(Boolean).join(' ')}</span>,{' '}
              {formatCalendarDate(p.birthDate, i18n.language)}
            </button>
          </li>
        ))}
      </ul>
      {found.data && patients.length === 0 ? <p>{t('practitionerDocuments.new.nobody')}</p> : null}
    </section>
  );
}

function NewDocumentForm({ patientId }: { patientId: string }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [kind, setKind] = useState<TDocumentKind>('discharge-summary');
  const [from, setFrom] = useState(monthAgo);
  const [to, setTo] = useState(today);
  const [encounterId, setEncounterId] = useState('');
  const visits = useQuery({ ...documentQueries.visits(patientId), enabled: kind === VISIT_KIND });
  const create = useMutation({
    mutationFn: () =>
      documentApi.create({
        patientId,
        kind,
        ...(PERIOD_KINDS.has(kind) ? { from, to } : {}),
        ...(kind === VISIT_KIND ? { encounterId: encounterId || (visits.data?.items[0]?.id ?? null) } : {}),
      }),
    onSuccess: (draft) => navigate(`/doctor/documents/${draft.id}`),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate();
  };
  const visitItems = visits.data?.items ?? [];
  return (
    <form onSubmit={submit} noValidate>
      <FormAlert error={create.error} />
      <SelectField
        label={t('practitionerDocuments.new.kind')}
        value={kind}
        options={DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`practitionerDocuments.kinds.${k}`) }))}
        onChange={(value) => setKind(value as TDocumentKind)}
      />
      {PERIOD_KINDS.has(kind) ? (
        <fieldset className="fieldset">
          <legend>{t('practitionerDocuments.new.period')}</legend>
          <TextField
            id="document-from"
            type="date"
            label={t('practitionerDocuments.new.from')}
            value={from}
            onChange={(event) => setFrom(event.target.value)}
          />
          <TextField
            id="document-to"
            type="date"
            label={t('practitionerDocuments.new.to')}
            value={to}
            onChange={(event) => setTo(event.target.value)}
          />
        </fieldset>
      ) : null}
      {kind === VISIT_KIND ? (
        <SelectField
          label={t('practitionerDocuments.new.visit')}
          value={encounterId || (visitItems[0]?.id ?? '')}
          options={visitItems.map((v) => ({
            value: v.id,
            label: `${formatMoscowDate(v.periodStart, i18n.language)} — ${v.specialty?.name ?? v.practitioner?.name ?? ''}`,
          }))}
          onChange={setEncounterId}
        />
      ) : null}
      <p className="hint">{t('practitionerDocuments.new.prefillHint')}</p>
      <button type="submit" className="button button--primary" disabled={create.isPending}>
        {t('practitionerDocuments.new.create')}
      </button>
    </form>
  );
}
