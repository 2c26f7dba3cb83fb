import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import ru from '../shared/i18n/locales/ru.json';

const indexHtml = readFileSync(new URL('../../index.html', import.meta.url), 'utf8');

describe('the home page first paint in index.html', () => {
  it('shows the same title and lead as the home page renders', () => {
    const prepaint = /<div class="prepaint[^"]*"[^>]*>([\s\S]*?)<\/div>/.exec(indexHtml)?.[1] ?? '';
    expect(prepaint).toContain(`>${ru.home.title}</p>`);
    expect(prepaint).toContain(`>${ru.home.lead}</p>`);
  });
});
