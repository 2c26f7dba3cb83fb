import nodemailer from 'nodemailer';
import type { Delivery, MessageChannel } from './channel';
import { PermanentDeliveryError } from './channel';

export interface SmtpOptions {
  /** `smtp://user:password@host:587` (STARTTLS when offered) or `smtps://…:465`. */
  url: string;
  /** The From header, e.g. `Талон <noreply@example.ru>`. */
  from: string;
  timeoutMs?: number;
  /** Open connections kept to the server (pooled: a connection per message would cap the rate); 16. */
  poolSize?: number;
}

/**
 * Email over SMTP with nodemailer. A 5xx answer (the server refuses the address for good) is permanent;
 * connection problems and 4xx answers are retried by the outbox.
 */
export function createSmtpEmailChannel(options: SmtpOptions): MessageChannel {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const url = new URL(options.url);
  const transport = nodemailer.createTransport({
    pool: true,
    maxConnections: options.poolSize ?? 16,
    maxMessages: Number.POSITIVE_INFINITY,
    host: url.hostname,
    port: url.port ? Number(url.port) : url.protocol === 'smtps:' ? 465 : 587,
    secure: url.protocol === 'smtps:',
    auth: url.username
      ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
      : undefined,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
    // A local relay without a certificate is allowed by `?tls=insecure` (development only).
    tls: url.searchParams.get('tls') === 'insecure' ? { rejectUnauthorized: false } : undefined,
  });
  return {
    name: 'smtp',
    async send(delivery: Delivery) {
      if (delivery.channel !== 'email') throw new PermanentDeliveryError('not an email');
      try {
        const info = await transport.sendMail({
          from: options.from,
          to: delivery.to,
          subject: delivery.subject,
          text: delivery.text,
          html: delivery.html,
          // The outbox id as Message-ID: a message sent again after a worker crash carries the same one, so
          // a relay or mailbox that de-duplicates by Message-ID shows it once.
          messageId: `<${delivery.outboxId}@outbox.talon>`,
          // Russian text: base64 is about half the size of quoted-printable (every Cyrillic byte becomes
          // `=XX`), and encoding and dot-stuffing it costs the worker correspondingly less.
          textEncoding: 'base64',
        });
        return { providerMessageId: info.messageId ?? null };
      } catch (error) {
        const code = (error as { responseCode?: number }).responseCode;
        // The error text of nodemailer may quote the address; keep only the SMTP code.
        if (code && code >= 500 && code < 600) throw new PermanentDeliveryError(`SMTP refused: ${code}`);
        throw new Error(`SMTP failed: ${code ?? (error as { code?: string }).code ?? 'connection'}`);
      }
    },
    close: () => transport.close(),
  };
}
