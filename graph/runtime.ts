import type { Database } from "../db/database.js";
import { translatorFor, type AvailableLocale } from "../locales/index.js";
import { ANONYMOUS, type RequestMeta, type ServiceContext, type Viewer } from "./context.js";
import type { EventBus } from "./shared/events.js";
import { subscriptions } from "./subscriptions.js";

/**
 * Builds service contexts. It lives apart from graph/context.ts because a context carries the
 * event bus, whose subscriptions import the modules that react: every module imports
 * graph/context.ts, so the bus cannot be wired there without an import cycle.
 */

/** After-commit failures have no caller left to tell: they go to the process's error output (pino in the server). */
export const defaultEventBus: EventBus<ServiceContext> = {
  subscriptions,
  reportFailure: ({ event, module, error }) => {
    console.error(JSON.stringify({ level: "error", msg: "event handler failed after commit", event, module, err: String(error) }));
  },
};

export interface ContextOptions {
  viewer?: Viewer;
  locale?: AvailableLocale;
  request?: RequestMeta;
  now?: () => Date;
  events?: EventBus<ServiceContext>;
}

export function serviceContext(database: Database, options: ContextOptions = {}): ServiceContext {
  const locale = options.locale ?? "en";
  return {
    db: database.db,
    dialect: database.dialect,
    viewer: options.viewer ?? ANONYMOUS,
    locale,
    t: translatorFor(locale),
    now: options.now ?? (() => new Date()),
    request: options.request ?? { ip: null, userAgent: null },
    events: options.events ?? defaultEventBus,
  };
}

/** The context for work the platform does itself (seed, imports, jobs), not on a user's behalf. */
export function systemContext(database: Database): ServiceContext {
  return serviceContext(database, { viewer: { kind: "system" } });
}
