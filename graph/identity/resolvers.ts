import type { Resolvers } from "../__generated__/resolvers.js";
import { withUserErrors } from "../shared/user-errors.js";
import * as identity from "./service.js";

const upper = <T extends string>(value: T) => value.toUpperCase() as Uppercase<T>;

export const resolvers: Resolvers = {
  Query: {
    viewer: (_, __, ctx) => ctx.viewer,
    organisation: (_, { id }, ctx) => identity.getOrganisation(ctx, id),
    verificationQueue: (_, args, ctx) => identity.verificationQueue(ctx, args),
    apiTokens: (_, __, ctx) => identity.listApiTokens(ctx),
    customsAuthorities: async (_, __, ctx) => (await identity.customsAuthorities(ctx)).map(({ officerCount, ...organisation }) => ({ organisation, officerCount })),
  },
  Mutation: {
    signUp: (_, { input }, ctx) =>
      withUserErrors(ctx.t, async () => {
        const result = await identity.signUp(ctx, { ...input, organisation: { ...input.organisation, kind: input.organisation.kind.toLowerCase() as never } });
        ctx.session.set(result.session.token, result.session.expiresAt);
        return { user: result.user, organisation: result.organisation, sessionExpiresAt: result.session.expiresAt.toISOString() };
      }),
    signIn: (_, { input }, ctx) =>
      withUserErrors(ctx.t, async () => {
        const result = await identity.signIn(ctx, input);
        ctx.session.set(result.session.token, result.session.expiresAt);
        return { user: result.user, organisation: result.organisation, sessionExpiresAt: result.session.expiresAt.toISOString() };
      }),
    signOut: async (_, __, ctx) => {
      const signedOut = await identity.signOut(ctx);
      ctx.session.clear();
      return { signedOut };
    },
    updateOrganisation: (_, { input }, ctx) =>
      withUserErrors(ctx.t, async () => ({ organisation: await identity.updateOrganisation(ctx, input) })),
    requestVerification: (_, __, ctx) =>
      withUserErrors(ctx.t, async () => ({ organisation: await identity.requestVerification(ctx) })),
    approveVerification: (_, { organisationId }, ctx) =>
      withUserErrors(ctx.t, async () => ({ organisation: await identity.approveVerification(ctx, organisationId) })),
    rejectVerification: (_, { organisationId, reason }, ctx) =>
      withUserErrors(ctx.t, async () => ({ organisation: await identity.rejectVerification(ctx, organisationId, reason) })),
    createApiToken: (_, { name }, ctx) => withUserErrors(ctx.t, () => identity.createApiToken(ctx, name)),
    revokeApiToken: (_, { id }, ctx) => withUserErrors(ctx.t, async () => ({ apiToken: await identity.revokeApiToken(ctx, id) })),
    confirmEmail: (_, { token }, ctx) => withUserErrors(ctx.t, async () => ({ user: await identity.confirmEmail(ctx, token) })),
    // The flags are false whenever userErrors say why.
    resendEmailConfirmation: async (_, __, ctx) => ({
      sent: false,
      ...(await withUserErrors(ctx.t, async () => ({ sent: await identity.resendEmailConfirmation(ctx) }))),
    }),
    requestPasswordReset: async (_, { email }, ctx) => ({
      accepted: false,
      ...(await withUserErrors(ctx.t, async () => {
        await identity.requestPasswordReset(ctx, email);
        return { accepted: true };
      })),
    }),
    resetPassword: async (_, { token, password }, ctx) => ({
      reset: false,
      ...(await withUserErrors(ctx.t, async () => {
        await identity.resetPassword(ctx, token, password);
        return { reset: true };
      })),
    }),
    createCustomsAuthority: (_, { input }, ctx) =>
      withUserErrors(ctx.t, async () => ({ organisation: await identity.createCustomsAuthority(ctx, input) })),
  },
  Viewer: {
    user: (viewer, _, ctx) => (viewer.kind === "user" ? identity.getUser(ctx, viewer.userId) : null),
    organisation: (viewer, _, ctx) =>
      viewer.kind === "user" || viewer.kind === "token" ? (viewer.organisationId ? identity.getOrganisation(ctx, viewer.organisationId) : null) : null,
    role: (viewer) => (viewer.kind === "user" && viewer.role ? upper(viewer.role) : viewer.kind === "token" ? "MEMBER" : null),
    memberships: (_, __, ctx) => identity.viewerMemberships(ctx),
    isPlatformAdmin: (viewer) => viewer.kind === "user" && viewer.isPlatformAdmin,
    customsJurisdiction: (viewer) => (viewer.kind === "user" ? viewer.customsJurisdiction : null),
    authenticatedBy: (viewer) => ({ user: "SESSION", token: "API_TOKEN", anonymous: "ANONYMOUS", system: "SYSTEM" })[viewer.kind],
  },
  Organisation: {
    kind: (org) => upper(org.kind),
    verificationStatus: (org) => upper(org.verificationStatus),
    verified: (org) => org.verificationStatus === "verified",
    verificationHistory: (org, _, ctx) => identity.verificationHistory(ctx, org.id),
    resemblesVerified: (org, _, ctx) => (org.resemblesOrganisationId ? identity.getOrganisation(ctx, org.resemblesOrganisationId) : null),
  },
  VerificationEvent: {
    fromStatus: (event) => upper(event.fromStatus),
    toStatus: (event) => upper(event.toStatus),
  },
  Membership: {
    role: (m) => upper(m.role),
    organisation: async (m, _, ctx) => {
      const org = await identity.getOrganisation(ctx, m.organisationId);
      if (!org) throw new Error(`membership ${m.id} points at a missing organisation`);
      return org;
    },
  },
};
