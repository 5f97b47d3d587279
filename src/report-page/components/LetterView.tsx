import { t } from '../../ui/extension-i18n.ts';
import type { Locale, Translate } from '../../i18n/translate.ts';
import { mailtoLink, unfilledPlaceholders, type Letter } from '../../letters/compose-letter.ts';

/** Both locales' translators; the letters panel loads them (a chunk of their own) when the first letter is written. */
export type BundledTranslator = (locale: Locale) => Translate;

/** Prints the letter alone (report-page.css hides the rest while body.print-letter is set). */
function printLetter() {
  document.body.classList.add('print-letter');
  const done = () => {
    document.body.classList.remove('print-letter');
    window.removeEventListener('afterprint', done);
  };
  window.addEventListener('afterprint', done);
  window.print();
}

/** A written letter: where it goes, what is still to fill in, its text, and copy, mail and print. */
export function LetterView({
  letter,
  lang,
  copied,
  onCopied,
  translatorOf,
}: {
  letter: Letter;
  lang: Locale;
  copied: boolean;
  onCopied: (copied: boolean) => void;
  translatorOf: BundledTranslator;
}) {
  const unfilled = unfilledPlaceholders(letter, translatorOf(lang));
  return (
    <div class="letter" data-testid="letter">
      <p class="muted no-print">
        {letter.to.verified ? '' : `${t('letters_check_address', [letter.to.noticeUrl])} `}
        {t('letters_request_page', [letter.to.requestUrl])}
      </p>
      {unfilled.length > 0 && (
        <p role="alert" class="notice no-print" data-testid="letter-placeholders">
          {t('letters_placeholders', [unfilled.join(', ')])}
        </p>
      )}
      {!letter.to.email && <p class="muted no-print">{t('letters_no_email')}</p>}
      <pre class="letter__body" data-testid="letter-body" tabIndex={0}>
        {letter.body}
      </pre>
      <p class="no-print">
        <button
          type="button"
          class="button"
          onClick={() =>
            void navigator.clipboard.writeText(letter.body).then(
              () => onCopied(true),
              () => onCopied(false),
            )
          }
        >
          {t('letters_copy')}
        </button>{' '}
        <a class="button" href={mailtoLink(letter)} data-testid="letter-mailto">
          {t('letters_mail')}
        </a>{' '}
        <button type="button" class="button" data-testid="letter-print" onClick={printLetter}>
          {t('letters_print_letter')}
        </button>
        {copied && <span role="status"> {t('letters_copied')}</span>}
      </p>
    </div>
  );
}
