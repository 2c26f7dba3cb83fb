// `npm run keys:rotate`: re-encrypts every encrypted value that is not under the current key
// (TALON_ENCRYPTION_KEY_ID) with it. Keep the old key in TALON_ENCRYPTION_KEYS until this has finished.
import { ConfigError, loadConfig } from '@talon/config';
import { createFieldCipher } from '../crypto/field-cipher';
import { rotateEncryptionKeys } from '../crypto/rotate-keys';
import { openDatabase } from '../index';

async function main(): Promise<number> {
  const config = loadConfig();
  const cipher = createFieldCipher(config.secrets);
  const database = await openDatabase(config.database);
  try {
    console.info(`re-encrypting under key "${cipher.currentKeyId}"`);
    const report = await rotateEncryptionKeys(database.db, cipher, { log: (line) => console.info(line) });
    console.info(`done: ${report.rotated} values re-encrypted under key "${report.currentKeyId}"`);
    return 0;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exitCode = 1;
  },
);
