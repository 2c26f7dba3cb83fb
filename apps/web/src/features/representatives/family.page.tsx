import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveStatus } from '../../shared/ui/live-status';
import { PageHeading } from '../../shared/ui/page-heading';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { AddWardForm } from './add-ward-form';
import { MyRepresentativesSection } from './my-representatives-section';
import { fullName } from './person-name';
import { ProxyForm } from './proxy-form';
import type { TAddedWard } from './representatives.types';
import { WardsSection } from './wards-section';
import '../auth/auth.css';
import '../account/account.css';

/** What happened to a ward just added: linked, waiting for the code, or for the registry. */
function addedMessage(ward: TAddedWard, t: TFunction): string {
  const name = fullName(ward.patient);
  if (ward.status !== 'pending') return t('family.add.added', { name });
  if (ward.relation === 'guardian') return t('family.add.sent', { name });
  return ward.codeSentTo
    ? t('family.add.codeSent', { name, phone: ward.codeSentTo })
    : t('family.add.childPending', { name });
}

/**
 * `/account/family`: children, wards and adults one may book for; adding and ending them; and one's own
 * parents and guardians, with a young person's say over their medical access.
 */
export function FamilyPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState('');
  useDocumentTitle(t('family.title'));

  return (
    <div className="page account-page">
      <PageHeading>{t('family.title')}</PageHeading>
      <p className="page-lead">{t('family.lead')}</p>
      <LiveStatus>{status}</LiveStatus>
      <WardsSection onChanged={setStatus} />
      <section className="section" aria-labelledby="add-ward-title">
        <h2 id="add-ward-title">{t('family.add.title')}</h2>
        <p className="hint">{t('family.add.lead')}</p>
        <AddWardForm onAdded={(ward) => setStatus(addedMessage(ward, t))} />
      </section>
      <MyRepresentativesSection onChanged={setStatus} />
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
