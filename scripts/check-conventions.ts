/**
 * The conventions dependency-cruiser cannot see, checked by `npm run arch` (docs/ARCHITECTURE.md,
 * «Conventions checked by npm run arch»): kebab-case names, role suffixes where a folder has a role, React
 * files named for their component, and no production file over 500 lines.
 *
 * `tsx scripts/check-conventions.ts [--root <dir>]` lists the files git knows or would add (tracked and
 * untracked, .gitignore respected) under apps/, packages/, bench/ and scripts/; exit code 1 on a violation.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface SourceFile {
  /** Relative to the repository root, with `/`. */
  path: string;
  text: string;
}

export interface Violation {
  path: string;
  message: string;
}

export const MAX_LINES = 500;
const SCOPE = ['apps', 'packages', 'bench', 'scripts'];

const KEBAB = '[a-z0-9]+(?:-[a-z0-9]+)*';
const KEBAB_SEGMENT = new RegExp(`^${KEBAB}$`);
const KEBAB_FILE = new RegExp(`^${KEBAB}(?:\\.${KEBAB})*$`);

/** Names chosen by other tools or by custom: drizzle-kit's migrations, README.md. */
const FOREIGN_NAME = [/^packages\/db\/migrations\//, /(^|\/)README\.md$/];

const CODE = /\.(ts|tsx|js|mjs|cjs)$/;

/**
 * Each role suffix (`name.<role>.ts`) and where it belongs. A suffix not listed here is a typo or a new role:
 * add it here, with its place, and to docs/ARCHITECTURE.md.
 */
const ROLES: Record<string, RegExp> = {
  routes: /^apps\/api\/src\/routes\//,
  presenter: /^apps\/api\/src\/routes\//,
  presenters: /^apps\/api\/src\/routes\//,
  plugin: /^apps\/api\/src\//,
  services: /^apps\/api\/src\//,
  // The composition root's wiring of one module (its repositories and ports).
  deps: /^apps\/api\/src\//,
  pdf: /^apps\/api\/src\/documents\//,
  svg: /^apps\/api\/src\/documents\//,
  job: /^apps\/worker\/src\/jobs\//,
  spec: /^apps\/e2e\//,
  page: /^apps\/web\/src\/(features|cabinets)\//,
  api: /^apps\/web\/src\/features\//,
  model: /^apps\/web\/src\//,
  format: /^apps\/web\/src\//,
  types: /^(packages\/core\/src|apps\/web\/src)\//,
  errors: /^packages\/core\/src\//,
  ports: /^packages\/core\/src\//,
  'use-cases': /^packages\/core\/src\//,
  data: /^packages\/core\/src\//,
  // Core declares a repository port; db implements it.
  repository: /^packages\/(core\/src\/[^/]+|db\/src\/repositories)\//,
  // The selects a read model is the union of, one per source (request-history.sources.ts).
  sources: /^packages\/db\/src\/repositories\//,
  schema: /^packages\/db\/src\/schema\//,
  contract: /^packages\/contracts\/src\//,
  config: /^(apps|packages)\/[^/]+\/[^/]+$/,
  // The FHIR adapter (STYLE.md «fhir/: mappers, resources»): row → resource mappers and resource handlers.
  mapper: /^apps\/api\/src\/fhir\/mappers\//,
  resources: /^apps\/api\/src\/fhir\/resources\//,
};

/**
 * Files a tool writes, each with the command that writes it: not split by hand, so past the line limit.
 * The command's own test keeps such a file equal to what the tool would write.
 */
export const GENERATED: Record<string, string> = {
  'apps/web/src/shared/api-client/api-schema.d.ts': '`npm run api:types` (openapi-typescript)',
};

/** Deliberate exceptions to a folder's role rule, each with its reason. */
export const EXCEPTIONS: Record<string, string> = {
  'apps/api/src/routes/patient/appointment-filters.ts':
    'the appointment query filters shared by the list route and the export routes',
  'packages/db/src/schema/columns.ts': 'the columns every table shares, not a table',
  'packages/contracts/src/zod.ts': 'zod configured once (Russian messages) and the shared field types',
  'packages/contracts/src/zod-messages.ts': "zod's messages in Russian",
};

interface ParsedName {
  stem: string;
  roles: string[];
  isTest: boolean;
}

/** `outbox.deliver-message.job.test.ts` → stem `outbox`, roles `deliver-message, job`, a test. */
function parseName(name: string): ParsedName {
  const segments = name.split('.');
  segments.pop();
  const isTest = segments.at(-1) === 'test' || segments.at(-1) === 'spec';
  if (segments.at(-1) === 'test') segments.pop();
  if (segments.at(-1) === 'int') segments.pop();
  if (segments.at(-1) === 'd') segments.pop(); // a declaration file, `*.d.ts`
  const [stem = '', ...roles] = segments;
  return { stem, roles, isTest };
}

const pascal = (kebab: string) =>
  kebab.replace(/(^|-)([a-z0-9])/g, (_, _dash: string, letter: string) => letter.toUpperCase());

function checkName(path: string, add: (message: string) => void): ParsedName | null {
  if (FOREIGN_NAME.some((pattern) => pattern.test(path))) return null;
  const segments = path.split('/');
  const name = segments.pop() ?? '';
  for (const folder of segments) {
    if (!KEBAB_SEGMENT.test(folder)) add(`folder «${folder}» is not kebab-case`);
  }
  const isKebab = KEBAB_FILE.test(name);
  if (!isKebab) add('file name is not kebab-case (lower-case words joined by «-», roles after «.»)');
  if (!CODE.test(name)) return null;
  const parsed = parseName(name);
  if (!isKebab) return parsed;
  if (name.endsWith('.spec.ts') && !ROLES.spec!.test(path)) add('browser specs (*.spec.ts) live in apps/e2e');
  if (name.endsWith('.tsx') && !path.startsWith('apps/web/src/'))
    add('React components live in apps/web/src');
  const { roles } = parsed;
  const isJob = roles.length === 2 && roles[1] === 'job';
  if (roles.length > 1 && !isJob) add(`one role suffix at most, found «.${roles.join('.')}»`);
  const role = roles.at(-1);
  if (role !== undefined && (roles.length === 1 || isJob)) {
    const place = ROLES[role];
    if (!place) add(`unknown role suffix «.${role}» (known: ${Object.keys(ROLES).join(', ')})`);
    else if (!place.test(path)) add(`a «.${role}» file does not belong here (${place.source})`);
  }
  return parsed;
}

/** The role a folder's production files must have. */
function checkFolderRole(path: string, parsed: ParsedName, add: (message: string) => void) {
  if (parsed.isTest || path in EXCEPTIONS) return;
  const role = parsed.roles.at(-1);
  const name = path.split('/').at(-1);
  if (/^apps\/api\/src\/routes\/[^/]+\/[^/]+$/.test(path)) {
    const isPresenters = parsed.stem === 'presenters' && parsed.roles.length === 0;
    if (role !== 'routes' && role !== 'presenter' && role !== 'presenters' && !isPresenters) {
      add('a route folder holds <resource>.routes.ts and <resource>.presenter.ts files');
    }
  }
  if (path.startsWith('apps/worker/src/jobs/') && !(parsed.roles.length === 2 && role === 'job')) {
    add('a job is named <area>.<verb-noun>.job.ts (outbox.deliver-message.job.ts)');
  }
  if (/^apps\/e2e\/(?!fixtures\/)[^/]+\/[^/]+$/.test(path)) add('a browser test is named <flow>.spec.ts');
  if (/^packages\/db\/src\/schema\/[^/]+$/.test(path) && role !== 'schema' && name !== 'index.ts') {
    add('a schema file is named <area>.schema.ts');
  }
  if (/^packages\/contracts\/src\/[^/]+$/.test(path) && role !== 'contract' && name !== 'index.ts') {
    add('a contracts file is named <area>.contract.ts');
  }
  const coreModule = /^packages\/core\/src\/([^/]+)\/[^/]+$/.exec(path)?.[1];
  if (
    coreModule &&
    (role === 'errors' || role === 'ports' || role === 'types') &&
    parsed.stem !== coreModule
  ) {
    add(`a core module's ${role} file is named for the module: ${coreModule}.${role}.ts`);
  }
}

/**
 * React files of the web app are named for what they export: `appointment-card.tsx` → `AppointmentCard`,
 * `choose-time.page.tsx` → `ChooseTimePage`. Route tables (`router.tsx`, `*-routes.tsx`) and the entry
 * (`main.tsx`) export no component.
 */
function checkComponentName(file: SourceFile, parsed: ParsedName, add: (message: string) => void) {
  if (!file.path.startsWith('apps/web/src/') || !file.path.endsWith('.tsx') || parsed.isTest) return;
  if (/(^|\/)(main|router|[a-z0-9-]+-routes)\.tsx$/.test(file.path)) return;
  const expected = pascal(parsed.stem) + (parsed.roles.at(-1) === 'page' ? 'Page' : '');
  if (!new RegExp(`export (default )?(function|const) ${expected}\\b`).test(file.text)) {
    add(`a React file exports the component it is named for: ${expected}`);
  }
}

/** Lines as an editor counts them: a final newline does not start another line. */
export const lineCount = (text: string) =>
  text === '' ? 0 : text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

/** Every violation of the conventions among `files`. */
export function checkConventions(files: readonly SourceFile[]): Violation[] {
  const violations: Violation[] = [];
  const paths = new Set(files.map((file) => file.path));
  for (const file of files) {
    const add = (message: string) => violations.push({ path: file.path, message });
    const parsed = checkName(file.path, add);
    if (!parsed) continue;
    checkFolderRole(file.path, parsed, add);
    checkComponentName(file, parsed, add);
    const lines = lineCount(file.text);
    if (!parsed.isTest && !(file.path in GENERATED) && lines > MAX_LINES) {
      add(`${lines} lines: a production file has at most ${MAX_LINES} (split it by operation)`);
    }
  }
  // A folder-shaped module has its entry: each plugin folder its <folder>.plugin.ts, each core module its index.ts.
  const folders = new Set([...paths].map((path) => path.split('/').slice(0, -1).join('/')));
  for (const folder of folders) {
    const plugin = /^apps\/api\/src\/plugins\/([^/]+)$/.exec(folder)?.[1];
    if (plugin && !paths.has(`${folder}/${plugin}.plugin.ts`)) {
      violations.push({ path: folder, message: `a plugin folder has its ${plugin}.plugin.ts` });
    }
    if (/^packages\/core\/src\/[^/]+$/.test(folder) && !paths.has(`${folder}/index.ts`)) {
      violations.push({ path: folder, message: 'a core module has an index.ts, its only entry' });
    }
  }
  return violations;
}

/** The files git tracks or would add under the checked folders of `root`. */
export function listFiles(root: string): SourceFile[] {
  const listed = execFileSync(
    'git',
    ['ls-files', '--cached', '--others', '--exclude-standard', '-z', '--', ...SCOPE],
    { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const paths = [...new Set(listed.split('\0').filter(Boolean))].filter((path) =>
    existsSync(join(root, path)),
  );
  return paths.map((path) => ({ path, text: CODE.test(path) ? readFileSync(join(root, path), 'utf8') : '' }));
}

function main(argv: readonly string[]) {
  const rootFlag = argv.indexOf('--root');
  const root = resolve(rootFlag >= 0 ? (argv[rootFlag + 1] ?? '.') : '.');
  const files = listFiles(root);
  const violations = checkConventions(files);
  for (const { path, message } of violations) console.error(`${path}: ${message}`);
  if (violations.length > 0) {
    console.error(`✖ ${violations.length} convention violation(s) (docs/ARCHITECTURE.md, «Conventions»)`);
    process.exit(1);
  }
  console.info(`✔ conventions: ${files.length} files, names and sizes as agreed`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  main(process.argv.slice(2));
