import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bodyFieldErrors } from '../../shared/api-client';
import { FormAlert } from '../../shared/ui/form-alert';
import { LiveStatus } from '../../shared/ui/live-status';
import { PageHeading } from '../../shared/ui/page-heading';
import { SelectField } from '../../shared/ui/select-field';
import { TextField } from '../../shared/ui/text-field';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { PushToggle } from '../push';
import {
  notificationSettingsQuery,
  saveNotificationSettings,
  type TNotificationPreferences,
  type TNotificationPreferencesInput,
} from './notification-settings.api';
import '../account/account.css';

const CHANNELS = ['sms', 'email', 'push', 'in_app'] as const;
/** Russia's zones, west to east (Kaliningrad UTC+2 … Kamchatka UTC+12); empty = the clinic's zone. */
const ZONES = [
  'Europe/Kaliningrad',
  'Europe/Moscow',
  'Europe/Samara',
  'Asia/Yekaterinburg',
  'Asia/Omsk',
  'Asia/Krasnoyarsk',
  'Asia/Irkutsk',
  'Asia/Yakutsk',
  'Asia/Vladivostok',
  'Asia/Magadan',
  'Asia/Kamchatka',
] as const;

const toInput = (p: TNotificationPreferences): TNotificationPreferencesInput => ({
  channels: { ...p.channels },
  quietHours: { ...p.quietHours },
  reminderTime: p.reminderTime,
  timeZone: p.timeZone,
});

/** The form, filled once the saved preferences arrived. */
function SettingsForm({ initial }: { initial: TNotificationPreferences }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form, setForm] = useState(() => toInput(initial));
  const [status, setStatus] = useState('');
  const save = useMutation({
    mutationFn: saveNotificationSettings,
    onSuccess: (saved) => {
      queryClient.setQueryData(notificationSettingsQuery().queryKey, saved);
      setStatus(t('notificationSettings.saved'));
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setStatus('');
    save.mutate(form);
  };
  // A refused time or zone is told next to its field; only what no field owns goes above the form.
  const fieldErrors = bodyFieldErrors(save.error);
  const zoneOptions = [
    { value: '', label: t('notificationSettings.zone.clinic', { zone: initial.effectiveTimeZone }) },
    ...ZONES.map((zone) => ({ value: zone, label: t(`notificationSettings.zone.names.${zone}`) })),
  ];

  return (
    <form onSubmit={submit} noValidate>
      <FormAlert error={Object.keys(fieldErrors).length === 0 ? save.error : null} />
      <fieldset className="section">
        <legend>{t('notificationSettings.channels.title')}</legend>
        <p className="hint" id="channels-hint">
          {t('notificationSettings.channels.security')}
        </p>
        {CHANNELS.map((channel) => (
          <label key={channel} className="choice switch">
            <input
              type="checkbox"
              role="switch"
              checked={form.channels[channel]}
              aria-checked={form.channels[channel]}
              aria-describedby="channels-hint"
              onChange={(event) =>
                setForm({ ...form, channels: { ...form.channels, [channel]: event.target.checked } })
              }
            />
            {t(`notificationSettings.channels.${channel}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="section">
        <legend>{t('notificationSettings.quiet.title')}</legend>
        <p className="hint">{t('notificationSettings.quiet.lead')}</p>
        <TextField
          id="quiet-start"
          type="time"
          label={t('notificationSettings.quiet.start')}
          value={form.quietHours.start}
          error={fieldErrors['quietHours.start']}
          onChange={(event) =>
            setForm({ ...form, quietHours: { ...form.quietHours, start: event.target.value } })
          }
        />
        <TextField
          id="quiet-end"
          type="time"
          label={t('notificationSettings.quiet.end')}
          value={form.quietHours.end}
          error={fieldErrors['quietHours.end']}
          onChange={(event) =>
            setForm({ ...form, quietHours: { ...form.quietHours, end: event.target.value } })
          }
        />
        <SelectField
          id="time-zone"
          label={t('notificationSettings.zone.label')}
          value={form.timeZone ?? ''}
          options={zoneOptions}
          onChange={(value) => setForm({ ...form, timeZone: value || null })}
        />
      </fieldset>
      <fieldset className="section">
        <legend>{t('notificationSettings.reminder.title')}</legend>
        <TextField
          id="reminder-time"
          type="time"
          label={t('notificationSettings.reminder.label')}
          hint={t('notificationSettings.reminder.hint')}
          value={form.reminderTime ?? ''}
          error={fieldErrors.reminderTime}
          onChange={(event) => setForm({ ...form, reminderTime: event.target.value || null })}
        />
      </fieldset>
      <button type="submit" className="button button--primary" disabled={save.isPending}>
        {t('notificationSettings.save')}
      </button>
      <LiveStatus>{status}</LiveStatus>
    </form>
  );
}

/**
 * `/account/notifications`: which channels bring messages, quiet hours (no SMS or push at night), and the
 * time of the day-before SMS (issue 5, item 4). Security messages cannot be switched off; the page says so.
 */
export function NotificationSettingsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notificationSettings.title'));
  const settings = useQuery(notificationSettingsQuery());
  return (
    <div className="page account-page">
      <PageHeading>{t('notificationSettings.title')}</PageHeading>
      <p className="lead">{t('notificationSettings.lead')}</p>
      {settings.error ? <FormAlert error={settings.error} /> : null}
      {settings.data ? (
        <SettingsForm initial={settings.data} />
      ) : (
        <LiveStatus className="page-loading">{t('common.loading')}</LiveStatus>
      )}
      <section className="section" aria-labelledby="push-heading">
        <h2 id="push-heading">{t('notificationSettings.pushBrowser')}</h2>
        <PushToggle />
      </section>
    </div>
  );
}
