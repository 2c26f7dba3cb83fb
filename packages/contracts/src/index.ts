export * from './access.contract';
export * from './auth.contract';
export * from './directory.contract';
export * from './pagination.contract';
export * from './privacy.contract';
export * from './problem.contract';
export * from './representatives.contract';
export { ZText, z } from './zod';
