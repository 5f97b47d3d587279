/** Amazon retail origins whose Alexa Privacy and account pages Alexposé reads (the marketplaces with Alexa). */
export const AMAZON_RETAIL_ORIGINS = [
  'https://www.amazon.com',
  'https://www.amazon.de',
  'https://www.amazon.co.uk',
  'https://www.amazon.fr',
  'https://www.amazon.it',
  'https://www.amazon.es',
  'https://www.amazon.ca',
  'https://www.amazon.com.au',
] as const;

/** Paths of those origins the content script runs on; nowhere else on Amazon. */
export const AMAZON_PAGE_PATHS = ['/alexa-privacy/*', '/ap/adam*', '/hz/mycd/*'] as const;

/** Alexa app API hosts for the deep scan, asked for only when the user starts it. */
export const ALEXA_API_ORIGINS = ['https://alexa.amazon.com', 'https://alexa.amazon.de', 'https://alexa.amazon.co.uk'] as const;
