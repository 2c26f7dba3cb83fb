import QRCode from 'qrcode';

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};
/** Text put into the SVG is escaped: a code is data, never markup (issue 15, item 11). */
const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);

/**
 * The ticket's signed QR payload (the same as the PDF's) as an SVG image. It names itself for screen readers
 * (`role="img"`, `aria-label`, `<title>`), though the web page gives its `<img>` its own alt text too.
 */
export async function renderTicketQrSvg(payload: string, code: string): Promise<string> {
  const svg = await QRCode.toString(payload, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  const label = escapeXml(`QR-код талона ${code}`);
  return svg
    .replace(/<svg /, () => `<svg role="img" aria-label="${label}" `)
    .replace(/(<svg[^>]*>)/, (tag) => `${tag}<title>${label}</title>`);
}
