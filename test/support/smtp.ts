import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  from: string;
  to: string[];
  /** The Subject header, decoded (RFC 2047). */
  subject: string;
  messageId: string;
  /** The whole message, quoted-printable soft breaks and escapes undone. */
  body: string;
}

function bytesOfQ(text: string, underscoreIsSpace: boolean): Buffer {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "=" && /^[0-9A-F]{2}$/i.test(text.slice(i + 1, i + 3))) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (ch === "_" && underscoreIsSpace) bytes.push(32);
    // The message was read as latin1: each character is one byte of the wire.
    else bytes.push(ch.charCodeAt(0) & 0xff);
  }
  return Buffer.from(bytes);
}

function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_m, kind: string, text: string) =>
      (kind.toLowerCase() === "b" ? Buffer.from(text, "base64") : bytesOfQ(text, true)).toString("utf8"),
    );
}

function parse(raw: string, envelope: { from: string; to: string[] }): ReceivedMail {
  const [head = ""] = raw.split(/\r?\n\r?\n/);
  const unfolded = head.replace(/\r?\n[ \t]+/g, " ");
  const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, "im").exec(unfolded)?.[1]?.trim() ?? "";
  const body = bytesOfQ(raw.replace(/=\r?\n/g, ""), false).toString("utf8");
  return { ...envelope, subject: decodeHeader(header("Subject")), messageId: header("Message-ID"), body };
}

/** A real SMTP server on a free port of 127.0.0.1 that keeps what it receives: the mailer is tested over the wire. */
export async function startSmtpServer(options: { onMail?: (mail: ReceivedMail, count: number) => void } = {}): Promise<{ url: string; received: ReceivedMail[]; refuseNext(count: number): void; close(): Promise<void> }> {
  const received: ReceivedMail[] = [];
  let refusals = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, done) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if (refusals > 0) {
          refusals--;
          done(Object.assign(new Error("Mailbox temporarily unavailable"), { responseCode: 451 }));
          return;
        }
        const envelope = { from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "", to: session.envelope.rcptTo.map((r) => r.address) };
        const mail = parse(Buffer.concat(chunks).toString("latin1"), envelope);
        received.push(mail);
        options.onMail?.(mail, received.length);
        done();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuseNext: (count) => {
      refusals = count;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
