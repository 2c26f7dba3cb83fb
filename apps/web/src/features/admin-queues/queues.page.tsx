import './admin-queues.css';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeading } from '../../shared/ui/page-heading';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { adminQueuesQueries } from './admin-queues.api';
import { DataChangeActions, DataRequestActions } from './data-change-actions';
import { QueueSection, useQueueCount } from './queue-section';
import { StaffApplicationActions } from './staff-application-actions';
import { StaffApplicationFiles } from './staff-application-files';

/**
 * `/admin/queues` «Очереди» (issue 13 item 3): the open requests of the admin's clinics (a system admin: all)
 * — data changes, attachment, data-subject requests, certificates and extracts, course enrolments, staff applications — oldest first, with their legal
 * deadlines and «просрочено», each decided here or linked to the page that handles it.
 */
export function QueuesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('adminQueues.title'));
  const dataChanges = useQuery(adminQueuesQueries.dataChanges());
  const attachments = useQuery(adminQueuesQueries.attachments());
  const dataRequests = useQuery(adminQueuesQueries.dataRequests());
  const documentRequests = useQuery(adminQueuesQueries.documentRequests());
  const enrolments = useQuery(adminQueuesQueries.enrolments());
  const staffApplications = useQuery(adminQueuesQueries.staffApplications());
  const count = useQueueCount();
  const queues = [
    { id: 'data-changes', title: t('adminQueues.dataChanges'), data: dataChanges.data },
    { id: 'attachments', title: t('adminQueues.attachments'), data: attachments.data },
    { id: 'data-requests', title: t('adminQueues.dataRequests'), data: dataRequests.data },
    { id: 'document-requests', title: t('adminQueues.documentRequests'), data: documentRequests.data },
    {
      id: 'enrolments',
      title: t('adminQueues.enrolments'),
      data: enrolments.data?.map(() => ({ isOverdue: false })),
    },
    {
      id: 'staff-applications',
      title: t('adminQueues.staffApplications'),
      data: staffApplications.data?.map(() => ({ isOverdue: false })),
    },
  ];
  return (
    <div className="page admin-queues">
      <PageHeading>{t('adminQueues.title')}</PageHeading>
      <p>{t('adminQueues.intro')}</p>
      <nav aria-label={t('adminQueues.toc')}>
        <ul className="admin-queues__toc">
          {queues.map((queue) => (
            <li key={queue.id}>
              <a href={`#${queue.id}`}>
                {queue.title} ({count(queue.data)})
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <QueueSection
        id="data-changes"
        title={t('adminQueues.dataChanges')}
        query={dataChanges}
        toItem={(request) => ({
          id: request.id,
          title: `${request.number} · ${t(`dataChange.category.${request.category}`)} · ${request.statusLabel}`,
          details: t('adminQueues.newValue', { value: request.newValue }),
          createdAt: request.createdAt,
          dueAt: request.dueAt,
          isOverdue: request.isOverdue,
          action: <DataChangeActions request={request} />,
        })}
      />
      <QueueSection
        id="attachments"
        title={t('adminQueues.attachments')}
        query={attachments}
        toItem={(request) => ({
          id: request.id,
          title: `${request.number} · ${request.organization.name}${request.district ? `, ${t('adminQueues.district', { district: request.district })}` : ''}`,
          createdAt: request.createdAt,
          dueAt: request.dueAt,
          isOverdue: request.isOverdue,
          action: (
            <Link to="/registry/attachments">
              {t('adminQueues.decideAttachment', { number: request.number })}
            </Link>
          ),
        })}
      />
      <QueueSection
        id="data-requests"
        title={t('adminQueues.dataRequests')}
        query={dataRequests}
        toItem={(request) => ({
          id: request.id,
          title: `${t(`myData.requests.kind.${request.kind}`)} · ${t(`myData.requests.status.${request.status}`)}`,
          createdAt: request.createdAt,
          dueAt: request.dueAt,
          isOverdue: request.isOverdue,
          action: <DataRequestActions request={request} />,
        })}
      />
      <QueueSection
        id="document-requests"
        title={t('adminQueues.documentRequests')}
        query={documentRequests}
        toItem={(request) => ({
          id: request.id,
          title: `${request.number} · ${request.title} · ${t(`adminQueues.documentStatus.${request.status}`)}`,
          details: t('adminQueues.patient', { name: request.patient.name }),
          createdAt: request.createdAt,
          dueAt: request.dueAt,
          isOverdue: request.isOverdue,
          action: null,
        })}
      />
      <QueueSection
        id="enrolments"
        title={t('adminQueues.enrolments')}
        query={enrolments}
        toItem={(enrolment) => ({
          id: enrolment.id,
          title: `${enrolment.practitioner.name} · ${enrolment.course.title}`,
          details: enrolment.organization.name,
          createdAt: enrolment.createdAt,
          dueAt: null,
          isOverdue: false,
          action: <Link to="/admin/courses">{t('adminQueues.decideEnrolment')}</Link>,
        })}
      />
      <QueueSection
        id="staff-applications"
        title={t('adminQueues.staffApplications')}
        query={staffApplications}
        toItem={(application) => ({
          id: application.id,
          title: `${application.number} · ${t(`staffApplications.types.${application.type}`)} · ${t(`staffApplications.statuses.${application.status}`)}`,
          details: `${application.practitioner.name} · ${Object.values(application.fields).join(' · ')}`,
          createdAt: application.createdAt,
          dueAt: null,
          isOverdue: false,
          action: (
            <>
              <StaffApplicationFiles application={application} />
              <StaffApplicationActions application={application} />
            </>
          ),
        })}
      />
    </div>
  );
}
