import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TSymptomGuideAnswer } from './symptom-guide.api';

/**
 * The guide's answer: the ambulance box first (red flags, «Звоните 103» with a `tel:` link), then where to
 * book, each with its reason and a «Записаться» link to the doctors of that specialty, then the disclaimer.
 */
export function GuideResults({ answer }: { answer: TSymptomGuideAnswer }) {
  const { t } = useTranslation();
  return (
    <section className="section symptom-results" aria-labelledby="symptom-results-heading">
      <h2 id="symptom-results-heading" className="visually-hidden">
        {t('symptomGuide.resultsTitle')}
      </h2>
      {answer.redFlags.length > 0 ? (
        <section className="ambulance" aria-labelledby="ambulance-heading">
          <h3 id="ambulance-heading" className="ambulance__title">
            {t('symptomGuide.ambulanceTitle')}
          </h3>
          <a className="ambulance__call" href={`tel:${answer.redFlags[0]?.phone ?? '103'}`}>
            {t('symptomGuide.ambulanceCall', { phone: answer.redFlags[0]?.phone ?? '103' })}
          </a>
          <ul className="ambulance__flags">
            {answer.redFlags.map((flag) => (
              <li key={flag.code}>
                <strong>{flag.title}.</strong> {flag.advice}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <h3>{answer.redFlags.length > 0 ? t('symptomGuide.afterAmbulance') : t('symptomGuide.whereToBook')}</h3>
      {answer.recognized.length > 0 ? (
        <p>{t('symptomGuide.recognized', { symptoms: answer.recognized.map((s) => s.name).join(', ') })}</p>
      ) : (
        <p>{t('symptomGuide.notRecognized')}</p>
      )}
      <ol className="symptom-suggestions">
        {answer.suggestions.map((suggestion) => (
          <li key={suggestion.specialtyCode} className="symptom-suggestion">
            <h4 className="symptom-suggestion__name">{suggestion.specialtyName}</h4>
            <p>{suggestion.reason}</p>
            {suggestion.referralRequired ? (
              <p className="field__hint">{t('symptomGuide.referralRequired')}</p>
            ) : null}
            <Link
              className="button button--secondary"
              to={`/doctors?specialty=${encodeURIComponent(suggestion.specialtyCode)}`}
              aria-label={t('symptomGuide.bookLabel', { specialty: suggestion.specialtyName })}
            >
              {t('symptomGuide.book')}
            </Link>
          </li>
        ))}
      </ol>
      <p className="symptom-disclaimer">{answer.disclaimer}</p>
    </section>
  );
}
