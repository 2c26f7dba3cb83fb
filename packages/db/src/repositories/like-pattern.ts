/** `%word%` for LIKE with the user's `%`, `_` and `\` taken literally. */
export function containsPattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Search words: every word must occur somewhere (so «ленина 5» finds «ул. Ленина, д. 5»). */
export function searchWords(text: string): string[] {
  return text
    .split(/[\s,.]+/)
    .filter((word) => word.length > 0)
    .slice(0, 8);
}
