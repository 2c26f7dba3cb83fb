import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../shared/ui/error-message';
import { LiveStatus } from '../../shared/ui/live-status';
import { adminAuditApi, type TAuditVerification } from './admin-audit.api';

/**
 * «Проверить целостность журнала» (system admin): the same check as `npm run audit:verify`, its outcome in
 * words in a live region — intact, or the first broken entry and the kind of damage.
 */
export function AuditVerify() {
  const { t } = useTranslation();
  const check = useMutation({ mutationFn: adminAuditApi.verify });
  const describe = (result: TAuditVerification): string => {
    const verdict = result.ok
      ? t('adminAudit.verify.intact', { count: result.checked })
      : t('adminAudit.verify.broken', {
          seq: result.brokenAt ?? 0,
          problem: result.problem ? t(`adminAudit.verify.problems.${result.problem}`) : '',
          count: result.checked,
        });
    return result.unchainedTailAgeSeconds === undefined
      ? verdict
      : `${verdict} ${t('adminAudit.verify.tail', { seconds: result.unchainedTailAgeSeconds })}`;
  };
  return (
    <section className="admin-audit__verify" aria-labelledby="audit-verify-heading">
      <h2 id="audit-verify-heading">{t('adminAudit.verify.title')}</h2>
      <p>{t('adminAudit.verify.intro')}</p>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => check.mutate()}
        disabled={check.isPending}
      >
        {check.isPending ? t('adminAudit.verify.running') : t('adminAudit.verify.run')}
      </button>
      <LiveStatus className={check.data && !check.data.ok ? 'admin-audit__broken' : undefined}>
        {check.data ? describe(check.data) : ''}
      </LiveStatus>
      {check.isError ? <ErrorMessage error={check.error} onRetry={() => check.mutate()} /> : null}
    </section>
  );
}
