export declare const LANGS: readonly ['en', 'de'];
export declare function privacyPolicyMarkdown(lang: 'en' | 'de'): string;
