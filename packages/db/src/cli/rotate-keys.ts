// `npm run keys:rotate`: encrypts plaintext left by earlier releases, re-encrypts every value that is not
// under the current key (TALON_ENCRYPTION_KEY_ID) or not yet bound to its row and column, and — when
// TALON_LOOKUP_KEY_PREVIOUS is set — re-hashes the SNILS, OMS and diagnosis-code look-up hashes under
// TALON_LOOKUP_KEY. It also fills the diagnosis-code hashes of rows older than migration 0044.
// Keep the old keys configured until this has finished (README «Audit and keys»).
import { createFieldCipher } from '../crypto/field-cipher';
import { backfillConditionCodeHashes, rehashLookups } from '../crypto/rehash-lookups';
import { rotateEncryptionKeys } from '../crypto/rotate-keys';
import { sealPlaintextColumns } from '../crypto/seal-plaintext-columns';
import { runCommand, withConfiguredDatabase } from './run-command';

runCommand(() =>
  withConfiguredDatabase(async (database, config) => {
    const cipher = createFieldCipher(config.secrets);
    const sealed = await sealPlaintextColumns(database.db, cipher);
    if (sealed) console.info(`encrypted ${sealed} plaintext values of earlier releases`);
    const hashed = await backfillConditionCodeHashes(database.db, cipher);
    if (hashed) console.info(`hashed ${hashed} diagnosis codes of earlier releases (Condition?code=)`);
    console.info(`re-encrypting under key "${cipher.currentKeyId}"`);
    const report = await rotateEncryptionKeys(database.db, cipher, { log: (line) => console.info(line) });
    console.info(`done: ${report.rotated} values re-encrypted under key "${report.currentKeyId}"`);
    if (config.secrets.previousLookupKey) {
      console.info('re-hashing look-ups under TALON_LOOKUP_KEY');
      const rehashed = await rehashLookups(database.db, cipher, { log: (line) => console.info(line) });
      console.info(
        `done: ${rehashed.rehashed} look-up hashes re-hashed` +
          (rehashed.unresolved ? `, ${rehashed.unresolved} left (see above)` : '') +
          '; TALON_LOOKUP_KEY_PREVIOUS can be removed once nothing is left',
      );
      return rehashed.unresolved ? 1 : 0;
    }
    return 0;
  }),
);
