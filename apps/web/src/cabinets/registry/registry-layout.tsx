import { useTranslation } from 'react-i18next';
import { StaffLayout } from '../staff-layout';

/** The registry's shell: its sections in the header. */
export function RegistryLayout() {
  const { t } = useTranslation();
  return (
    <StaffLayout
      home="/registry"
      tagline={t('registry.name')}
      navLabel={t('registry.nav')}
      links={[
        { to: '/registry', label: t('registry.desk.nav'), end: true },
        { to: '/registry/checkin', label: t('registry.checkin.nav') },
        { to: '/registry/board', label: t('registry.board.nav') },
        { to: '/registry/links', label: t('registry.links.nav') },
        { to: '/registry/attachments', label: t('registry.attachments.nav') },
      ]}
    />
  );
}
