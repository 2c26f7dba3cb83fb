import QRCode from 'qrcode';

/**
 * The ticket's signed QR payload (the same as the PDF's) as an SVG image. It names itself for screen readers
 * (`role="img"`, `aria-label`, `<title>`), though the web page gives its `<img>` its own alt text too.
 */
export async function renderTicketQrSvg(payload: string, code: string): Promise<string> {
  const svg = await QRCode.toString(payload, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return svg
    .replace(/<svg /, `<svg role="img" aria-label="QR-код талона ${code}" `)
    .replace(/(<svg[^>]*>)/, `$1<title>QR-код талона ${code}</title>`);
}
