import { type FieldCipher, fieldAad } from '../../crypto/field-cipher';

/** Where a sealed value lives: its table, its column and its row's id. */
export interface RecordSlot {
  table: string;
  column: string;
  rowId: string;
}

/** `encounters.conclusion_encrypted:<id>`: the binding of a value to its place. */
export const slotBinding = (slot: RecordSlot): string => fieldAad(slot.table, slot.column, slot.rowId);

/**
 * The one place the medical record encrypts and decrypts (docs/medical-record.md, «Encryption»). Every
 * repository of the record seals through `sealRecordText` and opens through `openRecordText`, naming the
 * value's table, column and row, so that binding ciphertexts to their place (AES-GCM additional data,
 * issue 15 item 9) is switched on here alone once the field cipher takes additional data.
 */
export function sealRecordText(
  cipher: Pick<FieldCipher, 'encrypt'>,
  value: string,
  slot: RecordSlot,
): string {
  return encryptBound(cipher, value, slotBinding(slot));
}

export function openRecordText(
  cipher: Pick<FieldCipher, 'decrypt'>,
  stored: string,
  slot: RecordSlot,
): string {
  return decryptBound(cipher, stored, slotBinding(slot));
}

/** `sealRecordText` for optional text: null stays null. */
export const sealOptional = (cipher: Pick<FieldCipher, 'encrypt'>, value: string | null, slot: RecordSlot) =>
  value === null ? null : sealRecordText(cipher, value, slot);

export const openOptional = (
  cipher: Pick<FieldCipher, 'decrypt'>,
  stored: string | null,
  slot: RecordSlot,
) => (stored === null ? null : openRecordText(cipher, stored, slot));

// The binding is the field cipher's additional data for the value's table, column and row (`fieldAad`, the
// same that `aadFor` and key rotation compute from ENCRYPTED_COLUMNS).
const encryptBound = (cipher: Pick<FieldCipher, 'encrypt'>, value: string, binding: string) =>
  cipher.encrypt(value, binding);
const decryptBound = (cipher: Pick<FieldCipher, 'decrypt'>, stored: string, binding: string) =>
  cipher.decrypt(stored, binding);
