import * as v from 'valibot';
import type { Message, MessageType } from './messages.ts';
import { routeMessages, type MessageHandlers, type RefusalAnswers } from './route-messages.ts';

export type { MessageHandler, MessageHandlers, RefusalAnswers } from './route-messages.ts';

/**
 * One listener per context: a message is validated against the contract first (`schema`: the whole contract, or the
 * part of it a context is sent) and only then routed by its type. A malformed message of a type in `refusals` gets
 * that answer; anything else this context does not handle gets undefined (no answer, so another listener may answer).
 */
export function messageListener<C>(
  schema: v.GenericSchema<unknown, Message>,
  handlers: MessageHandlers<C>,
  refusals: RefusalAnswers = {},
): (message: unknown, context: C) => Promise<unknown> | undefined {
  // Routed only once validated below.
  const route = routeMessages<C>((valid) => valid as Message, handlers);
  return (message, context) => {
    const parsed = v.safeParse(schema, message);
    if (parsed.success) return route(parsed.output, context);
    const type = typeOf(message);
    return type !== null && Object.hasOwn(refusals, type) ? Promise.resolve(refusals[type as MessageType]) : undefined;
  };
}

function typeOf(message: unknown): string | null {
  if (typeof message !== 'object' || message === null) return null;
  const { type } = message as { type?: unknown };
  return typeof type === 'string' ? type : null;
}
