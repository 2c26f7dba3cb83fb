import { useTranslation } from 'react-i18next';
import { useMe } from '../../features/auth/use-me';
import { StaffLayout } from '../staff-layout';

/** The administrators' shell: «Клиники» for system admins, «Аналитика», «Расписание», «Сотрудники», «Обучение сотрудников» and «Аккредитация» for clinic and system admins, the outbox, the status page's incidents and the integration clients for system admins only. */
export function AdminLayout() {
  const { t } = useTranslation();
  const { me } = useMe();
  const isSystemAdmin = me?.roles.some((item) => item.role === 'system_admin') ?? false;
  return (
    <StaffLayout
      home="/admin"
      tagline={t('admin.name')}
      navLabel={t('admin.nav')}
      links={[
        ...(isSystemAdmin ? [{ to: '/admin/clinics', label: t('adminClinics.nav') }] : []),
        { to: '/admin/analytics', label: t('analytics.nav') },
        { to: '/admin/schedules', label: t('adminSchedules.nav') },
        { to: '/admin/staff', label: t('staff.nav') },
        { to: '/admin/queues', label: t('adminQueues.nav') },
        { to: '/admin/audit', label: t('adminAudit.nav') },
        ...(isSystemAdmin
          ? [
              { to: '/admin/notifications', label: t('adminNotifications.nav') },
              { to: '/admin/status', label: t('status.admin.nav') },
              { to: '/admin/integrations', label: t('adminIntegrations.nav') },
            ]
          : []),
        { to: '/admin/courses', label: t('adminCourses.nav') },
        { to: '/admin/accreditations', label: t('qualifications.admin.nav') },
      ]}
    />
  );
}
