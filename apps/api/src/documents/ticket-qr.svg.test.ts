import { describe, expect, it } from 'vitest';
import { renderTicketQrSvg } from './ticket-qr.svg';

describe('renderTicketQrSvg', () => {
  it('escapes what it embeds, so a code cannot become markup (issue 15, item 11)', async () => {
    const svg = await renderTicketQrSvg('payload', `А-1"><script>alert(1)</script>&$'`);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain(
      '<title>QR-код талона А-1&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;$&apos;</title>',
    );
    expect(svg).toContain('aria-label="QR-код талона А-1&quot;&gt;');
  });
});
