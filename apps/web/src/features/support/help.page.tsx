import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ErrorMessage } from '../../shared/ui/error-message';
import { LiveStatus } from '../../shared/ui/live-status';
import { PageHeading } from '../../shared/ui/page-heading';
import { SearchForm } from '../../shared/ui/search-form';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { useMe } from '../auth/use-me';
import { ChatHours } from './chat-hours';
import { HelpMarkdown } from './help-markdown';
import { MySupportTickets } from './my-support-tickets';
import { supportQueries } from './support.api';
import { SupportForm } from './support-form';
import './support.css';

/**
 * «Помощь» (issue 17 item 2), reached from every cabinet: the knowledge base searched by words, the feedback
 * form that opens a ticket (with the page it came from), one's tickets, and when operators answer the chat.
 */
export function HelpPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('support.help.title'));
  const { me } = useMe();
  const keepsArticles = me?.roles.some((grant) => grant.role === 'support' || grant.role === 'system_admin');
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from ?? null;
  const [query, setQuery] = useState('');
  const articles = useQuery(supportQueries.articles(query));
  const items = articles.data?.items ?? [];

  return (
    <div className="container help-page">
      <PageHeading>{t('support.help.title')}</PageHeading>
      <section aria-labelledby="help-faq">
        <h2 id="help-faq">{t('support.help.faq')}</h2>
        <SearchForm
          label={t('support.help.search')}
          hint={t('support.help.searchHint')}
          value={query}
          onSearch={setQuery}
        />
        <LiveStatus>
          {articles.isSuccess ? t('support.help.found', { count: items.length }) : null}
        </LiveStatus>
        {articles.isError ? (
          <ErrorMessage error={articles.error} onRetry={() => void articles.refetch()} />
        ) : null}
        {articles.isSuccess && !items.length ? <p>{t('support.help.nothing')}</p> : null}
        {keepsArticles ? (
          <p>
            <Link to="/support/articles/new">{t('support.editor.new')}</Link>
          </p>
        ) : null}
        <ul className="help-articles">
          {items.map((article) => (
            <li key={article.slug} className="help-articles__item">
              <details>
                <summary className="help-articles__title">{article.title}</summary>
                <HelpMarkdown>{article.body}</HelpMarkdown>
                {keepsArticles ? (
                  <Link to={`/support/articles/${article.slug}`}>{t('support.editor.edit')}</Link>
                ) : null}
              </details>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="help-feedback">
        <h2 id="help-feedback">{t('support.form.title')}</h2>
        <ChatHours />
        {me ? (
          <SupportForm page={from} />
        ) : (
          <p>
            <Link to="/login?next=/help">{t('support.form.loginFirst')}</Link>
          </p>
        )}
      </section>
      {me ? <MySupportTickets /> : null}
    </div>
  );
}
