import { useTranslation } from 'react-i18next';
import { apiUrl } from '../../shared/api-client';
import type { TQueueStaffApplication } from './admin-queues.api';

/**
 * The files an applicant attached (a sick-leave certificate, a course's programme), each opened through the
 * uploads route: the admin of the application's clinic may read them, and the read is audited.
 */
export function StaffApplicationFiles({ application }: { application: TQueueStaffApplication }) {
  const { t } = useTranslation();
  if (application.attachmentIds.length === 0) return null;
  return (
    <ul className="admin-queues__files">
      {application.attachmentIds.map((id, index) => (
        <li key={id}>
          <a href={apiUrl('/api/v1/uploads/{id}', { path: { id } })} target="_blank" rel="noopener">
            {t('adminQueues.staffApplicationFile', { number: application.number, index: index + 1 })}
          </a>
        </li>
      ))}
    </ul>
  );
}
