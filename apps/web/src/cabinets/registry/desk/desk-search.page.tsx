import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { deskApi, type TFoundPatient } from '../../../features/staff-registry-desk/registry-desk.api';
import { formatCalendarDate } from '../../../shared/ui/dates';
import { ErrorMessage } from '../../../shared/ui/error-message';
import { LiveStatus } from '../../../shared/ui/live-status';
import { PageHeading } from '../../../shared/ui/page-heading';
import { TextField } from '../../../shared/ui/text-field';
import { useDocumentTitle } from '../../../shared/ui/use-document-title';
import { parseDeskQuery } from './desk-query';
import { DeskShortcuts } from './desk-shortcuts';
import './registry-desk.css';

/**
 * `/registry`: the desk's empty screen, one search field with the focus (SNILS, policy, phone or «фамилия
 * дд.мм.гггг»). One person found opens their page at once: a returning caller is a phone number and Enter.
 */
export function DeskSearchPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const inputRef = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [formatError, setFormatError] = useState<string | null>(null);
  useDocumentTitle(t('registry.desk.title'));
  const search = useMutation({
    mutationFn: deskApi.search,
    onSuccess: (result) => {
      const [only] = result.items;
      if (result.items.length === 1 && only)
        void navigate(`/registry/patients/${only.id}`, { state: { found: only } });
    },
  });

  // The heading takes the focus on arrival; the desk starts typing at once.
  useEffect(() => inputRef.current?.focus(), []);

  function submit(event: FormEvent) {
    event.preventDefault();
    const criteria = parseDeskQuery(text);
    setFormatError(criteria ? null : t('registry.desk.queryInvalid'));
    if (criteria) search.mutate(criteria);
  }

  const items = search.data?.items ?? [];
  return (
    <div className="page registry-desk">
      <PageHeading>{t('registry.desk.title')}</PageHeading>
      <form className="registry-desk__search" onSubmit={submit}>
        <TextField
          ref={inputRef}
          id="desk-query"
          label={t('registry.desk.query')}
          hint={t('registry.desk.queryHint')}
          error={formatError}
          value={text}
          onChange={(event) => setText(event.target.value)}
          autoComplete="off"
          maxLength={100}
        />
        <button type="submit" className="button button--primary" disabled={search.isPending}>
          {t('registry.desk.find')}
        </button>
      </form>
      <p>
        <Link to="/registry/patients/new">{t('registry.desk.newPatient')}</Link>
      </p>
      <DeskShortcuts page="search" />
      {search.isError ? <ErrorMessage error={search.error} /> : null}
      <LiveStatus>{search.isSuccess ? t('common.found', { total: items.length }) : ''}</LiveStatus>
      {search.isSuccess && items.length === 0 ? <p>{t('registry.desk.nobody')}</p> : null}
      {search.data?.truncated ? <p className="hint">{t('registry.desk.truncated')}</p> : null}
      {items.length > 1 ? (
        <ul className="record-list">
          {items.map((person: TFoundPatient) => (
            <li key={person.id} className="record-list__item">
              <Link to={`/registry/patients/${person.id}`} state={{ found: person }} lang="ru">
                {[person.surname, person.name, person.patronymic].filter(Boolean).join(' ')}
              </Link>
              {`, ${formatCalendarDate(person.birthDate, i18n.language)}`}
              {person.attachedOrganization ? ` · ${person.attachedOrganization.name}` : ''}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
