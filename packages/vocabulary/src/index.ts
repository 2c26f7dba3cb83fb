/**
 * Talon's vocabulary: the closed lists of codes (statuses, kinds, channels, roles) that the business rules, the
 * database's check constraints, the HTTP contracts and the pages all speak. Declared once here, so no layer keeps
 * a copy; it imports nothing (docs/adr/0005-vocabulary-package.md).
 */
export * from './appointments';
export * from './attachment';
export * from './courses';
export * from './data-changes';
export * from './directory';
export * from './document-requests';
export * from './identity';
export * from './person';
export * from './practitioner-documents';
export * from './records';
export * from './registry';
export * from './request-history';
export * from './scheduling';
export * from './staff-applications';
export * from './status';
export * from './support';
export * from './surveys';
export * from './symptom-guide';
export * from './uploads';
