import { useQuery } from '@tanstack/react-query';
import { type ChangeEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '../../shared/api-client';
import { formatCalendarDate, formatMoscowDateTime } from '../../shared/ui/dates';
import { ErrorMessage } from '../../shared/ui/error-message';
import { LiveStatus } from '../../shared/ui/live-status';
import { PageHeading } from '../../shared/ui/page-heading';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { documentsQueries, sha256Hex } from './documents.api';
import '../account/account.css';
import './documents.css';

/**
 * `/check/:code` — the public check a document's QR code opens (issue 12 item 6): no login; the type, date,
 * clinic, signer, SHA-256 and whether the document is genuine or revoked. A visitor may pick the PDF to
 * compare its hash, computed in the browser. Never the patient nor the content.
 */
export function DocumentCheckPage() {
  const { t, i18n } = useTranslation();
  const { code = '' } = useParams();
  useDocumentTitle(t('documentCheck.title'));
  const check = useQuery(documentsQueries.check(code));
  const [comparison, setComparison] = useState('');
  const notFound =
    check.error instanceof ApiError && (check.error.status === 404 || check.error.status === 400);
  const result = check.data;

  const compare = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file || !result?.sha256) return;
    const hash = await sha256Hex(file);
    setComparison(t(hash === result.sha256 ? 'documentCheck.fileMatches' : 'documentCheck.fileDiffers'));
  };

  return (
    <div className="page account-page">
      <PageHeading isReady={!check.isPending}>{t('documentCheck.title')}</PageHeading>
      {check.isPending ? <p>{t('common.loading')}</p> : null}
      {notFound ? (
        <p className="badge badge--muted">{t('documentCheck.notFound')}</p>
      ) : check.isError ? (
        <ErrorMessage error={check.error} onRetry={() => void check.refetch()} />
      ) : null}
      {result?.found ? (
        <section className="section" aria-labelledby="check-verdict">
          <h2 id="check-verdict">
            {result.status === 'valid'
              ? t('documentCheck.genuine')
              : result.status === 'superseded'
                ? t('documentCheck.superseded')
                : t('documentCheck.revoked')}
          </h2>
          <dl className="record-list__facts">
            <div>
              <dt>{t('documentCheck.type')}</dt>
              <dd>{result.documentType}</dd>
            </div>
            {result.issuedAt ? (
              <div>
                <dt>{t('documentCheck.date')}</dt>
                <dd>{formatCalendarDate(result.issuedAt, i18n.language)}</dd>
              </div>
            ) : null}
            {result.organization ? (
              <div>
                <dt>{t('documentCheck.organization')}</dt>
                <dd>{result.organization}</dd>
              </div>
            ) : null}
            <div>
              <dt>{t('documentCheck.signature')}</dt>
              <dd>
                {result.signed
                  ? t('documentCheck.signedBy', {
                      name: result.signerName ?? '',
                      at: result.signedAt ? formatMoscowDateTime(result.signedAt, i18n.language) : '',
                    })
                  : t('documentCheck.unsigned')}
              </dd>
            </div>
            <div>
              <dt>{t('documentCheck.sha256')}</dt>
              <dd className="check-hash">{result.sha256}</dd>
            </div>
          </dl>
          <div className="field">
            <label htmlFor="check-file" className="field__label">
              {t('documentCheck.compare')}
            </label>
            <p id="check-file-hint" className="field__hint">
              {t('documentCheck.compareHint')}
            </p>
            <input
              id="check-file"
              type="file"
              accept="application/pdf"
              aria-describedby="check-file-hint"
              onChange={(event) => void compare(event)}
            />
          </div>
          <LiveStatus>{comparison}</LiveStatus>
        </section>
      ) : null}
    </div>
  );
}
