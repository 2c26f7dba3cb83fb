import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveStatus } from '../../shared/ui/live-status';
import { PageHeading } from '../../shared/ui/page-heading';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { DataChangesSection } from '../data-changes/data-changes-section';
import { DataRequestForm } from './data-request-form';
import { DataRequestsSection } from './data-requests-section';
import { exportUrl } from './privacy.api';
import { ProfileCard } from './profile-card';
import '../auth/auth.css';
import '../account/account.css';

/**
 * `/account/data`: the card, «Изменить данные» with the data-change requests, «Скачать мои данные», and the
 * person's requests about their data (rule 19).
 */
export function MyDataPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState('');
  useDocumentTitle(t('myData.title'));

  return (
    <div className="page account-page">
      <PageHeading>{t('myData.title')}</PageHeading>
      <p className="page-lead">{t('myData.lead')}</p>
      <ProfileCard />
      <DataChangesSection />
      <section className="section" aria-labelledby="export-title">
        <h2 id="export-title">{t('myData.export.title')}</h2>
        <p className="hint">{t('myData.export.lead')}</p>
        {/* Plain links: the browser downloads with the session cookie (same origin) and names the file. */}
        <ul className="download-links">
          <li>
            <a className="button button--secondary" href={exportUrl('json')} download>
              {t('myData.export.json')}
              <span className="visually-hidden"> ({t('myData.export.jsonHint')})</span>
            </a>
          </li>
          <li>
            <a className="button button--secondary" href={exportUrl('pdf')} download>
              {t('myData.export.pdf')}
              <span className="visually-hidden"> ({t('myData.export.pdfHint')})</span>
            </a>
          </li>
        </ul>
      </section>
      <DataRequestsSection />
      <section className="section" aria-labelledby="data-request-title">
        <h2 id="data-request-title">{t('myData.form.title')}</h2>
        <LiveStatus>{status}</LiveStatus>
        <DataRequestForm onSent={setStatus} />
      </section>
    </div>
  );
}
