/**
 * A short name of the device of a session from its User-Agent: «Chrome, Android» — what a person
 * recognises (browser and system), or null. Good enough to tell one's phone from one's computer: the
 * sessions list and push subscriptions of the web app and the new-login notice (identity) use it.
 */
export function describeUserAgent(userAgent: string | null): string | null {
  if (!userAgent) return null;
  const browser =
    [
      [/YaBrowser\//, 'Яндекс Браузер'],
      [/Edg\//, 'Edge'],
      [/OPR\/|Opera/, 'Opera'],
      [/Firefox\//, 'Firefox'],
      [/Chrom(e|ium)\//, 'Chrome'],
      [/Safari\//, 'Safari'],
    ].find(([pattern]) => (pattern as RegExp).test(userAgent))?.[1] ?? null;
  const system =
    [
      [/Android/, 'Android'],
      [/iPhone|iPad|iPod/, 'iOS'],
      [/Windows/, 'Windows'],
      [/Mac OS X|Macintosh/, 'macOS'],
      [/Linux/, 'Linux'],
    ].find(([pattern]) => (pattern as RegExp).test(userAgent))?.[1] ?? null;
  const parts = [browser, system].filter((part): part is string => typeof part === 'string');
  return parts.length > 0 ? parts.join(', ') : null;
}
