import type { RegistryDeps } from '@talon/core/registry';
import { createRegistryStore } from '@talon/db';
import type { Infrastructure } from './infrastructure';

export const registryDeps = ({ db, cipher, clock }: Infrastructure): RegistryDeps => ({
  registry: createRegistryStore(db, cipher),
  clock,
  lookupHashes: (normalised) => cipher.lookupHashes(normalised),
});
