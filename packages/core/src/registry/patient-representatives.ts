import { auditAllowed, authorizePatient, type LinkStatus, toWardView } from '../access';
import type { Principal, RequestOrigin } from '../identity';
import type { PersonFields } from '../shared';
import type { RegistryPatientDeps } from './registry.ports';

type PersonName = Pick<PersonFields, 'surname' | 'name' | 'patronymic'>;

/** A link as the desk shows it: the other person's name, the relation and the link's state — nothing else. */
export interface DeskLink {
  linkId: string;
  relation: 'parent' | 'guardian' | 'consent';
  status: LinkStatus;
  person: PersonName;
  since: Date;
}

const nameOf = ({ surname, name, patronymic }: PersonName): PersonName => ({ surname, name, patronymic });

/**
 * The patient's legal representatives (parents, guardians: pending or active) and the people they act for
 * (their children and wards, and adults who let them book — `consent`), for the desk's patient page (issue
 * 13 item 1). Names and relation only, no birth dates, no medical access. The page's scope as the card's
 * (404 and `access.denied`); the read is audited for the patient and for each ward named.
 */
export async function listPatientRepresentatives(
  deps: RegistryPatientDeps,
  principal: Principal,
  input: { patientId: string; origin: RequestOrigin },
): Promise<{ representatives: DeskLink[]; wards: DeskLink[] }> {
  const { patientId, origin } = input;
  const basis = await authorizePatient(deps.access, principal, patientId, 'read', origin);
  const at = deps.access.clock.now();
  return deps.access.access.transaction(async (repos) => {
    const representatives = await repos.representatives.listRepresentatives(patientId);
    // A parent's link to a child now adult shows as ended, as the representative's own list shows it.
    const wards = (await repos.representatives.listWards(patientId)).map((ward) => toWardView(ward, at));
    for (const person of [patientId, ...wards.map((ward) => ward.patient.id)]) {
      await auditAllowed(repos, principal, {
        action: 'patient.read',
        patientId: person,
        basis,
        origin,
        at,
        recordType: 'representatives',
        recordId: patientId,
      });
    }
    return {
      representatives: representatives.map((r) => ({
        linkId: r.linkId,
        relation: r.relation,
        status: r.status,
        person: nameOf(r.representative),
        since: r.createdAt,
      })),
      wards: wards.map((w) => ({
        linkId: w.linkId,
        relation: w.relation,
        status: w.status,
        person: nameOf(w.patient),
        since: w.createdAt,
      })),
    };
  });
}
