/**
 * An uploaded text file: UTF-8 (a byte-order mark dropped) when it is valid UTF-8, else
 * Windows-1252, which is what spreadsheets on Windows save CSV in. The same rule as the import
 * command's, so a file imports the same way from the page and from the command line.
 */
export function decodeUpload(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}
