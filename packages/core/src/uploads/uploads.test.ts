import { describe, expect, it } from 'vitest';
import { canReadUpload } from './can-read-upload';
import { detectFileType } from './file-type';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('detectFileType (docs/domain.md rule 23)', () => {
  it('knows PDF, JPEG and PNG by their first bytes', () => {
    expect(detectFileType(new TextEncoder().encode('%PDF-1.7\n…'))).toBe('application/pdf');
    expect(detectFileType(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10))).toBe('image/jpeg');
    expect(detectFileType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe('image/png');
  });

  it('refuses anything else, text pretending to be a PDF and truncated signatures included', () => {
    expect(detectFileType(new TextEncoder().encode('Это не PDF, а текст'))).toBeNull();
    expect(detectFileType(new TextEncoder().encode('%PDF'))).toBeNull();
    expect(detectFileType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a))).toBeNull();
    expect(detectFileType(bytes(0x47, 0x49, 0x46, 0x38, 0x39, 0x61))).toBeNull();
    expect(detectFileType(bytes())).toBeNull();
  });
});

describe('canReadUpload', () => {
  const owner = { accountId: 'a1', stage: 'full' as const };
  const file = { ownerAccountId: 'a1', attachedTo: null };
  const handled = { isHandledByCaller: true, subjectPatientId: null };
  const notHandled = { isHandledByCaller: false, subjectPatientId: null };

  it('lets the owner read, and staff handling the request the file is attached to', () => {
    expect(canReadUpload(owner, file, notHandled)).toBe(true);
    const attached = { ownerAccountId: 'a1', attachedTo: { type: 'data_change_request' as const, id: 'r1' } };
    expect(canReadUpload({ accountId: 'staff', stage: 'full' }, attached, handled)).toBe(true);
    expect(canReadUpload({ accountId: 'staff', stage: 'full' }, attached, notHandled)).toBe(false);
  });

  it('refuses anyone else, an unattached file whatever the facts, and a half-open session', () => {
    expect(canReadUpload({ accountId: 'a2', stage: 'full' }, file, handled)).toBe(false);
    expect(canReadUpload({ accountId: 'a1', stage: 'mfa_pending' }, file, notHandled)).toBe(false);
  });
});
