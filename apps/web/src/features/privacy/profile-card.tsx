import { useMutation, useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '../../shared/ui/dates';
import { ErrorMessage } from '../../shared/ui/error-message';
import { LiveStatus } from '../../shared/ui/live-status';
import { PasswordConfirmForm } from '../account/password-confirm-form';
import { privacyApi, privacyQueries } from './privacy.api';
import type { TPatientProfile } from './privacy.types';

/**
 * «Карта пациента»: what the clinic knows, SNILS and OMS masked. «Показать» asks for the password, then the
 * server sends the full numbers (written to the audit log); they live only in this component's state and
 * are dropped once hidden again.
 */
export function ProfileCard() {
  const { t, i18n } = useTranslation();
  const [isAsking, setAsking] = useState(false);
  const [status, setStatus] = useState('');
  const profile = useQuery(privacyQueries.profile());
  const reveal = useMutation({
    mutationFn: privacyApi.revealProfile,
    onSuccess: () => {
      setAsking(false);
      setStatus(t('myData.revealed'));
    },
  });
  const revealed = reveal.data ?? null;
  const card = revealed ?? profile.data;

  const toggle = () => {
    if (revealed) {
      reveal.reset();
      setStatus(t('myData.hidden'));
      return;
    }
    reveal.reset();
    setAsking(true);
  };

  const notGiven = t('myData.notGiven');
  const rows: { key: keyof typeof LABELS; value: string | null; lang?: string }[] = card
    ? [
        {
          key: 'name',
          value: [card.surname, card.name, card.patronymic].filter(Boolean).join(' '),
          lang: 'ru',
        },
        { key: 'birthDate', value: formatCalendarDate(card.birthDate, i18n.language) },
        { key: 'sex', value: t(`auth.fields.sexValue.${card.sex}`) },
        { key: 'snils', value: card.snils },
        { key: 'oms', value: card.oms },
        { key: 'phone', value: card.phone },
        { key: 'email', value: card.email },
        { key: 'address', value: card.address, lang: 'ru' },
        { key: 'attachment', value: describeAttachment(card, t, i18n.language), lang: 'ru' },
      ]
    : [];

  return (
    <section className="section" aria-labelledby="profile-card-title">
      <h2 id="profile-card-title">{t('myData.card')}</h2>
      {profile.isError ? (
        <ErrorMessage error={profile.error} onRetry={() => void profile.refetch()} headingLevel={3} />
      ) : null}
      {profile.isPending ? <p>{t('common.loading')}</p> : null}
      {card ? (
        <>
          <dl className="summary-list">
            {rows.map((row) => (
              <div key={row.key} className="summary-list__row">
                <dt>{t(LABELS[row.key])}</dt>
                <dd
                  lang={row.value ? row.lang : undefined}
                  className={row.key === 'snils' || row.key === 'oms' ? 'identifier' : undefined}
                >
                  {row.value ?? notGiven}
                </dd>
              </div>
            ))}
          </dl>
          <p className="hint" id="reveal-hint">
            {t('myData.revealHint')}
          </p>
          <button
            type="button"
            className="button button--secondary"
            onClick={toggle}
            disabled={profile.isFetching || reveal.isPending}
            aria-describedby="reveal-hint"
            aria-expanded={isAsking}
          >
            {revealed ? t('myData.hide') : t('myData.reveal')}
          </button>
          {isAsking ? (
            <PasswordConfirmForm
              id="reveal-password"
              action={t('myData.revealConfirm')}
              isPending={reveal.isPending}
              error={reveal.error}
              onSubmit={(password) => reveal.mutate(password)}
            />
          ) : null}
        </>
      ) : null}
      <LiveStatus>{status}</LiveStatus>
    </section>
  );
}

const LABELS = {
  name: 'myData.fields.name',
  birthDate: 'myData.fields.birthDate',
  sex: 'myData.fields.sex',
  snils: 'myData.fields.snils',
  oms: 'myData.fields.oms',
  phone: 'myData.fields.phone',
  email: 'myData.fields.email',
  address: 'myData.fields.address',
  attachment: 'myData.fields.attachment',
} as const;

// i18next's own type: the hook's return type, re-derived here, grows too deep for the compiler.
type Translate = TFunction;

/** «Городская поликлиника № 14, участок 7, с 01.02.2020». */
function describeAttachment(card: TPatientProfile, t: Translate, language: string): string | null {
  const attachment = card.attachment;
  if (!attachment) return null;
  const place = attachment.district
    ? t('myData.attachment', { organization: attachment.organizationName, district: attachment.district })
    : attachment.organizationName;
  return attachment.since
    ? `${place}, ${t('myData.attachmentSince', { date: formatCalendarDate(attachment.since, language) })}`
    : place;
}
