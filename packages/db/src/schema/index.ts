export * from './organizations.schema';
export * from './patients.schema';
export * from './practitioners.schema';
export * from './reference.schema';
