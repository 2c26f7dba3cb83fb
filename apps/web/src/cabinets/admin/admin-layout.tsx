import { useTranslation } from 'react-i18next';
import { StaffLayout } from '../staff-layout';

/** The system administrator's shell: the admin sections in the header. */
export function AdminLayout() {
  const { t } = useTranslation();
  return (
    <StaffLayout
      home="/admin"
      tagline={t('admin.name')}
      navLabel={t('admin.nav')}
      links={[
        { to: '/admin/notifications', label: t('adminNotifications.nav') },
        { to: '/admin/accreditations', label: t('qualifications.admin.nav') },
      ]}
    />
  );
}
