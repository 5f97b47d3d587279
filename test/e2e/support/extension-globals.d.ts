// The few extension APIs the end-to-end tests call inside the browser (service worker or extension page).
declare const chrome: {
  storage: {
    local: { get(keys: string | null): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void>; clear(): Promise<void> };
  };
  action: { getBadgeText(details: object): Promise<string> };
  i18n: { getUILanguage(): string };
};
declare const browser: typeof chrome;
