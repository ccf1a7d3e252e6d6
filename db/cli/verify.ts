import fs from "node:fs";
import { systemContext } from "../../graph/runtime.js";
import { looksLikePdf } from "../../graph/documents/pdf-facts.js";
import { VERIFY_UPLOAD_LIMIT_BYTES, verifyDocumentBytes, type Verdict } from "../../graph/documents/verify.js";
import { CliError, parseCliArgs, requireMigrated, runCli, withDatabase } from "./cli.js";

const USAGE = "npm run verify -- FILE.pdf";

/** A customs system scripts on the exit code: 0 only for a genuine document. */
export const EXIT_CODES: Record<Verdict, number> = { genuine: 0, altered: 2, revoked: 3, superseded: 4, unknown: 5 };

await runCli(async () => {
  const { positionals } = parseCliArgs({}, USAGE);
  const file = positionals[0];
  if (!file) throw new CliError(`no file given\nusage: ${USAGE}`);
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new CliError(`file not found: ${file}`);
  const size = fs.statSync(file).size;
  if (size > VERIFY_UPLOAD_LIMIT_BYTES) throw new CliError(`${file} is ${size} bytes; a Caravan document is at most ${VERIFY_UPLOAD_LIMIT_BYTES}`);
  const bytes = fs.readFileSync(file);
  if (!looksLikePdf(bytes)) throw new CliError(`${file} is not a PDF`);
  return withDatabase(async (database) => {
    await requireMigrated(database);
    const verification = await verifyDocumentBytes(systemContext(database), bytes);
    const { checks, document } = verification;
    console.log(`verdict: ${verification.verdict.toUpperCase()}`);
    for (const [name, check] of Object.entries(checks)) console.log(`  ${check.passed ? "pass" : "FAIL"}  ${name.padEnd(9)}  ${check.code}: ${check.detail}`);
    if (document) {
      console.log(`document: ${document.number} v${document.version} (${document.kind}), issued ${document.issuedAt} by ${document.issuer.name} (${document.issuer.country})`);
      console.log(`  ${document.seller} → ${document.buyer}, ${document.originCountry} → ${document.destinationCountry} by ${document.mode}; HS ${document.hsCodes.join(", ")}`);
      if (document.revoked) console.log(`  revoked ${document.revoked.at} by ${document.revoked.by}: ${document.revoked.reason}`);
      if (document.supersededBy) console.log(`  superseded by ${document.supersededBy.number} v${document.supersededBy.version}`);
    }
    return EXIT_CODES[verification.verdict];
  });
});
