import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { type MessageTree, splitMessages } from './src/shared/i18n/message-split';

const PREFIX = 'virtual:talon-messages/';
const RESOLVED = `\0${PREFIX}`;

/**
 * `virtual:talon-messages/ru-shell` and `…/ru-rest`: the Russian locale split at build time
 * (`message-split.ts`). `ru.json` stays the one file people edit and the compiler types keys against.
 */
export function russianMessages(localeFile: string): Plugin {
  return {
    name: 'talon-russian-messages',
    resolveId: (id) => (id.startsWith(PREFIX) ? `\0${id}` : undefined),
    load(id) {
      if (!id.startsWith(RESOLVED)) return undefined;
      this.addWatchFile(localeFile);
      const parts = splitMessages(JSON.parse(readFileSync(localeFile, 'utf8')) as MessageTree);
      const part = id.slice(RESOLVED.length) === 'ru-shell' ? parts.shell : parts.rest;
      return `export default ${JSON.stringify(part)};`;
    },
  };
}
