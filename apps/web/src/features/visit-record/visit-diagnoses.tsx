import { useTranslation } from 'react-i18next';
import { ReferenceCombobox } from './reference-combobox';
import { type TIcd10Code, visitApi } from './visit-record.api';

export interface DiagnosisRow {
  code: string;
  name: string;
  role: 'primary' | 'secondary' | 'complication';
}

interface VisitDiagnosesProps {
  diagnoses: readonly DiagnosisRow[];
  readOnly: boolean;
  onChange: (next: DiagnosisRow[]) => void;
}

const ROLES = ['primary', 'secondary', 'complication'] as const;

/**
 * The visit's diagnoses (issue 12, item 3): found in ICD-10 by code or words, the first one primary and the
 * next ones secondary; the role can be changed (one primary: choosing another makes the old one secondary).
 */
export function VisitDiagnoses({ diagnoses, readOnly, onChange }: VisitDiagnosesProps) {
  const { t } = useTranslation();
  const add = (code: TIcd10Code) => {
    if (diagnoses.some((d) => d.code === code.code)) return;
    const role = diagnoses.some((d) => d.role === 'primary') ? 'secondary' : 'primary';
    onChange([...diagnoses, { code: code.code, name: code.name, role }]);
  };
  const setRole = (code: string, role: DiagnosisRow['role']) =>
    onChange(
      diagnoses.map((d) =>
        d.code === code
          ? { ...d, role }
          : role === 'primary' && d.role === 'primary'
            ? { ...d, role: 'secondary' }
            : d,
      ),
    );
  return (
    <section className="visit-section" aria-labelledby="visit-diagnoses">
      <h2 id="visit-diagnoses" className="section">
        {t('visit.diagnoses.title')}
      </h2>
      {diagnoses.length === 0 ? <p className="hint">{t('visit.diagnoses.empty')}</p> : null}
      {diagnoses.length > 0 ? (
        <ul className="visit-diagnoses">
          {diagnoses.map((d) => (
            <li key={d.code} className="visit-diagnoses__item">
              <span>
                <strong>{d.code}</strong> {d.name}
              </span>
              {readOnly ? (
                <span>{t(`visit.diagnoses.roles.${d.role}`)}</span>
              ) : (
                <>
                  <label className="visually-hidden" htmlFor={`role-${d.code}`}>
                    {t('visit.diagnoses.roleOf', { code: d.code })}
                  </label>
                  <select
                    id={`role-${d.code}`}
                    className="field__select"
                    value={d.role}
                    onChange={(event) => setRole(d.code, event.target.value as DiagnosisRow['role'])}
                  >
                    {ROLES.map((role) => (
                      <option key={role} value={role}>
                        {t(`visit.diagnoses.roles.${role}`)}
                      </option>
                    ))}
                  </select>
                  <button
                    type="button"
                    className="button button--secondary"
                    onClick={() => onChange(diagnoses.filter((other) => other.code !== d.code))}
                  >
                    {t('visit.diagnoses.remove', { code: d.code })}
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {readOnly ? null : (
        <ReferenceCombobox
          label={t('visit.diagnoses.search')}
          hint={t('visit.diagnoses.searchHint')}
          queryKey="icd10"
          search={visitApi.searchIcd10}
          toOption={(code) => ({ key: code.code, label: `${code.code} — ${code.name}` })}
          onChoose={add}
        />
      )}
    </section>
  );
}
