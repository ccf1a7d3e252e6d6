import { verifyAccessLog } from "../../graph/customs/audit.js";
import { requireMigrated, runCli, withDatabase } from "./cli.js";

const PROBLEMS = {
  hash_mismatch: "its contents do not match its hash (the row was edited)",
  broken_link: "it does not carry the hash of the row before it (a row before it was edited or replaced)",
  sequence_gap: "the sequence jumps here (rows before it were deleted)",
  head_mismatch: "the chain ends before the last recorded append (rows at the end were deleted or edited)",
} as const;

/** Exit 0 when every row of the customs access log verifies; 1 naming the first bad row otherwise. */
await runCli(() =>
  withDatabase(async (database) => {
    await requireMigrated(database);
    const result = await verifyAccessLog({ db: database.db });
    if (!result.fault) {
      console.log(`access log of ${database.description}: ${result.rowsChecked} row(s), chain intact up to #${result.head.seq} (${result.head.hash})`);
      return 0;
    }
    const { fault } = result;
    const where = fault.id ? `row #${fault.seq} (${fault.id})` : `row #${fault.seq}`;
    console.error(`access log of ${database.description}: BROKEN at ${where}: ${PROBLEMS[fault.problem]}; ${result.rowsChecked} row(s) before it verify`);
    return 1;
  }),
);
