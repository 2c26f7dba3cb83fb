import { BlockList, isIP } from 'node:net';
import type { Channel } from '../messaging';
import type { DeliveryReportStatus } from './notifications-delivery.types';

/**
 * SMS.ru delivery status codes (https://sms.ru/api/status): 103 delivered, 110 read (messengers); 104–108
 * and 150 are final failures (expired, deleted by the operator, handset failure, unknown, rejected, no
 * route). 100–102 are steps on the way and are not recorded.
 */
const SMS_RU_FINAL: Record<string, DeliveryReportStatus> = {
  '103': 'delivered',
  '110': 'delivered',
  '104': 'failed',
  '105': 'failed',
  '106': 'failed',
  '107': 'failed',
  '108': 'failed',
  '150': 'failed',
};

/** The final status an SMS.ru code means, or null for an intermediate one. */
export function smsRuDeliveryStatus(code: string): DeliveryReportStatus | null {
  return SMS_RU_FINAL[code] ?? null;
}

/**
 * The recipient as an administrator may see it: enough to tell two messages apart, not enough to contact
 * the person (`+7916*****67`, `i***@mail.ru`, an account id's first block).
 */
export function maskRecipient(channel: Channel, recipient: string): string {
  if (channel === 'sms') return `${recipient.slice(0, 5)}*****${recipient.slice(-2)}`;
  if (channel === 'email') {
    const at = recipient.indexOf('@');
    return at > 0 ? `${recipient[0]}***${recipient.slice(at)}` : '***';
  }
  return `${recipient.slice(0, 8)}…`;
}

const PRIVATE_HOST =
  /^(localhost|.*\.localhost|.*\.local|.*\.internal|127\.\d+\.\d+\.\d+|10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(1[6-9]|2\d|3[01])\.\d+\.\d+|169\.254\.\d+\.\d+|0\.0\.0\.0|\[.*\])$/i;

/**
 * A push endpoint the worker may post to: https on a public host name. The endpoint comes from the
 * browser, that is from the user, so without this check a subscription could make the worker call the
 * internal network (SSRF). `allowInsecure` (development and tests) admits http and loopback.
 */
export function isAllowedPushEndpoint(endpoint: string, allowInsecure: boolean): boolean {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return false;
  }
  if (allowInsecure) return url.protocol === 'https:' || url.protocol === 'http:';
  // `localhost.` is `localhost`; a single label (`postgres`) resolves to a neighbour on the private network.
  const host = url.hostname.replace(/\.$/, '');
  return (
    url.protocol === 'https:' &&
    !url.username &&
    !url.password &&
    host.includes('.') &&
    !PRIVATE_HOST.test(host)
  );
}

/**
 * The address ranges a push endpoint may never reach (SSRF, issue 15, item 11): loopback, private and
 * link-local networks, carrier-grade NAT, documentation, benchmarking, multicast and reserved ranges, and
 * their IPv6 counterparts (IPv4-mapped addresses are judged as IPv4).
 */
const NON_PUBLIC = (() => {
  const list = new BlockList();
  for (const [network, prefix] of [
    ['0.0.0.0', 8],
    ['10.0.0.0', 8],
    ['100.64.0.0', 10],
    ['127.0.0.0', 8],
    ['169.254.0.0', 16],
    ['172.16.0.0', 12],
    ['192.0.0.0', 24],
    ['192.0.2.0', 24],
    ['192.88.99.0', 24],
    ['192.168.0.0', 16],
    ['198.18.0.0', 15],
    ['198.51.100.0', 24],
    ['203.0.113.0', 24],
    ['224.0.0.0', 4],
    ['240.0.0.0', 4],
  ] as const) {
    list.addSubnet(network, prefix, 'ipv4');
  }
  for (const [network, prefix] of [
    ['::', 128],
    ['::1', 128],
    ['64:ff9b::', 96],
    ['100::', 64],
    ['2001:db8::', 32],
    ['fc00::', 7],
    ['fe80::', 10],
    ['ff00::', 8],
  ] as const) {
    list.addSubnet(network, prefix, 'ipv6');
  }
  return list;
})();

/** True for an address on the public internet: what a push endpoint's host must resolve to, every address. */
export function isPublicAddress(address: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1];
  const ip = mapped ?? address;
  const version = isIP(ip);
  if (!version) return false;
  return !NON_PUBLIC.check(ip, version === 4 ? 'ipv4' : 'ipv6');
}
