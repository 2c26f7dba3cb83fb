/** The product's name as messages sign with it. */
export const BRAND = 'Талон';
