import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../shared/ui/error-message';
import { PageHeading } from '../../shared/ui/page-heading';
import { SelectField } from '../../shared/ui/select-field';
import { useDocumentTitle } from '../../shared/ui/use-document-title';
import { DocumentList } from './document-list';
import { DOCUMENT_KINDS, documentQueries, type TDocumentKind } from './practitioner-documents.api';

/** «Документы» → «Мои документы» (`/doctor/documents/mine`): what the doctor signed, by kind. */
export function MyDocumentsPage() {
  const { t } = useTranslation();
  const [kind, setKind] = useState<TDocumentKind | ''>('');
  const list = useQuery(documentQueries.list('signed', kind || undefined));
  useDocumentTitle(t('practitionerDocuments.mine.title'));
  return (
    <div className="page doctor-page">
      <PageHeading isReady={!list.isPending}>{t('practitionerDocuments.mine.title')}</PageHeading>
      <SelectField
        label={t('practitionerDocuments.kindFilter')}
        value={kind}
        options={[
          { value: '', label: t('practitionerDocuments.allKinds') },
          ...DOCUMENT_KINDS.map((k) => ({ value: k, label: t(`practitionerDocuments.kinds.${k}`) })),
        ]}
        onChange={(value) => setKind(value as TDocumentKind | '')}
      />
      {list.isPending ? <p>{t('common.loading')}</p> : null}
      {list.isError ? <ErrorMessage error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data && list.data.documents.length === 0 ? <p>{t('practitionerDocuments.mine.empty')}</p> : null}
      <DocumentList documents={list.data?.documents ?? []} />
    </div>
  );
}
