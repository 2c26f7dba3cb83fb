import { type LookupAddress, lookup } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { isPublicAddress } from '@talon/core/notifications-delivery';

/** The push endpoint leads somewhere the worker must never post: a private, loopback or reserved address. */
export class UnsafeEndpointError extends Error {
  constructor() {
    super('push endpoint resolves to a non-public address');
    this.name = 'UnsafeEndpointError';
  }
}

/**
 * A DNS lookup that refuses a host with any non-public address, so the address checked is the address
 * connected to: a host that resolved to a public address when the browser subscribed and to the internal
 * network now (DNS rebinding) is refused at connect time.
 */
const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  lookup(hostname, { ...options, all: true }, (error, found: LookupAddress[]) => {
    if (error) return callback(error, '', 0);
    if (found.length === 0 || !found.every((entry) => isPublicAddress(entry.address))) {
      return callback(Object.assign(new UnsafeEndpointError(), { code: 'EUNSAFE' }), '', 0);
    }
    if (options.all) return (callback as unknown as (e: null, all: LookupAddress[]) => void)(null, found);
    return callback(null, found[0]!.address, found[0]!.family);
  });
};

/**
 * POSTs a Web Push request (issue 15, item 11): to public addresses only (checked after DNS resolution, at
 * connect time) unless `allowPrivate` (development and tests), over https unless `allowPrivate`, and never
 * following a redirect — a 3xx is an answer like any other, so a push service cannot send the worker on to
 * another host. Resolves with the status; the body is read and dropped.
 */
export function postPush(
  url: string,
  init: { headers: Record<string, string>; body: Uint8Array; timeoutMs: number; allowPrivate: boolean },
): Promise<number> {
  const target = new URL(url);
  const host = target.hostname.replace(/^\[|\]$/g, '');
  if (!init.allowPrivate) {
    if (target.protocol !== 'https:') return Promise.reject(new UnsafeEndpointError());
    // An address written in the URL is never looked up: it is judged as it stands.
    if (isIP(host) && !isPublicAddress(host)) return Promise.reject(new UnsafeEndpointError());
  }
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<number>((resolve, reject) => {
    const request = send(
      target,
      {
        method: 'POST',
        headers: { ...init.headers, 'content-length': String(init.body.byteLength) },
        ...(init.allowPrivate ? {} : { lookup: publicOnlyLookup }),
      },
      (response: IncomingMessage) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', reject);
      },
    );
    request.setTimeout(init.timeoutMs, () => request.destroy(new Error('push service timed out')));
    request.on('error', (error: Error & { code?: string }) =>
      reject(error.code === 'EUNSAFE' ? new UnsafeEndpointError() : error),
    );
    request.end(init.body);
  });
}
