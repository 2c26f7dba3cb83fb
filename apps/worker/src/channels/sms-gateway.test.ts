import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PermanentDeliveryError } from './channel';
import { createSmsGatewayChannel } from './sms-gateway';

/** A loopback stand-in for the gateway: records requests and answers what the test sets. */
let server: Server;
let url: string;
let answer: { status: number; body: string };
const requests: URLSearchParams[] = [];

const readBody = async (request: IncomingMessage) => {
  let text = '';
  for await (const chunk of request) text += chunk;
  return new URLSearchParams(text);
};

beforeAll(async () => {
  server = createServer(async (request, response) => {
    requests.push(await readBody(request));
    response.writeHead(answer.status, { 'content-type': 'application/json' });
    response.end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms/send`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  requests.length = 0;
});

const ok = (to: string) =>
  JSON.stringify({
    status: 'OK',
    status_code: 100,
    sms: { [to]: { status: 'OK', status_code: 100, sms_id: '000000-10000001' } },
    balance: 10,
  });

const delivery = { channel: 'sms' as const, text: 'Талон: код 123456', to: '+79161234567', outboxId: 'o1' };

describe('SMS gateway channel', () => {
  it('posts the key, the number without plus, the text and the sender, and returns the gateway id', async () => {
    answer = { status: 200, body: ok('79161234567') };
    const channel = createSmsGatewayChannel({ url, apiKey: 'key-1', sender: 'Talon' });
    await expect(channel.send(delivery)).resolves.toEqual({ providerMessageId: '000000-10000001' });
    expect(Object.fromEntries(requests[0]!)).toEqual({
      api_id: 'key-1',
      to: '79161234567',
      msg: 'Талон: код 123456',
      json: '1',
      from: 'Talon',
    });
  });

  it('throws a retryable error on an account-level gateway error', async () => {
    answer = {
      status: 200,
      body: JSON.stringify({ status: 'ERROR', status_code: 201, status_text: 'Мало денег' }),
    };
    const send = createSmsGatewayChannel({ url, apiKey: 'k', sender: null }).send(delivery);
    await expect(send).rejects.toThrow(/201/);
    await expect(send).rejects.not.toBeInstanceOf(PermanentDeliveryError);
  });

  it('throws a retryable error on a non-2xx answer or broken JSON', async () => {
    answer = { status: 503, body: 'busy' };
    await expect(createSmsGatewayChannel({ url, apiKey: 'k', sender: null }).send(delivery)).rejects.toThrow(
      /HTTP 503/,
    );
    answer = { status: 200, body: '<html>' };
    await expect(createSmsGatewayChannel({ url, apiKey: 'k', sender: null }).send(delivery)).rejects.toThrow(
      /JSON/,
    );
  });

  it('gives up for good on a number the gateway refuses', async () => {
    answer = {
      status: 200,
      body: JSON.stringify({
        status: 'OK',
        sms: { '79161234567': { status: 'ERROR', status_code: 202, status_text: 'Неправильный номер' } },
      }),
    };
    await expect(
      createSmsGatewayChannel({ url, apiKey: 'k', sender: null }).send(delivery),
    ).rejects.toBeInstanceOf(PermanentDeliveryError);
  });

  it('throws a retryable error when the gateway does not answer in time', async () => {
    const silent = createServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as AddressInfo).port;
    const channel = createSmsGatewayChannel({
      url: `http://127.0.0.1:${port}/`,
      apiKey: 'k',
      sender: null,
      timeoutMs: 100,
    });
    await expect(channel.send(delivery)).rejects.toThrow();
    silent.closeAllConnections();
    await new Promise<void>((resolve) => silent.close(() => resolve()));
  });
});
