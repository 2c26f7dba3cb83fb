import type { DirectoryDeps } from '@talon/core/directory';
import { createDirectoryRepository, createSuggestionsRepository } from '@talon/db';
import type { Infrastructure } from './infrastructure';

export const directoryDeps = ({ db, clock }: Infrastructure): DirectoryDeps => ({
  directory: createDirectoryRepository(db),
  suggestions: createSuggestionsRepository(db),
  clock,
});
