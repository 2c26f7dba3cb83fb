import { type ClinicSeed, generateClinics } from './clinics';
import type { PractitionerSeed } from './practitioners';
import type { SeedProfile } from './profiles';
import { createRandom } from './random';
import { type PractitionerRoleSeed, staffRegion } from './staff';

/** Everything of a profile except the patients: small enough to hold in memory even for the large set. */
export interface Directory {
  clinics: ClinicSeed[];
  practitioners: PractitionerSeed[];
  roles: PractitionerRoleSeed[];
}

/**
 * Generates the clinics (with rooms), practitioners and their roles of a profile. Pure and deterministic:
 * the same profile and seed give the same data and ids.
 */
export function generateDirectory(profile: SeedProfile, seed: number): Directory {
  const random = createRandom(seed, 'directory');
  const directory: Directory = { clinics: [], practitioners: [], roles: [] };
  for (const region of profile.regions) {
    const code = region.place.code;
    const clinics = generateClinics(random.fork(`clinics/${code}`), region.place, region.clinics, {
      doctorRooms: profile.doctorRooms,
    });
    directory.clinics.push(...clinics);
    staffRegion(random.fork(`staff/${code}`), clinics, profile.staffScale, directory);
  }
  return directory;
}
