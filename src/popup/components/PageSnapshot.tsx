import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import * as v from 'valibot';
import { PageStructureSchema, type PageStructureRequest } from '../../model/messages.ts';
import { logError } from '../../model/log-error.ts';
import { AMAZON_PAGE_PATHS, AMAZON_RETAIL_ORIGINS } from '../../model/marketplaces.ts';
import { redactStructure } from '../../report/redact-structure.ts';
import { t } from '../../ui/extension-i18n.ts';
import { downloadText } from '../../ui/download.ts';

const ACCOUNT_TABS = ['https://account.ring.com/*', ...AMAZON_RETAIL_ORIGINS.flatMap((o) => AMAZON_PAGE_PATHS.map((p) => `${o}${p}`))];

/**
 * A redacted structural snapshot of the open account page, for a bug report when a source did not recognise
 * it. It is built and redacted here, shown in full, and saved only when the user presses Save. Never uploaded.
 */
export function PageSnapshot() {
  const [snapshot, setSnapshot] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const prepare = async () => {
    const tabs = await browser.tabs.query({ url: ACCOUNT_TABS });
    const tab = tabs.filter((x) => x.id !== undefined).sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
    const structure: unknown =
      tab?.id === undefined
        ? null
        : await browser.tabs
            .sendMessage(tab.id, { type: 'alexpose/page-structure' } satisfies PageStructureRequest)
            .catch((error: unknown) => logError('popup: page structure', error));
    if (!v.is(PageStructureSchema, structure)) return setStatus(t('popup_snapshot_none'));
    setStatus('');
    setSnapshot(redactStructure(structure, { name: 'alexpose', version: browser.runtime.getManifest().version }, new Date().toISOString()));
  };
  const save = () => {
    if (!snapshot) return;
    downloadText(snapshot, 'application/json', `alexpose-page-snapshot-${new Date().toISOString().slice(0, 10)}.json`);
  };
  return (
    <div class="page-snapshot" data-testid="page-snapshot">
      <p class="hint">{t('popup_snapshot_hint')}</p>
      <button type="button" class="button" onClick={() => void prepare().catch((error: unknown) => logError('popup: page structure', error))}>
        {t('popup_snapshot_button')}
      </button>
      {status && <p role="status">{status}</p>}
      {snapshot && (
        <>
          <pre class="snapshot-preview" data-testid="snapshot-preview" tabIndex={0}>
            {snapshot}
          </pre>
          <button type="button" class="button button--primary" onClick={save}>
            {t('popup_snapshot_save')}
          </button>
        </>
      )}
    </div>
  );
}
