/** Russian plural categories by CLDR, as the browser's i18next also uses them. */
const RUSSIAN = new Intl.PluralRules('ru');

/** The three forms of a Russian noun after a number: «1 минуту», «3 минуты», «5 минут». */
export interface RussianForms {
  /** 1, 21, 101… */
  one: string;
  /** 2–4, 22–24…, and fractions («1,5 минуты»). */
  few: string;
  /** 0, 5–20, 25–30… */
  many: string;
}

/** The form of `forms` that goes after `count` (the number itself is not included). */
export function russianPlural(count: number, forms: RussianForms): string {
  const category = RUSSIAN.select(count);
  return category === 'one' ? forms.one : category === 'many' ? forms.many : forms.few;
}
