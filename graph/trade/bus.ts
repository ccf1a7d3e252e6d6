import type { ServiceContext } from "../context.js";

type Handler = (ctx: ServiceContext, payload: never) => Promise<void>;

const handlers = new Map<string, Handler[]>();

/** In-process subscribers to a domain event, registered once at start-up by the subscribing module. */
export function subscribe<P>(name: string, handler: (ctx: ServiceContext, payload: P) => Promise<void>): void {
  handlers.set(name, [...(handlers.get(name) ?? []), handler as Handler]);
}

/** Runs every subscriber of `name`, after the publisher's transaction has committed. */
export async function publish<P>(ctx: ServiceContext, name: string, payload: P): Promise<void> {
  for (const handler of handlers.get(name) ?? []) await handler(ctx, payload as never);
}
