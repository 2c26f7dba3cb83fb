import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';

/**
 * DejaVu Sans from the `dejavu-fonts-ttf` package: the PDF's standard fonts have no Cyrillic, and a font of
 * the operating system may be missing on a server, so the TTF ships with the app and is embedded (subset).
 */
const FONT_FILE = createRequire(import.meta.url).resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const BOLD_FONT_FILE = createRequire(import.meta.url).resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');
let fonts: { regular: Buffer; bold: Buffer } | null = null;
const loadFonts = () => {
  fonts ??= { regular: readFileSync(FONT_FILE), bold: readFileSync(BOLD_FONT_FILE) };
  return fonts;
};

export interface PdfOptions {
  /** Compress page streams (default true); tests may switch it off to read the raw file. */
  compress?: boolean;
}

/**
 * A new PDF with the fonts `regular` and `bold` registered, and `done`: the whole file once `doc.end()`
 * has been called.
 */
export function openPdf(
  settings: { size: string; margin: number; info: PDFKit.DocumentInfo; layout?: 'portrait' | 'landscape' },
  options: PdfOptions = {},
): { doc: PDFKit.PDFDocument; done: Promise<Buffer> } {
  const { regular, bold } = loadFonts();
  const doc = new PDFDocument({ ...settings, compress: options.compress ?? true });
  doc.registerFont('regular', regular);
  doc.registerFont('bold', bold);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, done };
}
