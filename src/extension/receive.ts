/**
 * Messages typed where they are received, as they are where they are sent (send.ts): a receiver keeps one check and
 * one handler per message it accepts, both keyed by the names in messages.ts, and dispatches by name, with no
 * switch and no casts (refined-github's background does the same).
 */
import { isKeyOf, isRecord, type Check } from './check';
import type { Envelope, MessageName, Request, Response } from './messages';

export type Checks<K extends MessageName> = { [N in K]: Check<Request<N>> };
export type Handlers<K extends MessageName, Sender> = { [N in K]: (request: Request<N>, sender: Sender) => Promise<Response<N>> };

/** The message as an envelope when its name is one of `checks`' and its payload passes that check, else null. */
export function readEnvelope<K extends MessageName>(message: unknown, checks: Checks<K>): Envelope<K> | null {
  if (!isRecord(message) || typeof message.type !== 'string' || !isKeyOf(checks, message.type)) return null;
  const { type, payload } = message;
  return checks[type](payload) ? { type, payload } : null;
}

export function dispatch<K extends MessageName, Sender>(handlers: Handlers<K, Sender>, envelope: Envelope<K>, sender: Sender): Promise<Response<K>> {
  return handlers[envelope.type](envelope.payload, sender);
}
