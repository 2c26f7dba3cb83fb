import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/**
 * What a sink received, keyed by the outbox id each message carries (the email's Message-ID, the SMS
 * gateway's Idempotency-Key header). `accepted` counts every hand-over, repeats included; `unique` is what a
 * de-duplicating relay or gateway would pass on to people.
 */
export class SinkRecord {
  readonly times = new Map<string, number[]>();
  /** Server errors other than a client's dropped connection: a test expects none. */
  readonly errors: Error[] = [];
  accepted = 0;

  add(outboxId: string) {
    this.accepted++;
    const list = this.times.get(outboxId);
    if (list) list.push(Date.now());
    else this.times.set(outboxId, [Date.now()]);
  }

  get unique() {
    return this.times.size;
  }

  /** Hand-overs beyond the first per outbox id (0 when nothing was sent twice). */
  get repeats() {
    return this.accepted - this.times.size;
  }
}

const OUTBOX_MESSAGE_ID = /^Message-ID:\s*<([0-9a-f-]{36})@outbox\.talon>/im;

/**
 * A real SMTP server on loopback (the `smtp-server` package), no auth, no TLS; records each message by its
 * Message-ID. `stop()` closes it (the port stays reserved for `start()` again), to play an outage.
 */
export async function startSmtpSink(port = 0) {
  const record = new SinkRecord();
  let server: SMTPServer | null = null;
  let boundPort = port;
  const start = async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      // Many pooled connections from the worker at once.
      maxClients: 1_000,
      onData(stream, _session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const head = Buffer.concat(chunks).toString('utf8', 0, 4_096);
          const id = OUTBOX_MESSAGE_ID.exec(head)?.[1];
          if (id) record.add(id);
          callback();
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server!.once('error', reject);
      server!.listen(boundPort, '127.0.0.1', () => resolve());
    });
    // A client that dies mid-session (the worker killed with SIGKILL) resets its connection; smtp-server
    // reports that as an 'error' event, which without a listener would crash the test process.
    server.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') record.errors.push(error);
    });
    boundPort = (server.server.address() as AddressInfo).port;
  };
  await start();
  return {
    record,
    get url() {
      return `smtp://127.0.0.1:${boundPort}`;
    },
    start,
    stop: () =>
      new Promise<void>((resolve) => {
        const current = server;
        server = null;
        if (!current) return resolve();
        current.close(() => resolve());
      }),
  };
}

/** An SMS gateway on loopback answering like SMS.ru; records each message by its Idempotency-Key. */
export async function startSmsGatewaySink() {
  const record = new SinkRecord();
  let sequence = 0;
  const server = http.createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => {
      body += chunk;
    });
    request.on('end', () => {
      const id = request.headers['idempotency-key'];
      if (typeof id === 'string') record.add(id);
      const to = new URLSearchParams(body).get('to') ?? '';
      response.setHeader('content-type', 'application/json');
      response.end(
        JSON.stringify({ status: 'OK', sms: { [to]: { status: 'OK', sms_id: `sink-${++sequence}` } } }),
      );
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    record,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms/send`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
