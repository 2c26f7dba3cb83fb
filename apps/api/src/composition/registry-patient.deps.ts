import type { AccessDeps } from '@talon/core/access';
import type { RegistryPatientDeps } from '@talon/core/registry';
import type { WaitlistDeps } from '@talon/core/waitlist';
import { createRegistryStore } from '@talon/db';
import type { Infrastructure } from './infrastructure';

/** The desk's patient page: the access policy and the waitlist module's deps, shared with their own routes. */
export const registryPatientDeps = (
  { db, cipher }: Infrastructure,
  access: AccessDeps,
  waitlist: WaitlistDeps,
): RegistryPatientDeps => ({ access, waitlist, registry: createRegistryStore(db, cipher) });
