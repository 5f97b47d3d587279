// @vitest-environment node
/** The deep scan's csrf value comes from an open Amazon page of the same marketplace, and only a plausible value is used. */
import { csrfFromAmazonTab, type TabsLike } from '../../../src/background/amazon-csrf.ts';

function tabs(answers: Record<number, unknown>, ids = Object.keys(answers).map(Number)) {
  const queries: unknown[] = [];
  const asked: [number, unknown][] = [];
  const api: TabsLike = {
    query: async (query) => {
      queries.push(query);
      return ids.map((id) => ({ id }));
    },
    sendMessage: async (id, message) => {
      asked.push([id, message]);
      return answers[id];
    },
  };
  return { api, queries, asked };
}

describe('csrfFromAmazonTab', () => {
  it('asks the open tabs for the cookie of the same marketplace', async () => {
    const { api, queries, asked } = tabs({ 3: { csrf: '987654321' } });
    expect(await csrfFromAmazonTab('https://alexa.amazon.de', api)).toBe('987654321');
    expect(queries).toEqual([{}]);
    expect(asked).toEqual([[3, { type: 'alexpose/amazon-csrf', origin: 'https://www.amazon.de' }]]);
  });

  it('skips tabs without an answer or with an implausible value', async () => {
    const { api, asked } = tabs({ 1: undefined, 2: { csrf: 'a b\r\nX-Evil: 1' }, 3: { csrf: 'ok-123' } });
    expect(await csrfFromAmazonTab('https://alexa.amazon.co.uk', api)).toBe('ok-123');
    expect(asked.map(([id]) => id)).toEqual([1, 2, 3]);
  });

  it('is null with no open page', async () => {
    expect(await csrfFromAmazonTab('https://alexa.amazon.com', tabs({}).api)).toBeNull();
  });
});
