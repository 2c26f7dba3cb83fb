import { DomainError, type FieldError } from '../shared';
import { StatusErrorCode } from './status.errors';
import {
  INCIDENT_SEVERITIES,
  INCIDENT_STATUSES,
  type IncidentSeverity,
  type IncidentStatus,
  STATUS_COMPONENTS,
  type StatusComponentId,
} from './status.types';

export const INCIDENT_TITLE_MAX = 200;
export const INCIDENT_TEXT_MAX = 2000;

export interface IncidentDraft {
  title: string;
  severity: string;
  components: readonly string[];
  /** The first update: what users see under the title. */
  text: string;
  status?: string;
}

export interface ValidIncident {
  title: string;
  severity: IncidentSeverity;
  components: StatusComponentId[];
  text: string;
  status: IncidentStatus;
}

const isOneOf = <T extends string>(list: readonly T[], value: string | undefined): value is T =>
  value !== undefined && (list as readonly string[]).includes(value);

const textError = (field: string, value: string, max: number, what: string): FieldError | null => {
  if (!value.trim()) return { field, message: `Заполните ${what}` };
  if (value.trim().length > max) return { field, message: `Не длиннее ${max} символов` };
  return null;
};

const invalid = (errors: (FieldError | null)[]) => {
  const fieldErrors = errors.filter((e): e is FieldError => e !== null);
  if (fieldErrors.length) throw new DomainError(StatusErrorCode.STATUS_INCIDENT_INVALID, { fieldErrors });
};

/** A new incident: a title, a severity, at least one component, and the first words to users. */
export function validateIncident(draft: IncidentDraft): ValidIncident {
  const components = [...new Set(draft.components)];
  const status = draft.status ?? 'investigating';
  invalid([
    textError('body.title', draft.title, INCIDENT_TITLE_MAX, 'заголовок'),
    isOneOf(INCIDENT_SEVERITIES, draft.severity)
      ? null
      : {
          field: 'body.severity',
          message: 'Выберите серьёзность: незначительный, серьёзный или критический',
        },
    components.length && components.every((c) => isOneOf(STATUS_COMPONENTS, c))
      ? null
      : { field: 'body.components', message: 'Выберите затронутые компоненты' },
    textError('body.text', draft.text, INCIDENT_TEXT_MAX, 'текст сообщения'),
    isOneOf(INCIDENT_STATUSES, status) && status !== 'resolved'
      ? null
      : { field: 'body.status', message: 'Новый инцидент не может быть сразу решён' },
  ]);
  return {
    title: draft.title.trim(),
    severity: draft.severity as IncidentSeverity,
    components: components as StatusComponentId[],
    text: draft.text.trim(),
    status: status as IncidentStatus,
  };
}

/**
 * An update moves the incident to any status — forward as usual, or back (a fix that did not hold:
 * monitoring → identified) — but a resolved incident takes none: a recurrence is a new incident.
 */
export function validateIncidentUpdate(
  current: IncidentStatus,
  draft: { text: string; status: string },
): { text: string; status: IncidentStatus } {
  if (current === 'resolved') throw new DomainError(StatusErrorCode.STATUS_INCIDENT_RESOLVED);
  invalid([
    textError('body.text', draft.text, INCIDENT_TEXT_MAX, 'текст сообщения'),
    isOneOf(INCIDENT_STATUSES, draft.status)
      ? null
      : { field: 'body.status', message: 'Выберите состояние инцидента' },
  ]);
  return { text: draft.text.trim(), status: draft.status as IncidentStatus };
}
