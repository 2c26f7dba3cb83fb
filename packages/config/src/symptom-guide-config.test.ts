import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('the symptom guide’s ranker configuration', () => {
  it('is off unless SYMPTOM_GUIDE_LLM_URL is set', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).symptomGuide.ranker).toBeNull();
    expect(loadConfig({ NODE_ENV: 'test', SYMPTOM_GUIDE_LLM_URL: '' }).symptomGuide.ranker).toBeNull();
  });

  it('reads the endpoint, model, key and timeout (2.5 s by default)', () => {
    const url = 'https://llm.clinic.example/v1/chat/completions';
    expect(loadConfig({ NODE_ENV: 'test', SYMPTOM_GUIDE_LLM_URL: url }).symptomGuide.ranker).toEqual({
      url,
      model: 'default',
      apiKey: null,
      timeoutMs: 2500,
    });
    const custom = loadConfig({
      NODE_ENV: 'test',
      SYMPTOM_GUIDE_LLM_URL: url,
      SYMPTOM_GUIDE_LLM_MODEL: 'qwen',
      SYMPTOM_GUIDE_LLM_API_KEY: 'key',
      SYMPTOM_GUIDE_LLM_TIMEOUT_MS: '800',
    });
    expect(custom.symptomGuide.ranker).toMatchObject({ model: 'qwen', apiKey: 'key', timeoutMs: 800 });
  });

  it('refuses a URL that is not http(s) and a timeout out of range', () => {
    expect(() => loadConfig({ NODE_ENV: 'test', SYMPTOM_GUIDE_LLM_URL: 'ftp://x' })).toThrow(
      /SYMPTOM_GUIDE_LLM_URL/,
    );
    expect(() => loadConfig({ NODE_ENV: 'test', SYMPTOM_GUIDE_LLM_TIMEOUT_MS: '5' })).toThrow(
      /SYMPTOM_GUIDE_LLM_TIMEOUT_MS/,
    );
  });
});
