import { type Config, ConfigError } from '@talon/config';
import type { Channel } from '@talon/core/messaging';
import { createDevMessagesRepository, type Database } from '@talon/db';
import type { MessageChannel } from './channel';
import { createDevSinkChannel } from './dev-sink';
import { createSmsGatewayChannel } from './sms-gateway';
import { createSmtpEmailChannel } from './smtp-email';

/**
 * The channel for each kind of message: the development sink in demo mode (and, outside production, for a
 * channel left unconfigured); the SMS gateway and SMTP otherwise. Production without them is a config error.
 * Push and in-app need no outside service and are the same in every mode (`createAccountChannels`).
 */
export function selectChannels(
  config: Config,
  db: Database,
): Record<Extract<Channel, 'sms' | 'email'>, MessageChannel> {
  const { sms, smtp } = config.messaging;
  const useSink = config.isDemo;
  if (config.env === 'production' && !useSink) {
    const missing = [
      ...(sms ? [] : ['SMS_GATEWAY_URL: required in production']),
      ...(smtp ? [] : ['SMTP_URL: required in production']),
    ];
    if (missing.length) throw new ConfigError(missing);
  }
  let sink: MessageChannel | undefined;
  const devSink = () => {
    sink ??= createDevSinkChannel(createDevMessagesRepository(db));
    return sink;
  };
  return {
    sms:
      !useSink && sms
        ? createSmsGatewayChannel({ url: sms.gatewayUrl, apiKey: sms.apiKey, sender: sms.sender })
        : devSink(),
    email:
      !useSink && smtp
        ? createSmtpEmailChannel({ url: smtp.url, from: smtp.from, poolSize: config.delivery.smtpPoolSize })
        : devSink(),
  };
}
