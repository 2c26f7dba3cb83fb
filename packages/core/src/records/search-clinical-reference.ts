import type { Principal } from '../identity';
import type { MedicineInfo, RecordsDeps } from './records.ports';
import type { VisitTemplate } from './records.types';

/** How many suggestions a search answers with. */
export const REFERENCE_SEARCH_LIMIT = 20;

/**
 * The МКБ-10 reference for the doctor's diagnosis field (issue 12, item 3): by code (`j06` → J06.9) or by
 * words (`гипертония` → I10 first). Reference data, not a person's: no audit.
 */
export async function searchIcd10(
  deps: RecordsDeps,
  _principal: Principal,
  input: { q: string; limit?: number },
): Promise<{ code: string; name: string }[]> {
  const query = input.q.trim().toLowerCase().replaceAll('ё', 'е');
  if (!query) return [];
  return deps.store.read((repos) =>
    repos.conditions.searchIcd10(query, Math.min(input.limit ?? REFERENCE_SEARCH_LIMIT, 50)),
  );
}

const normalise = (text: string) => text.trim().toLowerCase().replaceAll('ё', 'е');

/**
 * The medicines reference for the prescription form (issue 12, item 4): by МНН, Russian or Latin — names
 * that start with the query first, the shorter first (the single substance before its combinations), then
 * names that contain it.
 */
export async function searchMedicines(
  deps: RecordsDeps,
  _principal: Principal,
  input: { q: string; limit?: number },
): Promise<MedicineInfo[]> {
  const query = normalise(input.q);
  if (!query) return [];
  const limit = Math.min(input.limit ?? REFERENCE_SEARCH_LIMIT, 50);
  const starts: MedicineInfo[] = [];
  const contains: MedicineInfo[] = [];
  for (const medicine of deps.reference.medicines()) {
    const names = [normalise(medicine.name), normalise(medicine.latinName)];
    if (names.some((name) => name.startsWith(query))) starts.push(medicine);
    else if (names.some((name) => name.includes(query))) contains.push(medicine);
  }
  const shorterFirst = (a: MedicineInfo, b: MedicineInfo) => a.name.length - b.name.length;
  return [...starts.sort(shorterFirst), ...contains].slice(0, limit);
}

/** The visit templates of a specialty (issue 12, item 3); none for a specialty without templates. */
export async function listVisitTemplates(
  deps: RecordsDeps,
  _principal: Principal,
  input: { specialty: string },
): Promise<readonly VisitTemplate[]> {
  return deps.reference.visitTemplates(input.specialty);
}

/** The laboratory order form's choices: the reference's panels and analytes, in its order. */
export async function listLabTests(deps: RecordsDeps, _principal: Principal) {
  return {
    panels: deps.reference.labPanels().map((panel) => ({ ...panel, analytes: [...panel.analytes] })),
    analytes: deps.reference.analytes().map(({ code, name, unit, unitDisplay }) => ({
      code,
      name,
      unit,
      unitDisplay,
    })),
  };
}
