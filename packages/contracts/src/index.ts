export * from './auth.contract';
export * from './directory.contract';
export * from './pagination.contract';
export * from './problem.contract';
export { ZText, z } from './zod';
