import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveStatus } from '../../shared/ui/live-status';
import { PageHeading } from '../../shared/ui/page-heading';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { AddWardForm } from './add-ward-form';
import { fullName } from './person-name';
import { ProxyForm } from './proxy-form';
import { WardsSection } from './wards-section';
import '../auth/auth.css';
import '../account/account.css';

/** `/account/family`: children, wards and adults one may book for; adding and ending them. */
export function FamilyPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState('');
  useDocumentTitle(t('family.title'));

  return (
    <div className="page account-page">
      <PageHeading>{t('family.title')}</PageHeading>
      <p className="page-lead">{t('family.lead')}</p>
      <LiveStatus>{status}</LiveStatus>
      <WardsSection onEnded={setStatus} />
      <section className="section" aria-labelledby="add-ward-title">
        <h2 id="add-ward-title">{t('family.add.title')}</h2>
        <p className="hint">{t('family.add.lead')}</p>
        <AddWardForm
          onAdded={(ward) =>
            setStatus(
              t(ward.status === 'pending' ? 'family.add.sent' : 'family.add.added', {
                name: fullName(ward.patient),
              }),
            )
          }
        />
      </section>
      <section className="section" aria-labelledby="proxy-title">
        <h2 id="proxy-title">{t('family.proxy.title')}</h2>
        <p className="hint">{t('family.proxy.lead')}</p>
        <ProxyForm
          onConfirmed={(ward) => setStatus(t('family.proxy.confirmed', { name: fullName(ward.patient) }))}
        />
      </section>
    </div>
  );
}
