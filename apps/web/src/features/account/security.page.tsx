import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeading } from '../../shared/ui/page-heading';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { useMe } from '../auth/use-me';
import { PasswordSection } from './password-section';
import { SessionsSection } from './sessions-section';
import { SmsSection } from './sms-section';
import { TotpSection } from './totp-section';
import '../auth/auth.css';
import './account.css';

/** `/account/security`: sessions, the second factor and the password. Rendered inside `RequireLogin`. */
export function SecurityPage() {
  const { t } = useTranslation();
  const { me } = useMe();
  const [params] = useSearchParams();
  useDocumentTitle(t('security.title'));
  if (!me) return null;
  const isSetupRequired = params.get('mfa') === 'required' && !me.mfa.totp && !me.mfa.sms;

  return (
    <div className="page account-page">
      <PageHeading>{t('security.title')}</PageHeading>
      {isSetupRequired ? (
        <div className="notice notice--error" role="alert">
          <p>{t('security.mfaRequired')}</p>
        </div>
      ) : null}
      <SessionsSection />
      <TotpSection me={me} />
      <SmsSection me={me} />
      <PasswordSection me={me} />
    </div>
  );
}
