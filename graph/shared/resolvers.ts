import { GraphQLScalarType, Kind } from "graphql";
import type { Resolvers } from "../__generated__/resolvers.js";

function stringScalar(name: string, description: string, valid: (value: string) => boolean) {
  const check = (value: unknown) => {
    if (typeof value !== "string" || !valid(value)) throw new TypeError(`${name} cannot represent ${JSON.stringify(value)}`);
    return value;
  };
  return new GraphQLScalarType({
    name,
    description,
    serialize: check,
    parseValue: check,
    parseLiteral: (ast) => check(ast.kind === Kind.STRING ? ast.value : undefined),
  });
}

export const resolvers: Resolvers = {
  DateTime: stringScalar("DateTime", "ISO 8601 instant in UTC", (v) => !Number.isNaN(Date.parse(v)) && /T.*Z$/.test(v)),
  Date: stringScalar("Date", "Calendar date YYYY-MM-DD", (v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v))),
  Query: { ping: () => true },
};
