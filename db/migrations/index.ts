import type { Migration, MigrationProvider } from "kysely";
import * as foundation from "./2026-11-27T0001-foundation.js";
import * as marketplace from "./2026-11-28T0002-marketplace.js";
import * as trade from "./2026-12-06T0005-trade.js";
import * as logistics from "./2026-12-06T0006-logistics.js";
import * as compliance from "./2026-12-06T0007-compliance.js";
import * as documents from "./2026-12-07T0008-documents.js";
import * as security from "./2026-12-07T0009-security.js";
import * as customs from "./2026-12-07T0010-customs.js";
import * as shipments from "./2026-12-07T0011-shipments.js";
import * as checkout from "./2026-12-07T0012-checkout.js";
import * as photoVariants from "./2026-12-07T0013-photo-variants.js";
import * as conversations from "./2026-12-07T0014-conversations.js";
import * as deskIndexes from "./2026-12-07T0015-desk-indexes.js";

// A static list (not a folder scan) so that bundled or compiled code runs the same migrations.
const migrations: Record<string, Migration> = {
  "2026-11-27T0001-foundation": foundation,
  "2026-11-28T0002-marketplace": marketplace,
  "2026-12-06T0005-trade": trade,
  "2026-12-06T0006-logistics": logistics,
  "2026-12-06T0007-compliance": compliance,
  "2026-12-07T0008-documents": documents,
  "2026-12-07T0009-security": security,
  "2026-12-07T0010-customs": customs,
  "2026-12-07T0011-shipments": shipments,
  "2026-12-07T0012-checkout": checkout,
  "2026-12-07T0013-photo-variants": photoVariants,
  "2026-12-07T0014-conversations": conversations,
  "2026-12-07T0015-desk-indexes": deskIndexes,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
