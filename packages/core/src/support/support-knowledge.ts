import type { Principal } from '../identity';
import { DomainError } from '../shared';
import { SupportErrorCode } from './support.errors';
import type { SupportDeps } from './support.ports';
import type { CannedAnswer, HelpArticle } from './support.types';
import { supportAvailability } from './support-hours';
import { type SupportMetrics, supportMetrics } from './support-metrics';
import { keepsSupportTexts, supportScopeOf } from './support-scope';
import { supportText } from './support-text';

export const MAX_ARTICLE_BODY = 20_000;
export const MAX_HELP_QUERY = 200;
const METRICS_DEFAULT_DAYS = 30;

const refuseUnlessKeeper = (principal: Principal) => {
  // The route admits only operators and the system admin; this keeps the rule with the use case.
  if (!keepsSupportTexts(principal.roles)) throw new DomainError(SupportErrorCode.SUPPORT_ARTICLE_NOT_FOUND);
};

/** The knowledge base searched by words (anyone, signed in or not); every article when the query is empty. */
export async function searchHelpArticles(
  deps: SupportDeps,
  _principal: Principal | null,
  input: { query: string; limit?: number },
): Promise<HelpArticle[]> {
  const query = input.query.trim().slice(0, MAX_HELP_QUERY);
  return deps.store.transaction((repos) => repos.articles.search(query, Math.min(input.limit ?? 20, 50)));
}

/** One article by its address. */
export async function getHelpArticle(
  deps: SupportDeps,
  _principal: Principal | null,
  input: { slug: string },
): Promise<HelpArticle> {
  const article = await deps.store.transaction((repos) => repos.articles.findBySlug(input.slug));
  if (!article) throw new DomainError(SupportErrorCode.SUPPORT_ARTICLE_NOT_FOUND);
  return article;
}

/** The system admin (or an operator) writes or rewrites an article, in Markdown. */
export async function saveHelpArticle(
  deps: SupportDeps,
  principal: Principal,
  input: { slug: string; title: string; body: string; keywords?: string; position?: number },
): Promise<HelpArticle> {
  refuseUnlessKeeper(principal);
  const now = deps.clock.now();
  return deps.store.transaction((repos) =>
    repos.articles.save({
      slug: input.slug,
      title: supportText(input.title, 200, 'body.title'),
      body: supportText(input.body, MAX_ARTICLE_BODY, 'body.body'),
      keywords: (input.keywords ?? '').trim().slice(0, 500),
      position: input.position ?? 100,
      at: now,
    }),
  );
}

/** The canned answers operators insert into replies. */
export async function listCannedAnswers(deps: SupportDeps, _principal: Principal): Promise<CannedAnswer[]> {
  return deps.store.transaction((repos) => repos.cannedAnswers.list());
}

/** Operators and the system admin write or edit a canned answer. */
export async function saveCannedAnswer(
  deps: SupportDeps,
  principal: Principal,
  input: { id?: string; title: string; text: string },
): Promise<CannedAnswer> {
  refuseUnlessKeeper(principal);
  const now = deps.clock.now();
  const saved = await deps.store.transaction((repos) =>
    repos.cannedAnswers.save({
      id: input.id,
      title: supportText(input.title, 200, 'body.title'),
      text: supportText(input.text, 5000, 'body.text'),
      at: now,
    }),
  );
  if (!saved) throw new DomainError(SupportErrorCode.SUPPORT_ARTICLE_NOT_FOUND);
  return saved;
}

/**
 * First response and resolution times of the tickets opened in `[from, to)` (the last 30 days by default)
 * that the caller handles
 * (operators and the system admin: all; a clinic admin: their clinics').
 */
export async function getSupportMetrics(
  deps: SupportDeps,
  principal: Principal,
  input: { from?: Date; to?: Date },
): Promise<SupportMetrics & { from: Date; to: Date }> {
  const to = input.to ?? deps.clock.now();
  const from = input.from ?? new Date(to.getTime() - METRICS_DEFAULT_DAYS * 86_400_000);
  const times = await deps.store.transaction((repos) =>
    repos.tickets.timesBetween(supportScopeOf(principal.roles), from, to),
  );
  return { ...supportMetrics(times), from, to };
}

/** Whether operators answer the live chat now, and if not when they will (working hours from configuration). */
export async function getSupportAvailability(
  deps: SupportDeps,
  _principal: Principal | null,
): Promise<{ open: boolean; opensAt: Date | null }> {
  return supportAvailability(deps.hours, deps.clock.now());
}
