export * from './audit.schema';
export * from './booking.schema';
export * from './identity.schema';
export * from './messaging.schema';
export * from './organizations.schema';
export * from './patients.schema';
export * from './practitioners.schema';
export * from './reference.schema';
