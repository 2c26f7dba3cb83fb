import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { ErrorMessage } from '../../shared/ui/error-message';
import { FormAlert } from '../../shared/ui/form-alert';
import { LiveStatus } from '../../shared/ui/live-status';
import { PageHeading } from '../../shared/ui/page-heading';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { VisitLabOrders } from '../lab-orders/visit-lab-orders';
import { AutosaveStatus } from './autosave-status';
import { useAutosave } from './use-autosave';
import { VisitAmendment, VisitVersions } from './visit-amendment';
import { type DiagnosisRow, VisitDiagnoses } from './visit-diagnoses';
import { VisitPrescriptions } from './visit-prescriptions';
import { type SectionValues, type TEncounter, visitApi, visitQueries } from './visit-record.api';
import { VisitSections } from './visit-sections';
import '../../features/account/account.css';
import './visit-record.css';

// The staff's slot choice comes with the doctor's follow-up only (docs/web.md: staff pages load lazily).
const FollowUpBooking = lazy(() =>
  import('../staff-registry-desk/follow-up-booking').then((m) => ({ default: m.FollowUpBooking })),
);

const sectionValues = (e: TEncounter): SectionValues => ({
  complaints: e.complaints ?? '',
  anamnesis: e.anamnesis ?? '',
  examination: e.examination ?? '',
  conclusion: e.conclusion ?? '',
  recommendations: e.recommendations ?? '',
  followUp: e.followUp ?? '',
});

const diagnosisRows = (e: TEncounter): DiagnosisRow[] =>
  e.conditions.map((c) => ({ code: c.code, name: c.name, role: c.role ?? 'secondary' }));

/**
 * `/doctor/patients/:patientId/visit?appointmentId=…` — the visit record (issue 12, items 3 and 4): opened
 * from «Начать приём», it starts the appointment's record or resumes its draft. The sections (prefilled from
 * a template of the visit's specialty), the ICD-10 diagnoses and the prescriptions; the draft saves itself
 * 1.5 s after typing stops and when a field is left («Сохранено в 10:42»), so a reload loses nothing;
 * «Завершить приём» saves and closes the record, which from then on changes only by an amendment
 * («Внести исправление»: the sections and a reason; «Исправлено (версия N)» and the earlier versions shown).
 */
export function VisitRecordPage() {
  const { t } = useTranslation();
  const { patientId = '' } = useParams();
  const [search] = useSearchParams();
  const appointmentId = search.get('appointmentId');
  const encounter = useQuery(visitQueries.encounter(patientId, appointmentId));
  useDocumentTitle(t('visit.title'));
  return (
    <div className="page account-page visit-page">
      <PageHeading isReady={!encounter.isPending}>{t('visit.title')}</PageHeading>
      <VisitRecordBody patientId={patientId} appointmentId={appointmentId} />
    </div>
  );
}

/**
 * The visit record of an appointment without a page around it: the page above, and the side panel of a
 * video visit's room (docs/video-visits.md), which shows it beside the call.
 */
export function VisitRecordBody({
  patientId,
  appointmentId,
}: {
  patientId: string;
  appointmentId: string | null;
}) {
  const { t } = useTranslation();
  const encounter = useQuery(visitQueries.encounter(patientId, appointmentId));
  return (
    <>
      {encounter.isPending ? <p>{t('common.loading')}</p> : null}
      {encounter.isError ? (
        <ErrorMessage error={encounter.error} onRetry={() => void encounter.refetch()} />
      ) : null}
      {encounter.data ? <VisitRecordForm encounter={encounter.data} /> : null}
    </>
  );
}

function VisitRecordForm({ encounter: initial }: { encounter: TEncounter }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [encounter, setEncounter] = useState(initial);
  const [diagnoses, setDiagnoses] = useState(() => diagnosisRows(initial));
  const form = useForm<SectionValues>({ defaultValues: sectionValues(initial) });
  const isFinished = encounter.status !== 'in-progress';
  const [isAmending, setAmending] = useState(false);
  const [amendStatus, setAmendStatus] = useState('');
  // The save reads the diagnoses as they are when it runs, not as they were when it was scheduled.
  const diagnosesRef = useRef(diagnoses.map(({ code, role }) => ({ code, role })));
  const autosave = useAutosave(async () => {
    const saved = await visitApi.save(encounter.id, form.getValues(), diagnosesRef.current);
    setEncounter(saved);
  });

  useEffect(() => {
    const watcher = form.watch(() => {
      if (!isFinished) autosave.schedule();
    });
    return () => watcher.unsubscribe();
  }, [form, autosave, isFinished]);

  const changeDiagnoses = (next: DiagnosisRow[]) => {
    setDiagnoses(next);
    diagnosesRef.current = next.map(({ code, role }) => ({ code, role }));
    autosave.schedule();
    void autosave.flush().catch(() => undefined);
  };

  const finish = useMutation({
    mutationFn: async () => {
      await autosave.flush();
      return visitApi.finish(encounter.id);
    },
    onSuccess: (finished) => {
      setEncounter(finished);
      queryClient.setQueryData(
        visitQueries.encounter(finished.patientId, finished.appointmentId).queryKey,
        finished,
      );
    },
  });

  return (
    <>
      <p className="page-lead">
        {[encounter.specialty?.name, encounter.organization?.name].filter(Boolean).join(', ')}
      </p>
      <AutosaveStatus state={autosave.state} settled={isFinished ? t('visit.finished') : null} />
      {encounter.version > 1 ? (
        <p className="badge">{t('visit.amend.amended', { version: encounter.version })}</p>
      ) : null}
      <LiveStatus>{amendStatus}</LiveStatus>
      {isFinished && !isAmending ? (
        <button type="button" className="button button--secondary" onClick={() => setAmending(true)}>
          {t('visit.amend.open')}
        </button>
      ) : null}
      {isAmending ? (
        <VisitAmendment
          encounter={encounter}
          current={form.getValues()}
          onCancel={() => setAmending(false)}
          onAmended={(amended) => {
            setEncounter(amended);
            form.reset(sectionValues(amended));
            setAmending(false);
            setAmendStatus(t('visit.amend.done', { version: amended.version }));
          }}
        />
      ) : null}
      {encounter.version > 1 ? <VisitVersions encounter={encounter} /> : null}
      {isAmending ? null : (
        <VisitSections
          form={form}
          specialty={encounter.specialty?.code ?? null}
          readOnly={isFinished}
          onLeaveField={() => void autosave.flush().catch(() => undefined)}
        />
      )}
      <VisitDiagnoses diagnoses={diagnoses} readOnly={isFinished} onChange={changeDiagnoses} />
      <VisitPrescriptions patientId={encounter.patientId} encounterId={encounter.id} />
      <VisitLabOrders encounterId={encounter.id} />
      <Suspense fallback={null}>
        <FollowUpBooking patientId={encounter.patientId} />
      </Suspense>
      {isFinished ? null : (
        <div className="visit-finish">
          <FormAlert error={finish.error} />
          <button
            type="button"
            className="button button--primary"
            disabled={finish.isPending}
            onClick={() => finish.mutate()}
          >
            {t('visit.finish')}
          </button>
        </div>
      )}
    </>
  );
}
