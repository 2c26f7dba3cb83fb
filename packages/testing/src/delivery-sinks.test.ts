import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startSmtpSink } from './delivery-sinks';

describe('the SMTP sink', () => {
  it('survives clients that reset their connection mid-session (a worker killed with SIGKILL)', async () => {
    const smtp = await startSmtpSink();
    const { port } = new URL(smtp.url);
    for (let i = 0; i < 3; i++) {
      const socket = connect(Number(port), '127.0.0.1');
      const reply = () => new Promise<void>((resolve) => socket.once('data', () => resolve()));
      // The greeting, a session with a message begun, then the connection dropped with a TCP reset: inside
      // a transaction smtp-server reports the reset as an 'error' event.
      await reply();
      for (const command of ['EHLO worker', 'MAIL FROM:<talon@example.ru>']) {
        socket.write(`${command}\r\n`);
        await reply();
      }
      socket.resetAndDestroy();
    }
    // Give the server the moment it needs to notice the resets.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(smtp.record.errors).toEqual([]);
    await smtp.stop();
  });
});
