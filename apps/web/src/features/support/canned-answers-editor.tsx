import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useServerErrors } from '../../shared/forms/server-errors';
import { FormAlert } from '../../shared/ui/form-alert';
import { LiveStatus } from '../../shared/ui/live-status';
import { TextAreaField } from '../../shared/ui/text-area-field';
import { TextField } from '../../shared/ui/text-field';
import { supportApi, supportQueries, type TCannedAnswer } from './support.api';

interface CannedValues {
  title: string;
  text: string;
}

const EMPTY: CannedValues = { title: '', text: '' };

/**
 * «Шаблоны ответов» on the desk: the operators and the system admin write new canned answers and edit the
 * existing ones (the service's answers, not a clinic's: clinic admins do not see this section).
 */
export function CannedAnswersEditor() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const answers = useQuery({ ...supportQueries.cannedAnswers(), retry: false });
  const [editing, setEditing] = useState<TCannedAnswer | null>(null);
  const [message, setMessage] = useState('');
  const form = useForm<CannedValues>({ defaultValues: EMPTY });
  const serverErrors = useServerErrors(form);
  const save = useMutation({
    mutationFn: (values: CannedValues) => {
      const body = { title: values.title.trim(), text: values.text.trim() };
      return editing ? supportApi.editCannedAnswer(editing.id, body) : supportApi.createCannedAnswer(body);
    },
    onMutate: serverErrors.clear,
    onError: serverErrors.apply,
    onSuccess: async (saved) => {
      setMessage(t(editing ? 'support.canned.saved' : 'support.canned.created', { title: saved.title }));
      setEditing(null);
      form.reset(EMPTY);
      await queryClient.invalidateQueries({ queryKey: supportQueries.cannedAnswers().queryKey });
    },
  });
  const startEditing = (answer: TCannedAnswer | null) => {
    setEditing(answer);
    serverErrors.clear();
    form.reset(answer ? { title: answer.title, text: answer.text } : EMPTY);
  };
  const submit = form.handleSubmit((values) => save.mutate(values));
  const required = (value: string) => (value.trim() ? true : t('support.form.textRequired'));
  return (
    <section aria-labelledby="support-canned-answers" className="support-canned">
      <h2 id="support-canned-answers">{t('support.canned.title')}</h2>
      <LiveStatus>{message}</LiveStatus>
      {answers.data?.items.length ? (
        <ul className="support-canned__list">
          {answers.data.items.map((answer) => (
            <li key={answer.id}>
              <span>{answer.title}</span>{' '}
              <button
                type="button"
                className="button button--link"
                aria-label={t('support.canned.editOne', { title: answer.title })}
                onClick={() => startEditing(answer)}
              >
                {t('support.canned.edit')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <form
        className="form"
        onSubmit={(event) => void submit(event)}
        noValidate
        aria-labelledby="support-canned-form"
      >
        <h3 id="support-canned-form">
          {editing ? t('support.canned.editTitle', { title: editing.title }) : t('support.canned.newTitle')}
        </h3>
        <FormAlert error={serverErrors.formError} />
        <TextField
          id="canned-title"
          label={t('support.canned.answerTitle')}
          maxLength={200}
          error={form.formState.errors.title?.message}
          {...form.register('title', { validate: required })}
        />
        <TextAreaField
          id="canned-text"
          label={t('support.canned.text')}
          rows={5}
          maxLength={5000}
          error={form.formState.errors.text?.message}
          {...form.register('text', { validate: required })}
        />
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            {editing ? t('support.canned.save') : t('support.canned.create')}
          </button>
          {editing ? (
            <button type="button" className="button" onClick={() => startEditing(null)}>
              {t('support.canned.cancel')}
            </button>
          ) : null}
        </div>
      </form>
    </section>
  );
}
