import nodemailer from "nodemailer";

export interface OutgoingMail {
  /** The outbox id: the Message-ID is made from it, so a message sent twice is one message to the receiver. */
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface MailTransport {
  /** Resolves once the receiving server has accepted the message; rejects to have it retried. */
  send(mail: OutgoingMail): Promise<void>;
}

export function messageIdOf(outboxId: string, from: string): string {
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? "caravan.invalid";
  return `<${outboxId}@${domain}>`;
}

/** SMTP through nodemailer: `smtp://user:pass@host:587` (STARTTLS when offered) or `smtps://…:465`. */
export function smtpTransport(url: string, from: string): MailTransport & { close(): void } {
  const transporter = nodemailer.createTransport(url);
  return {
    send: async (mail) => {
      await transporter.sendMail({ from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html, messageId: messageIdOf(mail.id, from) });
    },
    close: () => transporter.close(),
  };
}

/** Development without SMTP_URL: the whole message, link and all, goes to the log instead. */
export function logTransport(write: (line: Record<string, unknown>, message: string) => void): MailTransport {
  return {
    send: async (mail) => {
      write({ mailId: mail.id, to: mail.to, subject: mail.subject, body: mail.text }, "mail not sent (SMTP_URL is not set): written here instead");
    },
  };
}

/** Production without SMTP_URL: nothing may be sent and no link may reach the log, so every attempt fails visibly. */
export const unconfiguredTransport: MailTransport = {
  send: async () => {
    throw new Error("SMTP_URL is not set: mail cannot be sent");
  },
};
