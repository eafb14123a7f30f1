import { afterEach, expect, test } from 'vitest';
import { builtFileResponse } from '../../src/lib/host/builtFileResponse.ts';
import { builtFileSink, setBuiltFileSink } from '../../src/lib/host/builtFileSink.ts';

afterEach(() => setBuiltFileSink(undefined));

const pieces = () => ['{', '"a": ', '1', '}\n'];

test('outside a build an endpoint answers with its text as a streamed body', async () => {
  expect(builtFileSink()).toBeUndefined();
  const response = await builtFileResponse('debate.json', pieces(), 'application/json; charset=utf-8');
  expect(response.headers.get('Content-Type')).toBe('application/json; charset=utf-8');
  expect(await response.text()).toBe('{"a": 1}\n');
});

test('in a build the text goes to the sink, whole and under its path, and Astro gets no body to buffer', async () => {
  const files = new Map<string, string>();
  setBuiltFileSink({
    async write(path, parts) {
      let text = '';
      for await (const part of parts) text += part;
      files.set(path, text);
    },
  });
  const response = await builtFileResponse('debate.argdown', pieces(), 'text/plain; charset=utf-8');
  expect(response.body).toBeNull();
  expect([...files]).toEqual([['debate.argdown', '{"a": 1}\n']]);
});

test('a sink that fails fails the endpoint, so the build stops rather than leave a file half written', async () => {
  setBuiltFileSink({
    write: async () => {
      throw new Error('disk full');
    },
  });
  await expect(builtFileResponse('debate.json', pieces(), 'application/json')).rejects.toThrow('disk full');
});
