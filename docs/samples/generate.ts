/**
 * Writes a sample PDF of every document type into docs/samples/ and a PNG of each first page
 * (pdftoppm, poppler-utils) for docs/documents-preview.md, from the MY→PL coconut journey.
 *
 *   npm run docs:samples
 */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { DocumentKind, DocumentSnapshot } from "../../graph/documents/snapshot.js";
import { renderDocument, type IssueMeta } from "../../graph/documents/types/index.js";
import { coconutByAir, coconutByPost, coconutSnapshot, coconutToKyiv, coconutToShanghai, ENDORSEMENT, issueMeta } from "../../test/documents/coconut.js";

const here = dirname(fileURLToPath(import.meta.url));

const SAMPLES: { file: string; kind: DocumentKind; snapshot: DocumentSnapshot; meta: IssueMeta }[] = [
  { file: "commercial-invoice", kind: "commercial_invoice", snapshot: coconutSnapshot(), meta: issueMeta("CI-2026-000123") },
  { file: "commercial-invoice-arabic-labels", kind: "commercial_invoice", snapshot: coconutSnapshot({ secondLanguage: "ar" }), meta: issueMeta("CI-2026-000124") },
  { file: "commercial-invoice-60-lines", kind: "commercial_invoice", snapshot: coconutSnapshot({}, 60), meta: issueMeta("CI-2026-000125") },
  { file: "packing-list", kind: "packing_list", snapshot: coconutSnapshot({ traceUrl: "https://caravan.example/trace/5f0c2a9e81d34b7a" }), meta: issueMeta("PL-2026-000045") },
  { file: "certificate-of-origin", kind: "certificate_of_origin", snapshot: coconutSnapshot(), meta: issueMeta("CO-2026-000031", { endorsement: ENDORSEMENT }) },
  { file: "certificate-of-origin-form-e", kind: "certificate_of_origin", snapshot: coconutToShanghai(), meta: issueMeta("CO-2026-000032", { endorsement: ENDORSEMENT }) },
  { file: "certificate-of-origin-eur1", kind: "certificate_of_origin", snapshot: coconutToKyiv(), meta: issueMeta("CO-2026-000033") },
  { file: "postal-declaration-cn22", kind: "postal_declaration", snapshot: coconutByPost(8_500), meta: issueMeta("CN-2026-000011") },
  { file: "postal-declaration-cn23", kind: "postal_declaration", snapshot: coconutByPost(120_000), meta: issueMeta("CN-2026-000012") },
  { file: "bill-of-lading", kind: "bill_of_lading", snapshot: coconutSnapshot(), meta: issueMeta("BL-2026-000019") },
  { file: "air-waybill", kind: "air_waybill", snapshot: coconutByAir(), meta: issueMeta("AWB-2026-000007") },
  { file: "commercial-invoice-preview", kind: "commercial_invoice", snapshot: coconutSnapshot(), meta: issueMeta("CI-2026-000126", { preview: true }) },
];

for (const sample of SAMPLES) {
  const { pdf, ubl } = await renderDocument(sample.kind, sample.snapshot, sample.meta);
  const path = join(here, `${sample.file}.pdf`);
  writeFileSync(path, pdf);
  writeFileSync(join(here, `${sample.file}.xml`), ubl);
  execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", path, join(here, sample.file)]);
  console.log(`${sample.file}.pdf  ${Math.round(pdf.length / 1024)} KB`);
}
