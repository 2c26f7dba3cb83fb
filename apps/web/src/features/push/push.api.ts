import { api, dataOf } from '../../shared/api-client';

/** The key the browser needs to subscribe (`applicationServerKey`), base64url → bytes. */
export async function fetchApplicationServerKey(): Promise<Uint8Array> {
  const { publicKey } = await dataOf(api.GET('/api/v1/push/vapid-public-key'));
  const base64 = publicKey.replace(/-/g, '+').replace(/_/g, '/');
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
  return Uint8Array.from(atob(padded), (c) => c.charCodeAt(0));
}

export const pushApi = {
  // A subscription's JSON always has its endpoint and keys; were one missing, the server refuses the blank.
  save: ({ endpoint = '', keys = {} }: PushSubscriptionJSON, label: string | null) =>
    dataOf(
      api.POST('/api/v1/me/push-subscriptions', {
        body: { endpoint, keys: { p256dh: keys.p256dh ?? '', auth: keys.auth ?? '' }, label },
      }),
    ),
  forget: (endpoint: string) =>
    dataOf(api.DELETE('/api/v1/me/push-subscriptions', { params: { query: { endpoint } } })),
};
