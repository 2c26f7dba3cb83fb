import { ORGANIZATION_KINDS } from '@talon/vocabulary';
import type { TOrganizationKind } from './directory.api';

/** A kind from the URL, or undefined for «all» and for anything unknown. */
export function parseOrganizationKind(value: string | null): TOrganizationKind | undefined {
  return ORGANIZATION_KINDS.find((kind) => kind === value);
}
