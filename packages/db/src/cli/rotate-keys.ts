// `npm run keys:rotate`: re-encrypts every encrypted value that is not under the current key
// (TALON_ENCRYPTION_KEY_ID) with it. Keep the old key in TALON_ENCRYPTION_KEYS until this has finished.
import { createFieldCipher } from '../crypto/field-cipher';
import { rotateEncryptionKeys } from '../crypto/rotate-keys';
import { runCommand, withConfiguredDatabase } from './run-command';

runCommand(() =>
  withConfiguredDatabase(async (database, config) => {
    const cipher = createFieldCipher(config.secrets);
    console.info(`re-encrypting under key "${cipher.currentKeyId}"`);
    const report = await rotateEncryptionKeys(database.db, cipher, { log: (line) => console.info(line) });
    console.info(`done: ${report.rotated} values re-encrypted under key "${report.currentKeyId}"`);
    return 0;
  }),
);
