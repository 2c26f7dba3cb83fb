import { escapeHtml } from '@talon/core/messaging';

const BASE_CSS = `body{font-family:system-ui,sans-serif;margin:1rem;line-height:1.4;color:#111}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:.4rem;vertical-align:top;text-align:left}
caption{text-align:left;font-weight:600;margin-bottom:.5rem}button{font:inherit;padding:.3rem .8rem}`;

/**
 * The frame of a demo-mode page (`/dev/messages`, `/dev/pharmacy`): plain server-rendered HTML, never indexed,
 * with `body` (already escaped) inside `<main>` under the heading.
 */
export function demoPageHtml(page: { title: string; heading: string; body: string; css?: string }): string {
  return `<!doctype html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(page.title)} — Талон (демо)</title>
<style>
${BASE_CSS}${page.css ? `\n${page.css}` : ''}
</style>
</head>
<body>
<main>
<h1>${escapeHtml(page.heading)}</h1>
${page.body}
</main>
</body>
</html>
`;
}
