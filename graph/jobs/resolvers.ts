import type { Resolvers } from "../__generated__/resolvers.js";
import { withUserErrors } from "../shared/user-errors.js";
import * as jobs from "./service.js";

export const resolvers: Resolvers = {
  Query: {
    jobs: (_, { status, kind, first, after }, ctx) =>
      jobs.listJobs(ctx, { status: status ? (status.toLowerCase() as jobs.JobStatus) : null, kind, first, after }),
    jobCounts: (_, __, ctx) => jobs.jobCounts(ctx),
  },
  Mutation: {
    retryJob: (_, { id }, ctx) => withUserErrors(ctx.t, async () => ({ job: await jobs.retryJob(ctx, id) })),
  },
  Job: {
    status: (job) => job.status.toUpperCase() as Uppercase<jobs.JobStatus>,
  },
};
