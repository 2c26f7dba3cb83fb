import { apiGet, apiSend } from '../../shared/api-client';

/** The key the browser needs to subscribe (`applicationServerKey`), base64url → bytes. */
export async function fetchApplicationServerKey(): Promise<Uint8Array> {
  const { publicKey } = await apiGet<{ publicKey: string }>('/push/vapid-public-key');
  const base64 = publicKey.replace(/-/g, '+').replace(/_/g, '/');
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
  return Uint8Array.from(atob(padded), (c) => c.charCodeAt(0));
}

export const pushApi = {
  save: (subscription: PushSubscriptionJSON, label: string | null) =>
    apiSend('POST', '/me/push-subscriptions', { ...subscription, label }),
  forget: (endpoint: string) =>
    apiSend('DELETE', `/me/push-subscriptions?endpoint=${encodeURIComponent(endpoint)}`),
};
