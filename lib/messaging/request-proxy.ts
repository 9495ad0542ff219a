/** A service's methods as requests: the same arguments, answered with a plain promise. */
export type AsRequests<S> = {
  [K in keyof S]: S[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<Awaited<R>> : never;
};
/** Namespaced services (`{ interviews: {...}, kits: {...} }`) as a client: `client.kits.createKit(...)`. */
export type RequestClient<S> = { [N in keyof S]: AsRequests<S[N]> };

/** One request on the wire: the service's namespace, its method and the argument list. */
export interface RequestCall {
  service: string;
  method: string;
  args: unknown[];
}

/**
 * A client for namespaced services with no list of names to keep in step: each
 * `client.<service>.<method>(...args)` becomes one `send({ service, method, args })`. The names
 * are checked by the compiler through `S`; the receiving side checks them again (dispatchRequest).
 */
export function createRequestProxy<S>(send: (call: RequestCall) => Promise<unknown>): RequestClient<S> {
  const namespaces = new Map<string, object>();
  const namespace = (service: string) => {
    let methods = namespaces.get(service);
    if (!methods) {
      methods = new Proxy(
        {},
        // `then` is asked by anything that checks for a promise; a client is not one.
        {
          get: (_, method) =>
            typeof method === 'string' && method !== 'then' ? (...args: unknown[]) => send({ service, method, args }) : undefined,
        },
      );
      namespaces.set(service, methods);
    }
    return methods;
  };
  return new Proxy(
    {},
    { get: (_, service) => (typeof service === 'string' && service !== 'then' ? namespace(service) : undefined) },
  ) as RequestClient<S>;
}

/** The client's own members first; any other name is a service namespace of `requests`. */
export function withRequests<S, E extends object>(requests: RequestClient<S>, own: E): RequestClient<S> & E {
  return Object.setPrototypeOf({ ...own }, requests);
}

export function isRequestCall(value: unknown): value is RequestCall {
  if (typeof value !== 'object' || value === null) return false;
  const { service, method, args } = value as Partial<RequestCall>;
  return typeof service === 'string' && typeof method === 'string' && Array.isArray(args);
}

/**
 * Runs one call against namespaced services. Only the services' own methods answer, never
 * something inherited (`constructor`, `__proto__`), whatever the sender wrote.
 */
export async function dispatchRequest(services: object, call: unknown): Promise<unknown> {
  if (!isRequestCall(call)) throw new Error('A request needs a service, a method and a list of arguments.');
  const target: unknown = Object.hasOwn(services, call.service) ? Reflect.get(services, call.service) : undefined;
  const method: unknown =
    typeof target === 'object' && target !== null && Object.hasOwn(target, call.method) ? Reflect.get(target, call.method) : undefined;
  if (typeof method !== 'function') throw new Error(`There is no request ${call.service}.${call.method}.`);
  return Reflect.apply(method, target, call.args);
}
