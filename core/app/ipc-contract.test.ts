import { describe, expect, it } from 'vitest';
import { buildApi, INVOKE_METHODS, PRELOAD_CHANNELS, type IpcTransport } from './ipc-contract';

function transport(gesture: boolean, calls: string[]): IpcTransport {
  return {
    invoke: async (channel) => (calls.push(channel), true),
    on: () => () => undefined,
    grantForDroppedFile: async () => undefined,
    hasUserGesture: () => gesture,
  };
}

describe('buildApi', () => {
  it('asks main to open a link only during a user gesture', async () => {
    const calls: string[] = [];
    expect(await buildApi(transport(false, calls)).openExternal({ url: 'https://example.org/' })).toBe(false);
    expect(calls).toEqual([]);
    expect(await buildApi(transport(true, calls)).openExternal({ url: 'https://example.org/' })).toBe(true);
    expect(calls).toEqual(['shell:open-external']);
  });

  it('gives the page no function for preload-only channels', () => {
    const exposed = Object.values(INVOKE_METHODS) as string[];
    for (const channel of PRELOAD_CHANNELS) expect(exposed).not.toContain(channel);
    expect(Object.keys(buildApi(transport(true, [])))).not.toContain('dropGrant');
  });
});
