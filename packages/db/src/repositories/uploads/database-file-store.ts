import type { FileStore } from '@talon/core/uploads';
import type { FileCipher } from '../../crypto/file-cipher';

/**
 * The default file store: the sealed bytes go into the file's own row (`stored_files.content`), so a file
 * and its metadata are written, backed up and deleted together.
 */
export function createDatabaseFileStore(cipher: FileCipher): FileStore {
  return {
    storage: 'db',
    write: async (fileId, bytes) => ({ storageKey: `db:${fileId}`, content: cipher.seal(fileId, bytes) }),
    async read(file) {
      if (!file.content) throw new Error(`stored file ${file.id} has no content`);
      return cipher.open(file.id, file.content);
    },
    remove: async () => {},
  };
}
