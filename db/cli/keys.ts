import { systemContext } from "../../graph/runtime.js";
import { ensureSigningSecret, revokeSigningKey, rotateSigningKey, signingKeys } from "../../graph/documents/keys.js";
import { CliError, parseCliArgs, requireMigrated, runCli, withDatabase } from "./cli.js";

const USAGE = "npm run keys:rotate [-- --list | --revoke KEY_ID --reason TEXT]";

/**
 * The operator's door to the document signing keys: rotate (a new key signs, the old one still
 * verifies), list, or revoke a key that may have leaked (its documents stop passing the issuer check).
 */
await runCli(async () => {
  const { values } = parseCliArgs({ list: { type: "boolean" }, revoke: { type: "string" }, reason: { type: "string" } }, USAGE);
  // The same secret as the server's, whether from the environment or the file it made.
  ensureSigningSecret(process.env.CARAVAN_DATA_DIR ?? "data");
  return withDatabase(async (database) => {
    await requireMigrated(database);
    const ctx = systemContext(database);
    if (values.revoke) {
      if (!values.reason?.trim()) throw new CliError(`say why the key is revoked with --reason\nusage: ${USAGE}`);
      const key = await revokeSigningKey(ctx, values.revoke, values.reason.trim()).catch((error: unknown) => {
        throw new CliError(`cannot revoke ${values.revoke}: ${(error as Error).message}`);
      });
      console.log(`revoked ${key.id} at ${key.revokedAt}: documents it signed now fail the issuer check`);
      const active = (await signingKeys(ctx)).find((k) => k.status === "active");
      if (!active) {
        const { active: fresh } = await rotateSigningKey(ctx);
        console.log(`new signing key ${fresh.id}`);
      }
      return 0;
    }
    if (!values.list) {
      const { active, retired } = await rotateSigningKey(ctx);
      console.log(`new signing key ${active.id}${retired ? `; ${retired.id} retired (it still verifies what it signed)` : ""}`);
    }
    for (const key of await signingKeys(ctx)) console.log(`${key.id}  ${key.status.padEnd(8)}  created ${key.createdAt}${key.revokedAt ? `  revoked ${key.revokedAt}: ${key.revokedReason}` : ""}`);
    return 0;
  });
});
