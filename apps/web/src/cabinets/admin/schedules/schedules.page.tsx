import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ClinicSelect, useScopeClinics } from '../../../features/admin-clinics/clinic-select';
import { formatCalendarDate } from '../../../shared/ui/dates';
import { ErrorMessage } from '../../../shared/ui/error-message';
import { LiveStatus } from '../../../shared/ui/live-status';
import { PageHeading } from '../../../shared/ui/page-heading';
import { useDocumentTitle } from '../../../shared/ui/use-document-title';
import { useQueryParam } from '../../../shared/ui/use-query-param';
import { AbsenceRequests } from './absence-requests';
import { CancelPeriod } from './cancel-period';
import { ScheduleExceptions } from './schedule-exceptions';
import { ScheduleForm } from './schedule-form';
import { schedulesQueries, type TSchedule } from './schedules-queries';
import './schedules.css';

// The demo clinics' calendar day (`en-CA` formats as YYYY-MM-DD): the default start of a new template.
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Moscow' }).format(new Date());

/**
 * `/admin/schedules` «Расписание» (issue 13 item 3): the admin picks a clinic (theirs; any for a system admin;
 * kept in the URL as `?organization=`, the only one chosen by itself), a doctor there and one of their
 * places of work (specialty, room), sees the role's weekly templates and edits one — or starts a new
 * one — with the server's preview of the slots and conflicts beside the form; below, the role's exceptions,
 * the clinic-side cancellation of a period (its patients listed before confirming) and the clinic's absence
 * requests.
 */
export function SchedulesPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('adminSchedules.title'));
  const scope = useScopeClinics();
  const [organization, setOrganization] = useQueryParam('organization');
  const organizationId = organization || (scope.clinics.length === 1 ? scope.clinics[0]!.id : null);
  const [practitionerId, setPractitionerId] = useState('');
  const [chosenRole, setChosenRole] = useState('');
  const [editing, setEditing] = useState<TSchedule | 'new' | null>(null);
  // A new form on each choice; a save keeps the form (and its result) while it becomes the saved template's.
  const [formKey, setFormKey] = useState(0);
  const open = (choice: TSchedule | 'new') => {
    setEditing(choice);
    setFormKey((key) => key + 1);
  };

  const practitioners = useQuery({
    ...schedulesQueries.practitioners(organizationId ?? ''),
    enabled: organizationId !== null,
  });
  const practitioner = useQuery({
    ...schedulesQueries.practitioner(practitionerId),
    enabled: practitionerId !== '',
  });
  const roles = (practitioner.data?.roles ?? []).filter((role) => role.organization.id === organizationId);
  const roleId = roles.some((role) => role.id === chosenRole) ? chosenRole : (roles[0]?.id ?? '');
  const timeZone = roles.find((role) => role.id === roleId)?.organization.timeZone ?? 'Europe/Moscow';
  const templates = useQuery({ ...schedulesQueries.templates(roleId), enabled: roleId !== '' });
  const date = (iso: string) => formatCalendarDate(iso, i18n.language);

  const pickPractitioner = (id: string) => {
    setPractitionerId(id);
    setChosenRole('');
    setEditing(null);
  };
  const pickClinic = (id: string) => {
    setOrganization(id);
    pickPractitioner('');
  };

  return (
    <section className="page admin-schedules">
      <PageHeading>{t('adminSchedules.title')}</PageHeading>
      <p className="page-lead">{t('adminSchedules.lead')}</p>
      {scope.clinics.length > 1 || (organization && !scope.isPending) ? (
        <ClinicSelect
          id="schedule-organization"
          value={organization}
          onChange={pickClinic}
          anyLabel={t('adminSchedules.chooseClinic')}
        />
      ) : null}
      {organizationId === null ? (
        scope.isPending || scope.clinics.length > 1 ? null : (
          <p>{t('adminSchedules.noClinic')}</p>
        )
      ) : practitioners.isError ? (
        <ErrorMessage error={practitioners.error} onRetry={() => void practitioners.refetch()} />
      ) : (
        <div className="schedule-form__row">
          <div className="field">
            <label htmlFor="schedule-practitioner" className="field__label">
              {t('adminSchedules.practitioner')}
            </label>
            <select
              id="schedule-practitioner"
              className="field__select"
              value={practitionerId}
              onChange={(event) => pickPractitioner(event.target.value)}
            >
              <option value="">{t('adminSchedules.choosePractitioner')}</option>
              {(practitioners.data?.items ?? []).map((item) => (
                <option key={item.id} value={item.id}>
                  {item.fullName} — {item.specialties.map((s) => s.name).join(', ')}
                </option>
              ))}
            </select>
          </div>
          {roles.length > 0 ? (
            <div className="field">
              <label htmlFor="schedule-role" className="field__label">
                {t('adminSchedules.role')}
              </label>
              <select
                id="schedule-role"
                className="field__select"
                value={roleId}
                onChange={(event) => {
                  setChosenRole(event.target.value);
                  setEditing(null);
                }}
              >
                {roles.map((role) => (
                  <option key={role.id} value={role.id}>
                    {role.room
                      ? t('adminSchedules.roleWithRoom', { specialty: role.specialty.name, room: role.room })
                      : role.specialty.name}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
        </div>
      )}
      {practitioners.isPending && organizationId !== null ? (
        <LiveStatus className="page-loading">{t('common.loading')}</LiveStatus>
      ) : null}

      {roleId ? (
        <section aria-labelledby="schedule-templates-title">
          <h2 id="schedule-templates-title">{t('adminSchedules.templates')}</h2>
          {templates.isError ? (
            <ErrorMessage error={templates.error} onRetry={() => void templates.refetch()} />
          ) : templates.isPending ? (
            <LiveStatus>{t('common.loading')}</LiveStatus>
          ) : (
            <ul className="schedule-templates">
              {templates.data.items.length === 0 ? <li>{t('adminSchedules.noTemplates')}</li> : null}
              {templates.data.items.map((item) => {
                const period = item.validTo
                  ? t('adminSchedules.period', { from: date(item.validFrom), to: date(item.validTo) })
                  : t('adminSchedules.openPeriod', { from: date(item.validFrom) });
                return (
                  <li key={item.id}>
                    <span>{period}</span>{' '}
                    <button
                      type="button"
                      className="button button--secondary"
                      aria-pressed={editing !== 'new' && editing?.id === item.id}
                      onClick={() => open(item)}
                    >
                      {t('adminSchedules.edit', { period })}
                    </button>
                  </li>
                );
              })}
              <li>
                <button
                  type="button"
                  className="button button--secondary"
                  aria-pressed={editing === 'new'}
                  onClick={() => open('new')}
                >
                  {t('adminSchedules.newTemplate')}
                </button>
              </li>
            </ul>
          )}
        </section>
      ) : null}

      {roleId && editing ? (
        <ScheduleForm
          key={`${roleId}:${formKey}`}
          roleId={roleId}
          schedule={editing === 'new' ? null : editing}
          today={today()}
          onSaved={(schedule) => setEditing(schedule)}
        />
      ) : null}

      {roleId ? (
        <>
          <ScheduleExceptions key={`exceptions:${roleId}`} roleId={roleId} timeZone={timeZone} />
          <CancelPeriod key={`cancel:${roleId}`} roleId={roleId} timeZone={timeZone} />
        </>
      ) : null}
      {organizationId !== null ? (
        <AbsenceRequests key={`absences:${organizationId}`} organizationId={organizationId} />
      ) : null}
    </section>
  );
}
