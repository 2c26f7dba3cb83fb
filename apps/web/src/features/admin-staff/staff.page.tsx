import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../shared/ui/error-message';
import { LiveStatus } from '../../shared/ui/live-status';
import { PageHeading } from '../../shared/ui/page-heading';
import { SelectField } from '../../shared/ui/select-field';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { useQueryParam } from '../../shared/ui/use-query-param';
import { ClinicSelect, useScopeClinics } from '../admin-clinics/clinic-select';
import { useMe } from '../auth/use-me';
import { InviteStaffForm } from './invite-staff-form';
import { STAFF_ROLES, type StaffFilter, staffQueries, type TStaffMember } from './staff.api';
import { StaffRowActions } from './staff-row-actions';
import './admin-staff.css';

const STATUSES = ['active', 'blocked', 'invited'] as const;

/**
 * `/admin/staff` — «Сотрудники» (issue 13 item 3): the staff of the admin's clinics (a system admin's: every
 * clinic's) with roles, status, second factor and last login, by clinic (`?organization=`, kept in the URL);
 * the invitation form, whose clinics are all the caller may manage — staff or not yet, so a system admin
 * invites a new clinic's first admin; roles, block and unblock per person; a system admin also grants and
 * takes back the support operator's role (docs/support.md).
 */
export function StaffPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('staff.pageTitle'));
  const queryClient = useQueryClient();
  const { me } = useMe();
  const isSystemAdmin = me?.roles.some((grant) => grant.role === 'system_admin') ?? false;
  const [filter, setFilter] = useState<StaffFilter>({});
  const [organization, setOrganization] = useQueryParam('organization');
  const [message, setMessage] = useState('');
  const staff = useQuery(staffQueries.list({ ...filter, organization: organization || undefined }));
  const scope = useScopeClinics();
  const refresh = (text: string) => {
    setMessage(text);
    void queryClient.invalidateQueries({ queryKey: ['admin-staff'] });
  };
  const clinics = scope.clinics.map((clinic) => ({ id: clinic.id, name: clinic.name }));
  const when = (at: string | null) =>
    at ? new Date(at).toLocaleString(i18n.language, { dateStyle: 'short', timeStyle: 'short' }) : '—';
  const rolesOf = (member: TStaffMember) =>
    [
      ...member.roles.map((role) => t(`staff.role.${role}`)),
      ...(member.supportOperator ? [t('staff.supportOperator')] : []),
    ].join(', ');

  return (
    <div className="page">
      <PageHeading isReady={!staff.isPending}>{t('staff.pageTitle')}</PageHeading>
      <LiveStatus>{message}</LiveStatus>
      <section className="section" aria-labelledby="staff-invite">
        <h2 id="staff-invite">{t('staff.inviteTitle')}</h2>
        {scope.isPending ? null : (
          <InviteStaffForm
            key={organization}
            clinics={clinics}
            clinicId={organization}
            onInvited={(contact) => refresh(t('staff.invited', { contact }))}
          />
        )}
      </section>
      <section className="section" aria-labelledby="staff-list">
        <h2 id="staff-list">{t('staff.listTitle')}</h2>
        <div className="admin-staff__filters">
          {clinics.length > 1 ? (
            <ClinicSelect
              id="staff-organization"
              value={organization}
              onChange={setOrganization}
              anyLabel={t('staff.allClinics')}
            />
          ) : null}
          <SelectField
            label={t('staff.filterStatus')}
            value={filter.status ?? ''}
            options={[
              { value: '', label: t('staff.any') },
              ...STATUSES.map((s) => ({ value: s, label: t(`staff.status.${s}`) })),
            ]}
            onChange={(value) =>
              setFilter({ ...filter, status: (value || undefined) as StaffFilter['status'] })
            }
          />
          <SelectField
            label={t('staff.filterRole')}
            value={filter.role ?? ''}
            options={[
              { value: '', label: t('staff.any') },
              ...STAFF_ROLES.map((r) => ({ value: r, label: t(`staff.role.${r}`) })),
            ]}
            onChange={(value) => setFilter({ ...filter, role: (value || undefined) as StaffFilter['role'] })}
          />
        </div>
        {staff.isError ? <ErrorMessage error={staff.error} onRetry={() => void staff.refetch()} /> : null}
        {staff.data && !staff.data.items.length ? <p>{t('staff.empty')}</p> : null}
        {staff.data?.items.length ? (
          <div className="admin-staff__scroll">
            <table className="admin-staff__table">
              <caption className="visually-hidden">{t('staff.listTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('staff.fullName')}</th>
                  <th scope="col">{t('staff.contact')}</th>
                  <th scope="col">{t('staff.clinic')}</th>
                  <th scope="col">{t('staff.roles')}</th>
                  <th scope="col">{t('staff.statusColumn')}</th>
                  <th scope="col">{t('staff.secondFactor')}</th>
                  <th scope="col">{t('staff.lastLogin')}</th>
                  <th scope="col">{t('staff.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {staff.data.items.map((member) => (
                  <tr key={`${member.accountId ?? member.invitationId}-${member.organizationId}`}>
                    <th scope="row">{member.fullName}</th>
                    <td>{member.email ?? member.phone ?? '—'}</td>
                    <td>{member.organizationName}</td>
                    <td>{rolesOf(member)}</td>
                    <td>
                      {member.status === 'invited'
                        ? t('staff.invitedUntil', { until: when(member.invitationExpiresAt) })
                        : t(`staff.status.${member.status}`)}
                    </td>
                    <td>{member.secondFactor ? t('staff.yes') : t('staff.no')}</td>
                    <td>{when(member.lastLoginAt)}</td>
                    <td>
                      {member.accountId ? (
                        <StaffRowActions
                          member={{ ...member, accountId: member.accountId }}
                          isSystemAdmin={isSystemAdmin}
                          onChanged={refresh}
                        />
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
    </div>
  );
}
