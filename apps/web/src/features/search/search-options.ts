import type { ApiSchema } from '../../shared/api-client';

type TSuggestions = ApiSchema<'Suggestions'>;

export type SuggestionKind = 'specialty' | 'practitioner' | 'organization';

/** One choosable line of the suggestion list, with where choosing it leads. */
export interface SuggestionOption {
  kind: SuggestionKind;
  /** Unique within the list; the base of the option's element id. */
  key: string;
  label: string;
  detail: string | null;
  href: string;
}

export interface SuggestionGroup {
  kind: SuggestionKind;
  options: SuggestionOption[];
}

const id = (value: string) => encodeURIComponent(value);

/**
 * The suggestions as groups in reading order (specialties, doctors, clinics), empty groups left out: a
 * specialty opens the doctor list filtered by it, a doctor their page, a clinic its page.
 */
export function toSuggestionGroups(data: TSuggestions | undefined): SuggestionGroup[] {
  if (!data) return [];
  const groups: SuggestionGroup[] = [
    {
      kind: 'specialty',
      options: data.specialties.map((specialty) => ({
        kind: 'specialty',
        key: `specialty-${specialty.code}`,
        label: specialty.name,
        detail: null,
        href: `/doctors?specialty=${id(specialty.code)}`,
      })),
    },
    {
      kind: 'practitioner',
      options: data.practitioners.map((practitioner) => ({
        kind: 'practitioner',
        key: `practitioner-${practitioner.id}`,
        label: practitioner.name,
        detail: practitioner.specialties.map((specialty) => specialty.name).join(', ') || null,
        href: `/doctors/${id(practitioner.id)}`,
      })),
    },
    {
      kind: 'organization',
      options: data.organizations.map((organization) => ({
        kind: 'organization',
        key: `organization-${organization.id}`,
        label: organization.name,
        detail: organization.address || null,
        href: `/clinics/${id(organization.id)}`,
      })),
    },
  ];
  return groups.filter((group) => group.options.length > 0);
}

/** Where submitting the typed text leads: the doctor list searched by it (it matches names and specialties). */
export const freeTextHref = (text: string): string =>
  text.trim() === '' ? '/doctors' : `/doctors?${new URLSearchParams({ q: text.trim() }).toString()}`;
