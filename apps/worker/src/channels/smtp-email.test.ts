import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PermanentDeliveryError } from './channel';
import { createSmtpEmailChannel } from './smtp-email';

/** A real SMTP server on loopback that keeps what it receives and refuses one address for good. */
const received: { from: string; to: string[]; data: string }[] = [];
let server: SMTPServer;
let port: number;

beforeAll(async () => {
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onRcptTo(address, _session, callback) {
      if (address.address === 'nobody@example.ru') {
        const error = Object.assign(new Error('No such user'), { responseCode: 550 });
        return callback(error);
      }
      callback();
    },
    onData(stream, session, callback) {
      let data = '';
      stream.on('data', (chunk: Buffer) => {
        data += chunk.toString('utf8');
      });
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          data,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const email = {
  channel: 'email' as const,
  subject: 'Восстановление пароля',
  text: 'Код: 123456',
  html: '<p>Код: 123456</p>',
  to: 'ivanova@example.ru',
  outboxId: 'o1',
};

describe('SMTP email channel', () => {
  it('delivers subject, plain text and HTML to the SMTP server', async () => {
    const channel = createSmtpEmailChannel({
      url: `smtp://127.0.0.1:${port}`,
      from: 'Талон <noreply@talon.test>',
    });
    const { providerMessageId } = await channel.send(email);
    await channel.close?.();
    expect(providerMessageId).toMatch(/@/);
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ from: 'noreply@talon.test', to: ['ivanova@example.ru'] });
    expect(received[0]!.data).toMatch(/Subject: =\?UTF-8\?/);
    expect(received[0]!.data).toMatch(/text\/plain/);
    expect(received[0]!.data).toMatch(/text\/html/);
  });

  it('gives up for good when the server refuses the address with 5xx', async () => {
    const channel = createSmtpEmailChannel({ url: `smtp://127.0.0.1:${port}`, from: 'noreply@talon.test' });
    await expect(channel.send({ ...email, to: 'nobody@example.ru' })).rejects.toBeInstanceOf(
      PermanentDeliveryError,
    );
    await channel.close?.();
  });

  it('throws a retryable error when the server cannot be reached', async () => {
    const channel = createSmtpEmailChannel({
      url: 'smtp://127.0.0.1:1',
      from: 'noreply@talon.test',
      timeoutMs: 500,
    });
    const send = channel.send(email);
    await expect(send).rejects.toThrow(/SMTP failed/);
    await expect(send).rejects.not.toBeInstanceOf(PermanentDeliveryError);
    await channel.close?.();
  });
});
