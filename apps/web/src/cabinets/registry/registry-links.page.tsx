import { zodResolver } from '@hookform/resolvers/zod';
import { ZLinkDecisionRequest, type z } from '@talon/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fullName } from '../../features/representatives/person-name';
import {
  representativesApi,
  representativesQueries,
} from '../../features/representatives/representatives.api';
import type { TRepresentativeLink } from '../../features/representatives/representatives.types';
import { useServerErrors } from '../../shared/forms/server-errors';
import { ConfirmAction } from '../../shared/ui/confirm-action';
import { formatCalendarDate, formatMoscowDateTime } from '../../shared/ui/dates';
import { describeError, ErrorMessage } from '../../shared/ui/error-message';
import { LiveStatus } from '../../shared/ui/live-status';
import { PageHeading } from '../../shared/ui/page-heading';
import { TextField } from '../../shared/ui/text-field';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import '../../features/auth/auth.css';
import '../../features/account/account.css';

/** A registrar's decision as the form holds it; the contract's schema checks it before it is sent. */
type LinkDecisionForm = z.input<typeof ZLinkDecisionRequest>;
type LinkDecision = z.output<typeof ZLinkDecisionRequest>;

/**
 * `/registry/links`: links waiting for the registry of the ward's clinic (a system admin for wards without
 * one): a parent's to a child Talon knows (the birth certificate) and a guardian's (the guardianship
 * decision), each with the document number and the uploaded scan to check.
 */
export function RegistryLinksPage() {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [status, setStatus] = useState('');
  const links = useQuery(representativesQueries.pendingLinks());
  useDocumentTitle(t('registry.links.title'));
  const items = links.data?.items ?? [];

  const decided = (message: string) => {
    setStatus(message);
    // The decided request leaves the list with its buttons: continue from the list's heading.
    headingRef.current?.focus();
  };

  return (
    <div className="page account-page">
      <PageHeading>{t('registry.links.title')}</PageHeading>
      <p className="page-lead">{t('registry.links.lead')}</p>
      <LiveStatus>{status}</LiveStatus>
      <h2 ref={headingRef} tabIndex={-1} className="section">
        {t('common.found', { total: items.length })}
      </h2>
      {links.isError ? <ErrorMessage error={links.error} onRetry={() => void links.refetch()} /> : null}
      {links.isPending ? <p>{t('common.loading')}</p> : null}
      {links.isSuccess && items.length === 0 ? <p className="hint">{t('registry.links.empty')}</p> : null}
      {items.length > 0 ? (
        <ul className="record-list">
          {items.map((link) => (
            <LinkItem key={link.id} link={link} onDecided={decided} />
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** A person of the request as the link names them (no card read: the registry may not know them yet). */
function personOf(person: TRepresentativeLink['ward'], t: TFunction, language: string) {
  return {
    name: fullName(person),
    birthDate: t('registry.links.birthDate', { date: formatCalendarDate(person.birthDate, language) }),
  };
}

function LinkItem({ link, onDecided }: { link: TRepresentativeLink; onDecided: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const representative = personOf(link.representative, t, i18n.language);
  const ward = personOf(link.ward, t, i18n.language);
  const isParent = link.relation === 'parent';
  const names = { representative: representative.name, ward: ward.name };
  // The rejection and its reason are a form: checked by the contract's schema, the server's refusal of a
  // field shown on that field (docs/web.md, «Forms»).
  const form = useForm<LinkDecisionForm, unknown, LinkDecision>({
    resolver: zodResolver(ZLinkDecisionRequest),
    defaultValues: { decision: 'reject', reason: '' },
  });
  const serverErrors = useServerErrors(form);

  const decide = useMutation({
    mutationFn: (body: LinkDecision) => representativesApi.decideLink(link.id, body),
    onMutate: serverErrors.clear,
    onError: serverErrors.apply,
    onSuccess: async (_, body) => {
      await queryClient.invalidateQueries({ queryKey: representativesQueries.pendingLinks().queryKey });
      onDecided(
        t(body.decision === 'approve' ? 'registry.links.approved' : 'registry.links.rejected', {
          ward: ward.name,
        }),
      );
    },
  });
  const failed = serverErrors.formError ? describeError(serverErrors.formError, t) : null;
  const reject = form.handleSubmit(({ reason }) =>
    decide.mutate({ decision: 'reject', reason: reason?.trim() || undefined }),
  );

  return (
    <li className="record-list__item">
      <h3 className="record-list__title" lang="ru">
        {representative.name} — {ward.name}
      </h3>
      <dl className="record-list__facts">
        <div>
          <dt>{t('registry.links.representative')}</dt>
          <dd>
            <span lang="ru">{representative.name}</span>
            {`, ${representative.birthDate}`}
          </dd>
        </div>
        <div>
          <dt>{t('registry.links.ward')}</dt>
          <dd>
            <span lang="ru">{ward.name}</span>
            {`, ${ward.birthDate}`}
          </dd>
        </div>
        <div>
          <dt>{t('registry.links.relation')}</dt>
          <dd>{t(`registry.links.relationValue.${link.relation}`)}</dd>
        </div>
        <div>
          <dt>{t(isParent ? 'registry.links.certificate' : 'registry.links.decisionDocument')}</dt>
          <dd>
            {link.document ? <span lang="ru">{link.document}</span> : t('registry.links.noDocument')}
            {link.documentUrl ? (
              <>
                {' '}
                <a href={link.documentUrl} target="_blank" rel="noreferrer">
                  {t('registry.links.scan')}
                </a>
              </>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>{t('registry.links.createdAt')}</dt>
          <dd>{formatMoscowDateTime(link.createdAt, i18n.language)}</dd>
        </div>
      </dl>
      <div className="form__actions">
        <ConfirmAction
          label={t('registry.links.approve')}
          labelDetail={t('registry.links.which', names)}
          question={t(
            isParent ? 'registry.links.approveParentQuestion' : 'registry.links.approveQuestion',
            names,
          )}
          confirmLabel={t('registry.links.approveConfirm')}
          isPending={decide.isPending}
          error={decide.variables?.decision === 'approve' ? failed : null}
          onConfirm={() => decide.mutate({ decision: 'approve' })}
          isDestructive={false}
        />
        <ConfirmAction
          label={t('registry.links.reject')}
          labelDetail={t('registry.links.which', names)}
          question={t('registry.links.rejectQuestion', names)}
          confirmLabel={t('registry.links.rejectConfirm')}
          isPending={decide.isPending}
          error={decide.variables?.decision === 'reject' ? failed : null}
          onConfirm={() => void reject()}
        >
          <TextField
            id={`reject-reason-${link.id}`}
            label={t('registry.links.reason')}
            hint={t('registry.links.reasonHint')}
            error={form.formState.errors.reason?.message}
            maxLength={500}
            autoComplete="off"
            {...form.register('reason')}
          />
        </ConfirmAction>
      </div>
    </li>
  );
}
