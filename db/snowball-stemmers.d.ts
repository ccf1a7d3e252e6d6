/** The part of snowball-stemmers (no bundled types) that db/text.ts uses. */
declare module "snowball-stemmers" {
  export function newStemmer(language: string): { stem(word: string): string };
}
