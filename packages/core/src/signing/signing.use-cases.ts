import { signPdf } from './sign-pdf';

/** Electronic signatures of documents and prescriptions; over `SigningDeps`. */
export const signingUseCases = {
  sign: signPdf,
};
