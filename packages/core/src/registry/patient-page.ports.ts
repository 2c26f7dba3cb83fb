import type { AccessDeps } from '../access';
import type { WaitlistDeps } from '../waitlist';
import type { RegistryStore } from './registry.ports';

/**
 * What the desk's patient page reads beyond the card and the visits: the access policy (the page's scope,
 * its audit), the waitlist's and the representatives' own repositories, and the clinics' regions.
 */
export interface RegistryPatientDeps {
  access: AccessDeps;
  waitlist: WaitlistDeps;
  registry: RegistryStore;
}
