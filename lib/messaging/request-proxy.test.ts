import { describe, expect, it } from 'vitest';
import { createRequestProxy, dispatchRequest, withRequests, type RequestCall } from './request-proxy';

const services = {
  kits: { rename: (id: string, title: string) => `${id}:${title}`, count: async () => 3 },
  notes: { rename: (id: string) => `note ${id}` },
};

describe('the request proxy', () => {
  it('turns client.<service>.<method>(...args) into one call, with no list of names', async () => {
    const calls: RequestCall[] = [];
    const client = createRequestProxy<typeof services>(async (call) => {
      calls.push(call);
      return dispatchRequest(services, call);
    });
    expect(await client.kits.rename('k1', 'Backend')).toBe('k1:Backend');
    // The same method name in two services stays two requests.
    expect(await client.notes.rename('n1')).toBe('note n1');
    expect(await client.kits.count()).toBe(3);
    expect(calls).toEqual([
      { service: 'kits', method: 'rename', args: ['k1', 'Backend'] },
      { service: 'notes', method: 'rename', args: ['n1'] },
      { service: 'kits', method: 'count', args: [] },
    ]);
  });

  it('is not mistaken for a promise, and keeps its own members first', async () => {
    const client = withRequests(
      createRequestProxy<typeof services>(async (call) => dispatchRequest(services, call)),
      { hello: () => 'own' },
    );
    expect((client as { then?: unknown }).then).toBeUndefined();
    expect(client.hello()).toBe('own');
    // Resolving a promise with the client must not call into it.
    await expect(Promise.resolve(client)).resolves.toBe(client);
    expect(await client.notes.rename('x')).toBe('note x');
  });
});

describe('dispatchRequest', () => {
  it('answers only the services’ own methods', async () => {
    await expect(dispatchRequest(services, { service: 'kits', method: 'constructor', args: [] })).rejects.toThrow(
      'There is no request kits.constructor.',
    );
    await expect(dispatchRequest(services, { service: '__proto__', method: 'toString', args: [] })).rejects.toThrow(
      'There is no request __proto__.toString.',
    );
    await expect(dispatchRequest(services, { service: 'kits', method: 'missing', args: [] })).rejects.toThrow(
      'There is no request kits.missing.',
    );
  });

  it('refuses a call that is not a service, a method and an argument list', async () => {
    const bads = [
      null,
      'kits.count',
      { service: 'kits', method: 'count' },
      { service: 'kits', method: 'count', args: 'x' },
      { service: 1, method: 'count', args: [] },
      { service: 'kits', method: ['count'], args: [] },
    ];
    for (const bad of bads) {
      await expect(dispatchRequest(services, bad)).rejects.toThrow('A request needs a service, a method and a list of arguments.');
    }
  });
});
