import type { Resolvers } from "../__generated__/resolvers.js";
import { withUserErrors } from "../shared/user-errors.js";
import * as inbox from "./service.js";

export const resolvers: Resolvers = {
  Query: {
    inbox: (_, args, ctx) => inbox.inbox(ctx, args),
    unreadCount: (_, __, ctx) => inbox.unreadCount(ctx),
  },
  Mutation: {
    markNotificationsRead: (_, { ids }, ctx) =>
      withUserErrors(ctx.t, async () => {
        const notifications = await inbox.markNotificationsRead(ctx, ids);
        return { notifications, unreadCount: await inbox.unreadCount(ctx) };
      }),
  },
  Notification: {
    message: (notification, _, ctx) => inbox.notificationMessage(ctx, notification),
    payload: (notification) => JSON.stringify(notification.payload),
    read: (notification) => notification.readAt !== null,
  },
};
