import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { bookPagePieces, withBookPieces } from './book-first-view';
import { inlineStylesheets } from './book-first-view-html';
import { sendProblem } from './problem-details/send-problem';

/** CSP hashes of the inline scripts of index.html (the low-vision switch runs before first paint). */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (match) =>
      `'sha256-${createHash('sha256')
        .update(match[1] ?? '')
        .digest('base64')}'`,
  );
}

/**
 * Serves the built SPA: hashed assets with long-lived caching and precompressed (br/gzip) variants;
 * index.html for every other GET that wants HTML (client routing); problem+json 404 for everything else.
 */
/** The built index.html, or undefined when the web app has not been built. */
export function readWebIndex(distDir: string): string | undefined {
  const indexPath = path.join(distDir, 'index.html');
  return existsSync(indexPath) ? readFileSync(indexPath, 'utf8') : undefined;
}

async function web(app: FastifyInstance, options: { distDir: string; indexHtml: string | undefined }) {
  const { indexHtml } = options;
  const hasWeb = indexHtml !== undefined;
  // The time choice's page with the entry CSS inline (book-first-view-html.ts): its first view needs no
  // other request to paint.
  const bookHtml = inlineStylesheets(indexHtml ?? '', (href) => {
    const file = path.join(options.distDir, path.normalize(href).replace(/^([/\\])+/, ''));
    return file.startsWith(options.distDir) && existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  });

  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: options.distDir,
      wildcard: false,
      index: false,
      preCompressed: true,
      setHeaders(res, filePath) {
        const isHashed = filePath.includes(`${path.sep}assets${path.sep}`);
        res.header('cache-control', isHashed ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
    app.get('/', { schema: { hide: true } }, (_request, reply) =>
      reply.type('text/html').header('cache-control', 'no-cache').send(indexHtml),
    );
    // The time choice opened from a link: for a logged-in patient the page comes with its first view and
    // the answers of its first requests (book-first-view.ts); it is theirs alone, so never stored. A
    // browser without a session is sent to the login page at once, as the app would send it after
    // loading the time choice's code (docs/web.md, «The time choice from a cold link»).
    app.get('/book', { schema: { hide: true } }, async (request, reply) => {
      if (!(request.headers.accept ?? '').includes('text/html')) return reply.callNotFound();
      if (!request.cookies[app.sessionCookie.cookieName]) {
        return reply
          .header('cache-control', 'no-store')
          .redirect(`/login?next=${encodeURIComponent(request.url)}`, 302);
      }
      const pieces = await bookPagePieces(app, request).catch((error: unknown) => {
        request.log.warn({ err: error }, 'the time choice was served without its first view');
        return null;
      });
      if (!pieces) return reply.type('text/html').header('cache-control', 'no-cache').send(indexHtml);
      return reply
        .type('text/html')
        .header('cache-control', 'private, no-store')
        .send(withBookPieces(bookHtml, pieces));
    });
  } else {
    app.log.warn({ distDir: options.distDir }, 'web app is not built; run `npm run build:web`');
  }

  app.setNotFoundHandler((request, reply) => {
    const wantsPage =
      hasWeb &&
      (request.method === 'GET' || request.method === 'HEAD') &&
      !request.url.startsWith('/api/') &&
      (request.headers.accept ?? '').includes('text/html');
    if (wantsPage) return reply.type('text/html').header('cache-control', 'no-cache').send(indexHtml);
    return sendProblem(reply, request, {
      status: 404,
      code: 'NOT_FOUND',
      detail: `Адрес ${request.method} ${request.url.split('?')[0]} не найден. Проверьте адрес; описание API — /api/docs.`,
    });
  });
}

export default fp(web, { name: 'web' });
