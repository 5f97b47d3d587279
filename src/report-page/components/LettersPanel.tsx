import { useEffect, useState } from 'preact/hooks';
import type { AccountReport } from '../../ui/load-reports.ts';
import { t, uiLocale } from '../../ui/extension-i18n.ts';
import type { Locale } from '../../i18n/translate.ts';
import { composeLetter, type CcpaRequest, type GdprRequest, type Letter } from '../../letters/compose-letter.ts';
import type { LetterService, Regime } from '../../letters/controllers.ts';
import { connectedApp } from '../../findings/amazon/connected-app.ts';
import { logError } from '../../model/log-error.ts';
import { EXPORT_GUIDE_ID } from '../exports/ExportGuide.tsx';
import { personItem } from '../../store/browser-items.ts';
import { LetterView, type BundledTranslator } from './LetterView.tsx';
import { SenderFields } from './SenderFields.tsx';

const GDPR: readonly GdprRequest[] = ['access', 'erasure', 'objection', 'withdrawal'];
const CCPA: readonly CcpaRequest[] = ['know', 'delete', 'opt-out'];

/** What a letter can cite from the scans of one service. Names are page-derived: the letter holds them as plain text. */
function factsFor(accounts: readonly AccountReport[], service: LetterService) {
  const reports = accounts.filter((a) => a.accountKey.startsWith(service === 'ring' ? 'ring:' : 'amazon:')).map((a) => a.report);
  const uniq = (list: string[]) => [...new Set(list)];
  return {
    // A device shared with you is someone else's: it is not listed as yours.
    devices: uniq(reports.flatMap((r) => r.devices.filter((d) => d.owned !== false).map((d) => d.name))),
    skills: uniq(reports.flatMap((r) => r.findings.filter((f) => f.subject.type === 'skill').map((f) => f.subject.name))),
    apps: uniq(reports.flatMap((r) => r.findings.filter((f) => f.id === connectedApp.id).map((f) => f.subject.name))),
    policeCameras: uniq(reports.flatMap((r) => (r.policePaths ?? []).filter((p) => p.state === 'open').map((p) => p.deviceName))),
  };
}

// Amazon marketplaces in the EU and the UK (UK GDPR): the GDPR applies whatever the browser language.
const GDPR_MARKETPLACES = /^amazon:(?:www\.)?amazon\.(?:de|fr|it|es|co\.uk|nl|se|pl|com\.be|ie)$/;

/** GDPR when an account is on an EU/UK marketplace or the UI is German; CCPA only for the rest. */
function defaultRegime(accounts: readonly AccountReport[]): Regime {
  if (accounts.some((a) => GDPR_MARKETPLACES.test(a.accountKey))) return 'gdpr';
  return uiLocale === 'de' ? 'gdpr' : 'ccpa';
}

/** Both locales' messages (490 KB raw): loaded when the first letter is written, not with the page. */
const loadBundledTranslator = async (): Promise<BundledTranslator> => (await import('../../i18n/bundled-messages.ts')).bundledTranslator;

/** GDPR and CCPA requests, written locally in German or English, prefilled from the scans. Nothing is sent. */
export function LettersPanel({ accounts }: { accounts: readonly AccountReport[] }) {
  const [service, setService] = useState<LetterService>(accounts.some((a) => a.accountKey.startsWith('ring:')) ? 'ring' : 'amazon');
  const [regime, setRegime] = useState<Regime>(defaultRegime(accounts));
  const [lang, setLang] = useState<Locale>(uiLocale);
  const [requests, setRequests] = useState<Set<string>>(new Set(['access', 'know']));
  const [person, setPerson] = useState({ name: '', address: '', email: '' });
  const [remember, setRemember] = useState(false);
  const [letter, setLetter] = useState<Letter | null>(null);
  const [copied, setCopied] = useState(false);
  const [bundledTranslator, setBundledTranslator] = useState<{ of: BundledTranslator } | null>(null);

  useEffect(() => {
    void personItem
      .get()
      .then((saved) => {
        if (saved) {
          setPerson({ name: saved.name, address: saved.address, email: saved.email });
          setRemember(true);
        }
      })
      .catch((error: unknown) => logError('report: saved sender', error));
  }, []);

  const write = async () => {
    if (remember) await personItem.set(person);
    else await personItem.remove();
    const translatorOf = bundledTranslator?.of ?? (await loadBundledTranslator());
    const chosen = (regime === 'gdpr' ? GDPR : CCPA).filter((r) => requests.has(r));
    setCopied(false);
    setBundledTranslator({ of: translatorOf });
    setLetter(
      composeLetter(
        { regime, service, requests: chosen, person, facts: factsFor(accounts, service), date: new Date().toLocaleDateString(lang) },
        translatorOf(lang),
      ),
    );
  };
  const toggle = (r: string) => setRequests((old) => (old.has(r) ? new Set([...old].filter((x) => x !== r)) : new Set([...old, r])));

  return (
    <section class="letters" data-testid="letters" aria-labelledby="letters-heading">
      <h2 id="letters-heading">{t('letters_heading')}</h2>
      <p>{t('letters_hint')}</p>
      <p data-testid="letters-export-pointer">
        {t('report_letters_export_pointer')} <a href={`#${EXPORT_GUIDE_ID}`}>{t('report_letters_export_pointer_link')}</a>
      </p>
      <div class="letters__form no-print">
        <label>
          {t('letters_service')}{' '}
          <select value={service} onChange={(e) => setService(e.currentTarget.value as LetterService)}>
            <option value="amazon">Amazon</option>
            <option value="ring">Ring</option>
          </select>
        </label>
        <label>
          {t('letters_regime')}{' '}
          <select value={regime} onChange={(e) => setRegime(e.currentTarget.value as Regime)}>
            <option value="gdpr">{t('letters_regime_gdpr')}</option>
            <option value="ccpa">{t('letters_regime_ccpa')}</option>
          </select>
        </label>
        <label>
          {t('letters_language')}{' '}
          <select value={lang} onChange={(e) => setLang(e.currentTarget.value as Locale)}>
            <option value="de">Deutsch</option>
            <option value="en">English</option>
          </select>
        </label>
        <fieldset>
          <legend>{t('letters_requests')}</legend>
          {(regime === 'gdpr' ? GDPR : CCPA).map((r) => (
            <label key={r}>
              <input type="checkbox" checked={requests.has(r)} onChange={() => toggle(r)} /> {t(`letters_req_${r.replace(/-/g, '_')}`)}
            </label>
          ))}
        </fieldset>
        <SenderFields person={person} setPerson={setPerson} remember={remember} setRemember={setRemember} />
        <button type="button" class="button button--primary" onClick={() => void write().catch((error: unknown) => logError('report: write letter', error))}>
          {t('letters_generate')}
        </button>
      </div>
      {letter && bundledTranslator && <LetterView letter={letter} lang={lang} copied={copied} onCopied={setCopied} translatorOf={bundledTranslator.of} />}
    </section>
  );
}
