import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { validateXML, type XMLFileInfo } from "xmllint-wasm";

/** Validates UBL against the OASIS UBL 2.1 schemas in ../shared (a test concern only). */

const XSD = resolve(import.meta.dirname, "../../../shared/data/ubl/UBL-2.1/xsd");

let files: XMLFileInfo[] | null = null;

function schemaFiles(): XMLFileInfo[] {
  if (!files) {
    files = ["common", "maindoc"].flatMap((folder) =>
      readdirSync(join(XSD, folder))
        .filter((name) => name.endsWith(".xsd"))
        .map((name) => ({ fileName: `${folder}/${name}`, contents: readFileSync(join(XSD, folder, name), "utf8") })),
    );
  }
  return files;
}

export async function validateUbl(xml: string): Promise<{ valid: boolean; errors: string[] }> {
  const root = /<([A-Za-z]+)\s+xmlns="urn:oasis:names:specification:ubl:schema:xsd:/.exec(xml)?.[1];
  if (!root) return { valid: false, errors: ["not a UBL document"] };
  const all = schemaFiles();
  const schema = all.find((f) => f.fileName === `maindoc/UBL-${root}-2.1.xsd`);
  if (!schema) return { valid: false, errors: [`no schema for ${root}`] };
  const result = await validateXML({
    xml: [{ fileName: "document.xml", contents: xml }],
    schema: [schema],
    preload: all.filter((f) => f !== schema),
    initialMemoryPages: 2048,
    maxMemoryPages: 16384,
  });
  return { valid: result.valid, errors: result.errors.map((e) => e.message) };
}
