export { type Database, type DatabaseHandle, type DatabaseOptions, openDatabase } from './client';
export { createFieldCipher, type FieldCipher } from './crypto/field-cipher';
export { isMigrated, migrateDatabase } from './migrate';
export { queryRows } from './query-rows';
export { createDirectoryRepository } from './repositories/directory.repository';
export * as schema from './schema';
