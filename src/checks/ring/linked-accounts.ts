import { controlListCheck } from './control-list-check.ts';

/** Third-party services linked to the Ring account (Control Center → Linked Accounts). */
export const linkedAccounts = controlListCheck('ring.linked-accounts', 'linked-accounts', 'Linked Accounts');
