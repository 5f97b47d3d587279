/**
 * Routing of a validated message to its handler by type, without a schema library: the content scripts use it with
 * `readContentMessage` (content-messages.ts), the other contexts through `messageListener` (dispatch-messages.ts) with
 * the valibot contract.
 */
import type { Message, MessageOf, MessageType } from './messages.ts';

/** What a context does with one type of message; `context` is the sender (background) or the context's own state. */
export type MessageHandler<T extends MessageType, C> = (message: MessageOf<T>, context: C) => Promise<unknown> | undefined;

/** A context's handlers, one per message type it answers; the types it leaves out are not its business. */
export type MessageHandlers<C> = { [T in MessageType]?: MessageHandler<T, C> };

/** The answer to a message of a handled type that fails its schema, where the sender waits for one. */
export type RefusalAnswers = { [T in MessageType]?: unknown };

/**
 * One listener per context: `read` validates a message first (null: not valid, and not answered) and only then is it
 * routed by its type. Returns undefined (no answer, so another listener may answer) for anything this context does not
 * handle. The answers to malformed messages (refusals) are the background's, in `messageListener`.
 */
export function routeMessages<C>(
  read: (message: unknown) => Message | null,
  handlers: MessageHandlers<C>,
): (message: unknown, context: C) => Promise<unknown> | undefined {
  return (message, context) => {
    const valid = read(message);
    if (valid === null) return undefined;
    // The map pairs each type with its handler; TypeScript cannot follow that pairing through an indexed access.
    const handler = handlers[valid.type] as ((message: Message, context: C) => Promise<unknown> | undefined) | undefined;
    return handler?.(valid, context);
  };
}
