import { describe, expect, it } from 'vitest';
import { compileRules, matchComplaint } from './match-complaint';
import { GUIDE_RULES } from './rule-table';

const compiled = compileRules(GUIDE_RULES);
const match = (text: string) => matchComplaint(compiled, text);

describe('matchComplaint: the symptoms named in free text', () => {
  it.each([
    ['болит голова', 'headache'],
    ['Третий день сильно болит голова', 'headache'],
    ['голова болит', 'headache'],
    ['головная боль по утрам', 'headache'],
    ['ГОЛОВНЫЕ БОЛИ', 'headache'],
    ['кашляю неделю', 'cough'],
    ['сильный кашель', 'cough'],
    ['температура 38', 'fever'],
    ['болит живот справа', 'abdominal-pain'],
    ['боли в животе', 'abdominal-pain'],
    ['болит зуб', 'toothache'],
    ['зубы болят', 'toothache'],
    ['заложило ухо после бассейна', 'ear-problem'],
    ['болит поясница', 'back-pain'],
    ['сыпь на руках', 'rash'],
    ['кружится голова', 'dizziness'],
    ['давление 180 и болит голова', 'high-pressure'],
    ['болят уши', 'ear-problem'],
    ['зуб ноет', 'toothache'],
    ['тянет поясницу', 'back-pain'],
    ['грудь болит при кашле', 'cough'],
  ])('«%s» → %s', (text, symptom) => {
    expect(match(text).symptoms).toContain(symptom);
  });

  it.each([
    ['болит грудь, отдаёт в руку', 'chest-pain'],
    ['Боль в груди', 'chest-pain'],
    ['давит в груди', 'chest-pain'],
    ['жжёт за грудиной и отдает в левую руку', 'chest-pain'],
    ['перекосило лицо', 'stroke'],
    ['у мамы лицо перекосило и заплетается язык', 'stroke'],
    ['рука онемела', 'stroke'],
    ['не могу дышать', 'breathing'],
    ['задыхаюсь', 'breathing'],
    ['потерял сознание на улице', 'unconscious'],
    ['кровь не останавливается', 'bleeding'],
    ['резкая боль в животе', 'acute-abdomen'],
    ['нет температуры, но болит грудь', 'chest-pain'],
  ])('«%s» → red flag %s', (text, flag) => {
    expect(match(text).redFlags).toContain(flag);
  });

  it.each([
    ['нет температуры', 'fever'],
    ['температуры нет', 'fever'],
    ['без температуры', 'fever'],
    ['голова не болит', 'headache'],
    ['не болит голова', 'headache'],
    ['головокружение', 'headache'],
    ['кашля нет', 'cough'],
  ])('a negation or another word is not a match: «%s» is not %s', (text, symptom) => {
    expect(match(text).symptoms).not.toContain(symptom);
  });

  it.each([
    ['грудь не болит', 'chest-pain'],
    ['боли в груди нет', 'chest-pain'],
    ['дышать могу', 'breathing'],
    ['болит живот', 'acute-abdomen'],
    ['болит голова', 'stroke'],
  ])('no red flag without its words: «%s» is not %s', (text, flag) => {
    expect(match(text).redFlags).not.toContain(flag);
  });

  it('does not join words across sentences', () => {
    expect(match('Болит нога. Грудь в порядке').redFlags).not.toContain('chest-pain');
  });

  it('a negated word does not hide the rest of the complaint', () => {
    const found = match('температуры нет, болит голова и кашель');
    expect(found.symptoms).toEqual(expect.arrayContaining(['headache', 'cough']));
    expect(found.symptoms).not.toContain('fever');
  });
});
