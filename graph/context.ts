import type { TFunction } from "i18next";
import type { Kysely } from "kysely";
import type { DialectName, Executor } from "../db/database.js";
import type { DB } from "../db/types.js";
import type { AvailableLocale } from "../locales/index.js";
import type { DomainEvents, EventBus, EventName } from "./shared/events.js";

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
  /** Who reacts to the domain events this context publishes (graph/subscriptions.ts). */
  events: EventBus<ServiceContext>;
  /** Set inside withTransaction: the transaction this context's `db` belongs to. */
  transaction?: TransactionScope;
}

/** What one outermost transaction owes once it commits. */
export interface TransactionScope {
  afterCommit: ((committed: ServiceContext) => Promise<void>)[];
}

/** Session cookie changes a mutation asks for; HTTP and the Remix bridge each apply them their own way. */
export interface SessionCookieSink {
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

export interface GraphContext extends ServiceContext {
  session: SessionCookieSink;
}

/**
 * One user action is one transaction: `work` gets a context whose `db` is the transaction. A call
 * made inside another joins it (it neither commits nor rolls back on its own), so a service that
 * opens a transaction can be called by another service that already has one. After-commit event
 * handlers run once the outermost transaction has committed, and never when it rolls back.
 */
export async function withTransaction<C extends ServiceContext, T>(ctx: C, work: (tx: C) => Promise<T>): Promise<T> {
  if (ctx.transaction) return work(ctx);
  if (ctx.db.isTransaction) throw new Error("a transaction opened outside withTransaction cannot run after-commit handlers");
  const scope: TransactionScope = { afterCommit: [] };
  const result = await (ctx.db as Kysely<DB>).transaction().execute((trx) => work({ ...ctx, db: trx, transaction: scope }));
  for (const run of scope.afterCommit) await run(ctx);
  return result;
}

/**
 * Announces a domain event to its subscribers, each with the delivery graph/subscriptions.ts gives
 * it. In-transaction handlers share the publisher's transaction, so the publisher must be inside
 * withTransaction; their failure undoes the publisher's action.
 */
export async function publish<N extends EventName>(ctx: ServiceContext, name: N, payload: DomainEvents[N]): Promise<void> {
  for (const subscriber of ctx.events.subscriptions[name]) {
    if (subscriber.delivery === "in-transaction") {
      if (!ctx.transaction) throw new Error(`"${name}" has in-transaction subscribers: publish it inside withTransaction`);
      await subscriber.handle(ctx, payload);
      continue;
    }
    const run = async (committed: ServiceContext) => {
      try {
        await subscriber.handle(committed, payload);
      } catch (error) {
        committed.events.reportFailure({ event: name, module: subscriber.module, error });
      }
    };
    if (ctx.transaction) ctx.transaction.afterCommit.push(run);
    else await run(ctx);
  }
}
