// One closing line for the whole suite, summed over vitest and Playwright: "tests: N passed, N failed".
import { existsSync, readFileSync } from 'node:fs';

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);
let passed = 0;
let failed = 0;
let skipped = 0;

const vitest = read('.tmp/vitest.json');
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  skipped += vitest.numPendingTests + vitest.numTodoTests;
}
const e2e = read('.tmp/e2e.json');
if (e2e) {
  passed += e2e.stats.expected + e2e.stats.flaky;
  failed += e2e.stats.unexpected;
  skipped += e2e.stats.skipped;
}
// The failed tests by name, shortest first, so the few lines a CI excerpt keeps say what broke.
const failures = [];
for (const file of vitest?.testResults ?? []) {
  for (const test of file.assertionResults) {
    if (test.status !== 'failed') continue;
    const message = (test.failureMessages[0] ?? '').split('\n')[0].slice(0, 200);
    failures.push(
      `✗ ${file.name.replace(`${process.cwd()}/`, '')} › ${test.fullName ?? test.title}: ${message}`,
    );
  }
}
const walk = (suite, titles) => {
  for (const spec of suite.specs ?? []) {
    for (const test of spec.tests) {
      if (test.status === 'unexpected')
        failures.push(`✗ ${spec.file} › ${[...titles, spec.title].join(' › ')}`);
    }
  }
  for (const child of suite.suites ?? []) walk(child, [...titles, child.title]);
};
for (const suite of e2e?.suites ?? []) walk(suite, []);
for (const line of failures.slice(0, 60)) console.info(line);
if (failures.length > 60) console.info(`… and ${failures.length - 60} more failed tests`);
console.info(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);

// Vitest also fails a run for a failed hook (beforeAll/afterAll) or an unhandled error outside any test;
// those do not show in the counts above, so their messages are repeated here where a CI excerpt ends.
if (vitest && !vitest.success) {
  for (const file of vitest.testResults) {
    if (file.status === 'failed' && file.message) console.info(`vitest: ${file.name}: ${file.message}`);
  }
  const log = existsSync('.tmp/vitest.log') ? readFileSync('.tmp/vitest.log', 'utf8') : '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: strips the terminal colour codes
  const plain = log.replace(/\u001b\[[0-9;]*m/g, '');
  const start = plain.search(/Unhandled (Errors|Rejection|Error)/);
  if (start >= 0) console.info(plain.slice(start, start + 4000));
}
