import { parseOms, parseSnils } from '@talon/core/identifiers';
import type { PatientIdentifier } from '@talon/core/records';
import { unprocessable } from '../fhir-outcome';
import { IdentifierSystem } from '../identifier-systems';

/**
 * Reading the elements of a posted resource: each reader checks the one element it reads and, when it is
 * missing or malformed, refuses with 422 naming the element's FHIRPath — Talon validates what it reads
 * rather than the whole R4 structure (the validator is a test dependency only).
 */
export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function objectAt(parent: Json, name: string, path: string): Json {
  const value = parent[name];
  if (!isObject(value)) throw unprocessable(`Нет элемента ${path}.${name}.`, `${path}.${name}`);
  return value;
}

export function stringAt(parent: Json, name: string, path: string): string {
  const value = parent[name];
  if (typeof value !== 'string' || value.trim() === '') {
    throw unprocessable(`Нет элемента ${path}.${name} или он пуст.`, `${path}.${name}`);
  }
  return value;
}

export const optionalString = (parent: Json, name: string): string | undefined => {
  const value = parent[name];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
};

export function arrayAt(parent: Json, name: string, path: string): unknown[] {
  const value = parent[name];
  if (!Array.isArray(value) || value.length === 0) {
    throw unprocessable(`Нет элемента ${path}.${name} или он пуст.`, `${path}.${name}`);
  }
  return value;
}

/** A FHIR `dateTime` or `instant` with a time and zone (a bare date is taken as midnight UTC). */
export function dateTimeAt(parent: Json, name: string, path: string): Date {
  const text = stringAt(parent, name, path);
  const date = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/.test(text)
    ? new Date(text)
    : null;
  if (!date || Number.isNaN(date.getTime())) {
    throw unprocessable(`Элемент ${path}.${name}: неверная дата «${text}».`, `${path}.${name}`);
  }
  return date;
}

/** A Reference's `reference` of `type` (`ServiceRequest/<id>`): the id. */
export function referencedId(reference: Json, type: string, path: string): string {
  const text = stringAt(reference, 'reference', path);
  const match = new RegExp(`^(?:.*/)?${type}/([0-9a-f-]{36})$`).exec(text);
  if (!match?.[1]) {
    throw unprocessable(`Элемент ${path}.reference должен ссылаться на ${type}/<id>.`, `${path}.reference`);
  }
  return match[1];
}

/** The ЕНП system or the СНИЛС one, with the value checked by its algorithm (digits kept). */
export function patientIdentifierAt(identifier: Json, path: string): PatientIdentifier {
  const system = stringAt(identifier, 'system', path);
  const value = stringAt(identifier, 'value', path);
  const kind = system === IdentifierSystem.SNILS ? 'snils' : system === IdentifierSystem.ENP ? 'enp' : null;
  if (!kind) {
    throw unprocessable(
      `Пациент указывается по СНИЛС (${IdentifierSystem.SNILS}) или ЕНП (${IdentifierSystem.ENP}).`,
      `${path}.system`,
    );
  }
  const parsed = kind === 'snils' ? parseSnils(value) : parseOms(value);
  if (!parsed.ok) throw unprocessable(`Неверный ${kind === 'snils' ? 'СНИЛС' : 'ЕНП'}.`, `${path}.value`);
  return { kind, value: parsed.value };
}
