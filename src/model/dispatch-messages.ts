import * as v from 'valibot';
import type { Message } from './messages.ts';
import { routeMessages, type MessageHandlers, type RefusalAnswers } from './route-messages.ts';

export type { MessageHandler, MessageHandlers, RefusalAnswers } from './route-messages.ts';

/**
 * One listener per context: a message is validated against the contract first (`schema`: the whole contract, or the
 * part of it a context is sent) and only then routed by its type. Returns undefined (no answer, so another listener
 * may answer) for anything this context does not handle.
 */
export function messageListener<C>(
  schema: v.GenericSchema<unknown, Message>,
  handlers: MessageHandlers<C>,
  refusals: RefusalAnswers = {},
): (message: unknown, context: C) => Promise<unknown> | undefined {
  return routeMessages(
    (message) => {
      const parsed = v.safeParse(schema, message);
      return parsed.success ? parsed.output : null;
    },
    handlers,
    refusals,
  );
}
