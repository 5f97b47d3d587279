// The recipient vocabulary lives beside the finding modules that use it; this path stays for the picture and the tests.
export { RECIPIENT_IDS, recipientMessageKey, type RecipientId } from '../findings/recipients.ts';
