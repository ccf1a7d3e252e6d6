import type { TFunction } from "i18next";
import type { Database, DialectName, Executor } from "../db/database.js";
import { translatorFor, type AvailableLocale } from "../locales/index.js";

export type MembershipRole = "owner" | "member" | "admin" | "officer";

export interface AnonymousViewer {
  kind: "anonymous";
}

export interface UserViewer {
  kind: "user";
  userId: string;
  sessionId: string | null;
  organisationId: string | null;
  role: MembershipRole | null;
  isPlatformAdmin: boolean;
  /** ISO 3166-1 alpha-2 country whose border this officer watches, when the viewer is a customs officer. */
  customsJurisdiction: string | null;
}

/** An integration calling with an API token: acts for exactly one organisation, as a member. */
export interface TokenViewer {
  kind: "token";
  tokenId: string;
  organisationId: string;
}

/** The platform acting on its own behalf: seed, imports from the command line, jobs. */
export interface SystemViewer {
  kind: "system";
}

export type Viewer = AnonymousViewer | UserViewer | TokenViewer | SystemViewer;

export const ANONYMOUS: AnonymousViewer = { kind: "anonymous" };

export interface RequestMeta {
  ip: string | null;
  userAgent: string | null;
}

/** What every service function takes first: a background job or CLI builds one the same way. */
export interface ServiceContext {
  db: Executor;
  dialect: DialectName;
  viewer: Viewer;
  locale: AvailableLocale;
  t: TFunction;
  now: () => Date;
  request: RequestMeta;
}

/** Session cookie changes a mutation asks for; HTTP and the Remix bridge each apply them their own way. */
export interface SessionCookieSink {
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

export interface GraphContext extends ServiceContext {
  session: SessionCookieSink;
}

export interface ContextOptions {
  viewer?: Viewer;
  locale?: AvailableLocale;
  request?: RequestMeta;
  now?: () => Date;
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
  };
}

/** The context for work the platform does itself (seed, imports, jobs), not on a user's behalf. */
export function systemContext(database: Database): ServiceContext {
  return serviceContext(database, { viewer: { kind: "system" } });
}
