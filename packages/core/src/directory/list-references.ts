import type { Principal } from '../identity';
import type { DirectoryRepository } from './directory.repository';
import type { Region, Specialty } from './directory.types';

/** The 85 regions with their time zones (reference data; anyone may ask). */
export async function listRegions(
  deps: { directory: DirectoryRepository },
  _principal: Principal | null,
): Promise<Region[]> {
  return deps.directory.listRegions();
}

/** Specialties and services with their booking flags (reference data; anyone may ask). */
export async function listSpecialties(
  deps: { directory: DirectoryRepository },
  _principal: Principal | null,
): Promise<Specialty[]> {
  return deps.directory.listSpecialties();
}
