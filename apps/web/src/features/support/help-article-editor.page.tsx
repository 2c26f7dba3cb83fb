import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { api, dataOf } from '../../shared/api-client';
import { useServerErrors } from '../../shared/forms/server-errors';
import { FormAlert } from '../../shared/ui/form-alert';
import { PageHeading } from '../../shared/ui/page-heading';
import { TextAreaField } from '../../shared/ui/text-area-field';
import { TextField } from '../../shared/ui/text-field';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { HelpMarkdown } from './help-markdown';
import './support.css';

interface ArticleValues {
  slug: string;
  title: string;
  keywords: string;
  body: string;
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * A knowledge-base article written by the system admin or an operator, in Markdown with a preview (rendered
 * as the readers see it: no raw HTML). `/support/articles/new` writes a new one.
 */
export function HelpArticleEditorPage() {
  const { t } = useTranslation();
  const { slug = 'new' } = useParams();
  const isNew = slug === 'new';
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  useDocumentTitle(t('support.editor.title'));
  const article = useQuery({
    queryKey: ['help', 'article', slug],
    queryFn: ({ signal }) =>
      dataOf(api.GET('/api/v1/help/articles/{slug}', { params: { path: { slug } }, signal })),
    enabled: !isNew,
  });
  const form = useForm<ArticleValues>({ defaultValues: { slug: '', title: '', keywords: '', body: '' } });
  const serverErrors = useServerErrors(form);
  useEffect(() => {
    if (article.data) form.reset({ ...article.data });
  }, [article.data, form]);
  const save = useMutation({
    mutationFn: (values: ArticleValues) =>
      dataOf(
        api.PUT('/api/v1/help/articles/{slug}', {
          params: { path: { slug: isNew ? values.slug : slug } },
          body: {
            title: values.title.trim(),
            keywords: values.keywords.trim(),
            body: values.body,
            position: 100,
          },
        }),
      ),
    onMutate: serverErrors.clear,
    onError: serverErrors.apply,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['help'] });
      void navigate('/help');
    },
  });
  const submit = form.handleSubmit((values) => save.mutate(values));
  const body = form.watch('body');
  return (
    <div className="container help-page">
      <PageHeading>{t('support.editor.title')}</PageHeading>
      <p>
        <Link to="/help">{t('support.ticket.back')}</Link>
      </p>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <FormAlert error={serverErrors.formError} />
        {isNew ? (
          <TextField
            id="article-slug"
            label={t('support.editor.slug')}
            hint={t('support.editor.slugHint')}
            error={form.formState.errors.slug?.message}
            {...form.register('slug', {
              validate: (value) => (SLUG.test(value) ? true : t('support.editor.slugHint')),
            })}
          />
        ) : null}
        <TextField
          id="article-title"
          label={t('support.editor.articleTitle')}
          maxLength={200}
          error={form.formState.errors.title?.message}
          {...form.register('title', {
            validate: (value) => (value.trim() ? true : t('support.form.textRequired')),
          })}
        />
        <TextField
          id="article-keywords"
          label={t('support.editor.keywords')}
          hint={t('support.editor.keywordsHint')}
          maxLength={500}
          {...form.register('keywords')}
        />
        <TextAreaField
          id="article-body"
          label={t('support.editor.body')}
          hint={t('support.editor.bodyHint')}
          rows={12}
          maxLength={20_000}
          error={form.formState.errors.body?.message}
          {...form.register('body', {
            validate: (value) => (value.trim() ? true : t('support.form.textRequired')),
          })}
        />
        <section aria-labelledby="article-preview" className="help-article-preview">
          <h2 id="article-preview">{t('support.editor.preview')}</h2>
          <HelpMarkdown>{body}</HelpMarkdown>
        </section>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            {t('support.editor.save')}
          </button>
        </div>
      </form>
    </div>
  );
}
