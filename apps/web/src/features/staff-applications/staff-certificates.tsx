import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '../../shared/ui/dates';
import { ErrorMessage } from '../../shared/ui/error-message';
import {
  staffApplicationsApi,
  staffApplicationsQueries,
  type TStaffCertificateKind,
} from './staff-applications.api';

const KINDS: TStaffCertificateKind[] = ['work_experience', 'qualification'];

/** «Справки»: a certificate of either kind issued at once (signed by the clinic), and those issued, to download. */
export function StaffCertificates() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const list = useQuery(staffApplicationsQueries.certificates());
  const issue = useMutation({
    mutationFn: staffApplicationsApi.issueCertificate,
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: ['account', 'staff-applications', 'certificates'] }),
  });
  return (
    <section className="doctor-panel" aria-labelledby="certificates-title">
      <h2 id="certificates-title">{t('staffApplications.certificates')}</h2>
      <p>{t('staffApplications.certificatesIntro')}</p>
      <div className="form__actions">
        {KINDS.map((kind) => (
          <button
            key={kind}
            type="button"
            className="button"
            disabled={issue.isPending}
            onClick={() => issue.mutate(kind)}
          >
            {t(`staffApplications.issue.${kind}`)}
          </button>
        ))}
      </div>
      {issue.isError ? <ErrorMessage error={issue.error} /> : null}
      {list.isError ? <ErrorMessage error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data && list.data.items.length === 0 ? <p>{t('staffApplications.noCertificates')}</p> : null}
      {list.data && list.data.items.length > 0 ? (
        <ul>
          {list.data.items.map((c) => (
            <li key={c.id}>
              {c.title} № {c.number}{' '}
              {t('staffApplications.of', { date: formatCalendarDate(c.issuedOn, i18n.language) })}{' '}
              <a href={c.fileUrl} download>
                {t('staffApplications.download', { title: c.title })}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
