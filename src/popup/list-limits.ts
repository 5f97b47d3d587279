/** Device groups and police paths the popup lists: a household's tens of devices all fit; a big account's rest is one link away, in the report page. */
export const MAX_GROUPS = 40;
