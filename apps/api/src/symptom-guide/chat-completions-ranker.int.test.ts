import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app';
import { codesFromReply, createChatCompletionsRanker } from './chat-completions-ranker';

/** A loopback chat completions endpoint whose behaviour each test sets. */
let handle: (body: Record<string, unknown>, req: IncomingMessage, res: ServerResponse) => void;
let server: Server;
let url: string;
const received: { body: Record<string, unknown>; authorization: string | undefined }[] = [];

const reply = (res: ServerResponse, content: string) => {
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify({ choices: [{ message: { role: 'assistant', content } }] }));
};
/** The candidates the request offered, in the rules' order. */
const candidatesOf = (body: Record<string, unknown>) => {
  const messages = body.messages as { role: string; content: string }[];
  const user = JSON.parse(messages.find((m) => m.role === 'user')?.content ?? '{}');
  return (user.candidates as { code: string }[]).map((c) => c.code);
};

beforeAll(async () => {
  server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => {
      raw += chunk;
    });
    req.on('end', () => {
      const body = JSON.parse(raw) as Record<string, unknown>;
      received.push({ body, authorization: req.headers.authorization });
      handle(body, req, res);
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/chat/completions`;
});
afterAll(async () => {
  server.closeAllConnections();
  server.close();
});

describe('the chat completions ranker against a loopback endpoint', () => {
  const request = {
    complaint: 'болит голова',
    recognized: ['Головная боль'],
    candidates: [
      { code: 'therapist', name: 'Терапевт участковый' },
      { code: 'neurologist', name: 'Невролог' },
    ],
  };

  it('sends the model, the key and the candidates, and reads the codes of the reply', async () => {
    handle = (_body, _req, res) => reply(res, 'Вот порядок: ```json\n["neurologist","therapist"]\n```');
    const ranker = createChatCompletionsRanker({
      url,
      model: 'test-model',
      apiKey: 'k-123',
      timeoutMs: 2000,
    });
    expect(await ranker.rank(request)).toEqual(['neurologist', 'therapist']);
    const last = received.at(-1);
    expect(last?.authorization).toBe('Bearer k-123');
    expect(last?.body.model).toBe('test-model');
    expect(last && candidatesOf(last.body)).toEqual(['therapist', 'neurologist']);
  });

  it('throws on an error status, a reply without an array, and past its timeout', async () => {
    const ranker = createChatCompletionsRanker({ url, model: 'm', apiKey: null, timeoutMs: 200 });
    handle = (_body, _req, res) => {
      res.statusCode = 503;
      res.end('{}');
    };
    await expect(ranker.rank(request)).rejects.toThrow(/503/);
    handle = (_body, _req, res) => reply(res, 'Обратитесь к терапевту.');
    await expect(ranker.rank(request)).rejects.toThrow(/no array/);
    handle = (_body, _req, res) => setTimeout(() => reply(res, '["neurologist"]'), 1000);
    await expect(ranker.rank(request)).rejects.toThrow();
  });

  it('codesFromReply keeps strings only', () => {
    expect(codesFromReply('["a", 1, null, "b"]')).toEqual(['a', 'b']);
  });
});

describe('POST /api/v1/symptom-guide with the ranker configured', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      env: { SYMPTOM_GUIDE_LLM_URL: url, SYMPTOM_GUIDE_LLM_MODEL: 'm', SYMPTOM_GUIDE_LLM_TIMEOUT_MS: '300' },
    });
  });
  afterAll(() => t?.close());
  const ask = (text: string) =>
    t.app.inject({ method: 'POST', url: '/api/v1/symptom-guide', payload: { text } }).then((r) => r.json());

  it('takes the model’s order, but the red flags stay first and all suggestions stay', async () => {
    handle = (body, _req, res) => reply(res, JSON.stringify([...candidatesOf(body)].reverse()));
    const answer = await ask('болит грудь, отдаёт в руку, кашляю');
    expect(answer.rankedBy).toBe('model');
    expect(answer.redFlags[0]).toMatchObject({ code: 'chest-pain', phone: '103' });
    const sent = received.at(-1)?.body;
    expect(JSON.stringify(sent)).not.toMatch(/chest-pain|Звоните/);
    const order = answer.suggestions.map((s: { specialtyCode: string }) => s.specialtyCode);
    expect(order).toEqual(sent ? [...candidatesOf(sent)].reverse() : []);
  });

  it('a slow or failing model leaves the rules’ order', async () => {
    handle = (_body, _req, res) => setTimeout(() => reply(res, '["neurologist"]'), 1500);
    const slow = await ask('болит голова');
    expect(slow.rankedBy).toBe('rules');
    expect(slow.suggestions.map((s: { specialtyCode: string }) => s.specialtyCode)).toEqual([
      'therapist',
      'neurologist',
    ]);
    handle = (_body, _req, res) => reply(res, 'not json [oops');
    expect((await ask('болит голова')).rankedBy).toBe('rules');
  });
});
