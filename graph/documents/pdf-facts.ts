import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFString, PDFHexString, decodePDFRawStream, type PDFObject } from "pdf-lib";

/**
 * What a verifier reads out of a PDF that claims to be a Caravan document: the document id written
 * uncompressed in its Info dictionary, and the UBL XML it carries as an embedded file.
 */

const ID_MARK = Buffer.from("/CaravanDocumentId (", "latin1");
const ID_SHAPE = /^doc_[0-9a-z]{6,40}$/;

/** The id the file says it is, found without parsing the PDF: an altered file still says it. */
export function claimedDocumentId(bytes: Uint8Array): string | null {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = buffer.lastIndexOf(ID_MARK);
  if (at < 0) return null;
  const start = at + ID_MARK.length;
  const end = buffer.indexOf(0x29, start);
  if (end < 0 || end - start > 64) return null;
  const id = buffer.toString("latin1", start, end);
  return ID_SHAPE.test(id) ? id : null;
}

export function looksLikePdf(head: Uint8Array): boolean {
  return Buffer.from(head.buffer, head.byteOffset, Math.min(head.byteLength, 1024)).includes("%PDF-", 0, "latin1");
}

function nameTreeLeaves(node: PDFDict | undefined, out: PDFObject[] = [], depth = 0): PDFObject[] {
  if (!node || depth > 16) return out;
  const names = node.lookupMaybe(PDFName.of("Names"), PDFArray);
  if (names) {
    for (let i = 1; i < names.size(); i += 2) {
      const leaf = names.lookup(i);
      if (leaf) out.push(leaf);
    }
  }
  const kids = node.lookupMaybe(PDFName.of("Kids"), PDFArray);
  if (kids) for (let i = 0; i < kids.size(); i++) nameTreeLeaves(kids.lookupMaybe(i, PDFDict), out, depth + 1);
  return out;
}

function fileName(spec: PDFDict): string {
  const name = spec.lookupMaybe(PDFName.of("UF"), PDFString, PDFHexString) ?? spec.lookupMaybe(PDFName.of("F"), PDFString, PDFHexString);
  return name ? name.decodeText() : "";
}

/** The embedded XML files of a PDF by file name; null when the bytes are not a PDF pdf-lib can read. */
export async function embeddedFiles(bytes: Uint8Array): Promise<Map<string, string> | null> {
  let document: PDFDocument;
  try {
    document = await PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: true });
  } catch {
    return null;
  }
  const files = new Map<string, string>();
  const names = document.catalog.lookupMaybe(PDFName.of("Names"), PDFDict);
  const tree = names?.lookupMaybe(PDFName.of("EmbeddedFiles"), PDFDict);
  for (const leaf of nameTreeLeaves(tree)) {
    if (!(leaf instanceof PDFDict)) continue;
    const stream = leaf.lookupMaybe(PDFName.of("EF"), PDFDict)?.lookup(PDFName.of("F"));
    if (!(stream instanceof PDFRawStream)) continue;
    try {
      files.set(fileName(leaf), Buffer.from(decodePDFRawStream(stream).decode()).toString("utf8"));
    } catch {
      files.set(fileName(leaf), "");
    }
  }
  return files;
}

/** The UBL a document carries: the one embedded XML file (Caravan embeds exactly one). */
export async function embeddedUbl(bytes: Uint8Array): Promise<string | null> {
  const files = await embeddedFiles(bytes);
  if (!files) return null;
  for (const [name, text] of files) if (name.toLowerCase().endsWith(".xml")) return text;
  return null;
}
