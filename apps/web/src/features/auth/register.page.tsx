import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../../shared/ui/page-heading';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import type { TRegisterResponse } from './auth.types';
import { PhoneCodeStep } from './phone-code-step';
import { RegisterForm } from './register-form';
import './auth.css';

/** `/register`: the registration form, then the phone code on the same page; ends logged in at `/account`. */
export function RegisterPage() {
  const { t } = useTranslation();
  const [registration, setRegistration] = useState<TRegisterResponse | null>(null);
  useDocumentTitle(registration ? t('auth.code.documentTitle') : t('auth.register.title'));
  return (
    <div className="page auth-page">
      <PageHeading>{t('auth.register.title')}</PageHeading>
      {registration ? (
        <PhoneCodeStep registration={registration} onResent={setRegistration} />
      ) : (
        <>
          <p className="page-lead">{t('auth.register.lead')}</p>
          <p>
            {t('auth.register.haveAccount')} <Link to="/login">{t('auth.login.submit')}</Link>
          </p>
          <RegisterForm onRegistered={setRegistration} />
        </>
      )}
    </div>
  );
}
