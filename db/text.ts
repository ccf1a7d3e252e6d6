/**
 * Decodes an uploaded or imported file: UTF-8 (with or without a byte-order mark) when it is valid
 * UTF-8, else Windows-1252/Latin-1, which is what spreadsheets and older UNECE releases write.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: "utf-8" | "windows-1252" } {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("windows-1252").decode(bytes), encoding: "windows-1252" };
  }
}
