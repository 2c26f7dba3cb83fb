import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DomainError } from '@talon/core/shared';
import { describe, expect, it } from 'vitest';
import { mapDomainError } from './domain-error-map';

/**
 * The convention «every DomainError code has a problem+json mapping», checked: an unmapped code would be a
 * bare 500. The catalogues are discovered, not listed, so a new core module is covered without editing this.
 */

const ROOT = fileURLToPath(new URL('../../../../../', import.meta.url));
const CORE = join(ROOT, 'packages/core');

type Catalogues = Record<string, Record<string, unknown>>;

/** `module.CatalogueName.CODE` of every code in an `*ErrorCode` export that `isMapped` refuses. */
function unmappedCodes(modules: Catalogues, isMapped: (code: string) => boolean): string[] {
  const unmapped: string[] = [];
  for (const [module, exports] of Object.entries(modules)) {
    for (const [name, catalogue] of Object.entries(exports)) {
      if (!name.endsWith('ErrorCode') || typeof catalogue !== 'object' || catalogue === null) continue;
      for (const code of Object.values(catalogue)) {
        if (typeof code === 'string' && !isMapped(code)) unmapped.push(`${module}.${name}.${code}`);
      }
    }
  }
  return unmapped;
}

const isMapped = (code: string) => mapDomainError(new DomainError(code)) !== undefined;

/** Every module core's package.json exports, imported through its public entry. */
async function coreModules(): Promise<Catalogues> {
  const manifest = JSON.parse(readFileSync(join(CORE, 'package.json'), 'utf8')) as {
    exports: Record<string, string>;
  };
  const names = Object.keys(manifest.exports).map((key) => key.replace(/^\.\//, ''));
  const entries = await Promise.all(
    names.map(async (name) => [
      name,
      (await import(/* @vite-ignore */ `@talon/core/${name}`)) as Record<string, unknown>,
    ]),
  );
  return Object.fromEntries(entries);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter(
      (entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.(test|spec)\.tsx?$/.test(entry.name),
    )
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((path) => !path.includes('node_modules'));
}

const CATALOGUE_DECLARATION = /export const (\w+ErrorCode) = \{/g;
const LITERAL_CODE = /new DomainError(?:<[^>]*>)?\(\s*'([A-Z0-9_]+)'/g;

/** `file: CODE` of every code thrown as a string literal (`new DomainError('X')`) that `isMapped` refuses. */
function unmappedLiterals(
  files: readonly { file: string; text: string }[],
  isMapped: (code: string) => boolean,
): string[] {
  return files.flatMap(({ file, text }) =>
    [...text.matchAll(LITERAL_CODE)]
      .map((m) => m[1]!)
      .flatMap((code) => (isMapped(code) ? [] : [`${file}: ${code}`])),
  );
}

describe('every DomainError code has a problem+json mapping', () => {
  it('maps each code of each core module’s *ErrorCode catalogue', async () => {
    const modules = await coreModules();
    expect(Object.keys(modules).length).toBeGreaterThan(10);
    expect(unmappedCodes(modules, isMapped)).toEqual([]);
  });

  it('finds every catalogue core declares through a module’s public entry', async () => {
    const exported = new Set(
      Object.values(await coreModules()).flatMap((exports) =>
        Object.keys(exports).filter((name) => name.endsWith('ErrorCode')),
      ),
    );
    const declared = sourceFiles(join(CORE, 'src')).flatMap((path) =>
      [...readFileSync(path, 'utf8').matchAll(CATALOGUE_DECLARATION)].map((m) => m[1]!),
    );
    expect(declared.length).toBeGreaterThan(10);
    expect(declared.filter((name) => !exported.has(name))).toEqual([]);
  });

  it('maps codes thrown as string literals anywhere in apps and packages', () => {
    const files = ['apps', 'packages'].flatMap((top) =>
      sourceFiles(join(ROOT, top)).map((path) => ({
        file: relative(ROOT, path),
        text: readFileSync(path, 'utf8'),
      })),
    );
    expect(files.some(({ text }) => text.match(LITERAL_CODE) !== null)).toBe(true);
    expect(unmappedLiterals(files, isMapped)).toEqual([]);
  });

  it('reports a deliberately unmapped code of a new module (the check can fail)', () => {
    const broken: Catalogues = {
      prescriptions: {
        PrescriptionErrorCode: { PRESCRIPTION_EXPIRED: 'PRESCRIPTION_EXPIRED', SLOT_TAKEN: 'SLOT_TAKEN' },
        notACatalogue: { OTHER: 'OTHER' },
      },
    };
    expect(unmappedCodes(broken, isMapped)).toEqual([
      'prescriptions.PrescriptionErrorCode.PRESCRIPTION_EXPIRED',
    ]);
    expect(
      unmappedLiterals(
        [
          {
            file: 'prescriptions.ts',
            text: "throw new DomainError('PRESCRIPTION_EXPIRED', { field: 'body.id' });",
          },
        ],
        isMapped,
      ),
    ).toEqual(['prescriptions.ts: PRESCRIPTION_EXPIRED']);
  });
});
