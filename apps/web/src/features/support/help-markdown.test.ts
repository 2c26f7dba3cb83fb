import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { HelpMarkdown } from './help-markdown';

const render = (markdown: string) =>
  renderToStaticMarkup(createElement(HelpMarkdown, { children: markdown }));

describe('HelpMarkdown', () => {
  it('renders Markdown: headings, emphasis, lists, links', () => {
    const html = render(
      '## Запись\n\nНажмите **«Записаться»**.\n\n1. Выберите врача\n2. Время\n\n[Справка](/help)',
    );
    expect(html).toContain('<h2>Запись</h2>');
    expect(html).toContain('<strong>«Записаться»</strong>');
    expect(html).toContain('<ol>');
    expect(html).toContain('<a href="/help">Справка</a>');
  });

  it('never renders raw HTML from the text: no script, no event handler, no iframe', () => {
    const html = render(
      'Текст <script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n<iframe src="https://evil.example"></iframe>',
    );
    expect(html).not.toMatch(/<script|<img|<iframe|onerror/i);
    expect(html).toContain('Текст');
  });

  it('drops a javascript: link target', () => {
    const html = render('[нажми](javascript:alert(1))');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('нажми');
  });
});
