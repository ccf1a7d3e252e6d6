import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { pino, type DestinationStream, type Logger } from "pino";

/**
 * Everything that opens an account if read from a log: credentials in headers, secrets in GraphQL
 * variables (one or two levels deep: `password`, `input.password`), and tokens wherever an error
 * object carries them. One list, applied by pino to every line, so no call site has to remember it.
 */
const SECRET_NAMES = ["password", "newPassword", "currentPassword", "officerPassword", "token", "sessionToken", "bearerToken", "secret", "apiKey"];
export const REDACTED_PATHS = [
  "req.headers.authorization",
  "req.headers.cookie",
  'res.headers["set-cookie"]',
  "headers.authorization",
  "headers.cookie",
  'headers["set-cookie"]',
  ...SECRET_NAMES.flatMap((name) => [name, `*.${name}`, `*.*.${name}`, `variables.*.*.${name}`]),
];

export interface LoggerOptions {
  level?: string;
  /** Where lines go; stdout by default. Tests pass a stream they read back. */
  destination?: DestinationStream;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  return pino(
    { level: options.level ?? process.env.LOG_LEVEL ?? "info", redact: { paths: REDACTED_PATHS, censor: "[redacted]" } },
    options.destination,
  );
}

/** Takes the caller's request id when it looks like one (so a proxy's id follows the request), else makes one. */
function requestIdOf(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && /^[\w.:-]{1,100}$/.test(value) ? value : randomUUID();
}

/**
 * One line per finished request: method, path (never the query string, which can carry a reset
 * token), status, duration and request id. No headers: they hold cookies and bearer tokens, and
 * serialising them was most of the logging cost (issue 9).
 */
export function requestLog(logger: Logger, ignore: (path: string) => boolean = () => false) {
  return (req: IncomingMessage & { originalUrl?: string }, res: ServerResponse, next: () => void): void => {
    const started = process.hrtime.bigint();
    const id = requestIdOf(req.headers["x-request-id"]);
    res.setHeader("x-request-id", id);
    res.on("finish", () => {
      // originalUrl where Express set it: a mounted router (/media) rewrites req.url while it runs.
      const path = (req.originalUrl ?? req.url ?? "/").split("?")[0] || "/";
      if (ignore(path)) return;
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const line = { reqId: id, method: req.method, path, status: res.statusCode, ms: Math.round(ms * 10) / 10 };
      if (res.statusCode >= 500) logger.error(line, "request failed");
      else logger.info(line, "request");
    });
    next();
  };
}
