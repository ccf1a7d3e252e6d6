import type { IncomingMessage, ServerResponse } from "node:http";
import { HeaderMap, type ApolloServer, type BaseContext } from "@apollo/server";
import bodyParser from "body-parser";

export interface GraphqlEndpointOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  /** Largest JSON body accepted; a larger one is refused before it is read whole. */
  bodyLimit: string;
  /** Headers every answer carries (security headers), worked out once. */
  headersFor: (req: IncomingMessage) => ReadonlyMap<string, string>;
  /** The context of one operation; cookies it sets (sign-in, sign-out) are added to the answer. */
  context: (req: IncomingMessage, setCookie: (header: string) => void) => Promise<TContext>;
  /** A body the parser refused (too large, malformed JSON, bad charset): always the client's error. */
  refuseBody: (error: { status?: number; type?: string }, req: IncomingMessage, res: ServerResponse) => void;
}

/**
 * /graphql on Node's own request and response, the way Apollo's standalone server does it, instead
 * of through Express's router: Express's per-request work (its request and response prototypes,
 * query parsing, the middleware chain, helmet computing headers anew) cost more than Apollo itself
 * (issue 9, `npm run bench:stack`). Everything else the Express app did for /graphql is here too:
 * the body limit, the security headers, the session cookies.
 */
export function graphqlEndpoint<TContext extends BaseContext>(options: GraphqlEndpointOptions<TContext>) {
  const parseJson = bodyParser.json({ limit: options.bodyLimit });
  return (req: IncomingMessage & { body?: unknown }, res: ServerResponse): void => {
    for (const [name, value] of options.headersFor(req)) res.setHeader(name, value);
    parseJson(req, res, (error?: unknown) => {
      if (error) {
        options.refuseBody(error as { status?: number; type?: string }, req, res);
        return;
      }
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
      }
      const url = req.url ?? "/";
      const query = url.indexOf("?");
      const cookies: string[] = [];
      options.apollo
        .executeHTTPGraphQLRequest({
          httpGraphQLRequest: { method: (req.method ?? "GET").toUpperCase(), headers, search: query < 0 ? "" : url.slice(query), body: req.body },
          context: () => options.context(req, (cookie) => cookies.push(cookie)),
        })
        .then(async (answer) => {
          for (const [key, value] of answer.headers) res.setHeader(key, value);
          if (cookies.length) res.setHeader("set-cookie", cookies);
          res.statusCode = answer.status ?? 200;
          if (answer.body.kind === "complete") {
            res.setHeader("content-length", Buffer.byteLength(answer.body.string));
            res.end(answer.body.string);
            return;
          }
          for await (const chunk of answer.body.asyncIterator) res.write(chunk);
          res.end();
        })
        .catch((failure: unknown) => {
          // executeHTTPGraphQLRequest answers its own errors; reaching here means the socket broke.
          res.destroy(failure instanceof Error ? failure : undefined);
        });
    });
  };
}
