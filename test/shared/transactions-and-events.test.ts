import { expect, it } from "vitest";
import type { Database } from "../../db/database.js";
import { publish, withTransaction, type ServiceContext } from "../../graph/context.js";
import { notify, type NotifyInput } from "../../graph/inbox/service.js";
import { serviceContext } from "../../graph/runtime.js";
import type { Delivery, EventBus, EventName } from "../../graph/shared/events.js";
import { subscriptions } from "../../graph/subscriptions.js";
import type { QuoteAccepted } from "../../graph/sourcing/events.js";
import { describeEachDatabase } from "../support/db.js";
import { ownerOf } from "../support/identity.js";

const accepted: QuoteAccepted = {
  quoteId: "quo_kelapa0000000000",
  requestId: "req_coconuts00000000",
  buyerOrganisationId: "org_baltic0000000000",
  sellerOrganisationId: "org_kelapa0000000000",
  listingId: null,
  at: "2026-12-06T10:00:00.000Z",
};

function news(organisationId: string, subjectId: string): NotifyInput {
  return { organisationId, kind: "QUOTE_ACCEPTED", subjectId, payload: { requestId: accepted.requestId }, emailParams: { title: "Husked coconuts, 40 t", buyer: "Baltic Fresh" } };
}

async function notificationSubjects(database: Database): Promise<string[]> {
  const rows = await database.db.selectFrom("notifications").select("subject_id").orderBy("subject_id").execute();
  return rows.map((r) => r.subject_id);
}

interface Recorded {
  ctx: ServiceContext;
  failures: { event: EventName; module: string; error: unknown }[];
}

/** A context whose "quote.accepted" has one subscriber of the given delivery, the rest wired as in production. */
async function sellerWithSubscriber(
  database: Database,
  delivery: Delivery,
  handle: (ctx: ServiceContext, payload: QuoteAccepted) => Promise<unknown>,
): Promise<Recorded & { organisationId: string }> {
  const failures: Recorded["failures"] = [];
  const events: EventBus<ServiceContext> = {
    subscriptions: { ...subscriptions, "quote.accepted": [{ module: "test", delivery, handle }] },
    reportFailure: (failure) => failures.push(failure),
  };
  const owner = await ownerOf(database);
  return { ctx: serviceContext(database, { viewer: owner.ctx.viewer, events }), failures, organisationId: owner.organisationId };
}

describeEachDatabase("one transaction per action, domain events", (db) => {
  it("a nested withTransaction joins the outer one: when the outer action fails, the inner writes are undone too", async () => {
    const { ctx, organisationId } = await ownerOf(db());
    const outcome = await withTransaction(ctx, async (tx) => {
      await notify(tx, news(organisationId, "quo_outer00000000000"));
      await withTransaction(tx, async (inner) => {
        expect(inner.db).toBe(tx.db);
        await notify(inner, news(organisationId, "quo_inner00000000000"));
      });
      throw new Error("the award failed after both writes");
    }).catch((error: Error) => error.message);
    expect(outcome).toBe("the award failed after both writes");
    expect(await notificationSubjects(db())).toEqual([]);
  });

  it("an in-transaction subscriber shares the publisher's transaction, and its failure undoes the publisher's action", async () => {
    const seen: boolean[] = [];
    const { ctx, organisationId } = await sellerWithSubscriber(db(), "in-transaction", async (sub, payload) => {
      seen.push(sub.db.isTransaction);
      await notify(sub, news(organisationId, payload.quoteId));
      throw new Error("the reaction failed");
    });
    const outcome = await withTransaction(ctx, async (tx) => {
      await notify(tx, news(organisationId, "quo_publisher0000000"));
      await publish(tx, "quote.accepted", accepted);
    }).catch((error: Error) => error.message);
    expect(outcome).toBe("the reaction failed");
    expect(seen).toEqual([true]);
    expect(await notificationSubjects(db())).toEqual([]);
  });

  it("an in-transaction event cannot be published outside a transaction, where it could not be atomic", async () => {
    const { ctx } = await sellerWithSubscriber(db(), "in-transaction", async () => undefined);
    await expect(publish(ctx, "quote.accepted", accepted)).rejects.toThrow(/inside withTransaction/);
  });

  it("an after-commit subscriber runs once the publisher has committed, and sees its rows from outside the transaction", async () => {
    const seen: { inTransaction: boolean; subjects: string[] }[] = [];
    const { ctx, organisationId } = await sellerWithSubscriber(db(), "after-commit", async (sub) => {
      seen.push({ inTransaction: sub.db.isTransaction, subjects: await notificationSubjects(db()) });
    });
    await withTransaction(ctx, async (tx) => {
      await publish(tx, "quote.accepted", accepted);
      expect(seen).toEqual([]);
      await notify(tx, news(organisationId, "quo_publisher0000000"));
    });
    expect(seen).toEqual([{ inTransaction: false, subjects: ["quo_publisher0000000"] }]);
  });

  it("an after-commit subscriber never runs when the publisher rolls back", async () => {
    let calls = 0;
    const { ctx } = await sellerWithSubscriber(db(), "after-commit", async () => (calls += 1));
    await withTransaction(ctx, async (tx) => {
      await publish(tx, "quote.accepted", accepted);
      throw new Error("the award failed");
    }).catch(() => undefined);
    expect(calls).toBe(0);
  });

  it("an after-commit failure is reported, not thrown: the user's action already happened", async () => {
    const { ctx, failures, organisationId } = await sellerWithSubscriber(db(), "after-commit", async () => {
      throw new Error("mail server down");
    });
    const result = await withTransaction(ctx, async (tx) => {
      await notify(tx, news(organisationId, "quo_publisher0000000"));
      await publish(tx, "quote.accepted", accepted);
      return "accepted";
    });
    expect(result).toBe("accepted");
    expect(await notificationSubjects(db())).toEqual(["quo_publisher0000000"]);
    expect(failures.map((f) => [f.event, f.module, String(f.error)])).toEqual([["quote.accepted", "test", "Error: mail server down"]]);
  });
});
