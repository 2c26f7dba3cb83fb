import type { DirectoryErrorCode } from '@talon/core/directory';
import type { DomainError } from '@talon/core/shared';

type Params = Record<string, string | number>;
interface Mapping {
  status: number;
  detail: (params: Params) => string;
}

/**
 * Every domain error code with its HTTP status and Russian explanation (what happened, what to do next).
 * One table per module, typed by the module's code list so a new code cannot be forgotten here.
 */
const directory: Record<DirectoryErrorCode, Mapping> = {
  UNKNOWN_REGION: {
    status: 400,
    detail: (p) => `Регион с кодом «${p.code}» не найден. Выберите регион из списка.`,
  },
  UNKNOWN_SPECIALTY: {
    status: 400,
    detail: (p) => `Специальность «${p.code}» не найдена. Выберите специальность из списка.`,
  },
  ORGANIZATION_NOT_FOUND: {
    status: 404,
    detail: () => 'Медицинская организация не найдена. Возможно, ссылка устарела — найдите её через поиск.',
  },
  PRACTITIONER_NOT_FOUND: {
    status: 404,
    detail: () => 'Врач не найден. Возможно, он больше не ведёт приём — найдите врача через поиск.',
  },
};

const table: Record<string, Mapping> = { ...directory };

export function mapDomainError(error: DomainError) {
  const mapping = table[error.code];
  if (!mapping) return undefined;
  const detail = mapping.detail(error.options.params ?? {});
  return {
    status: mapping.status,
    code: error.code,
    detail,
    errors: error.options.field ? [{ field: error.options.field, message: detail }] : undefined,
  };
}
