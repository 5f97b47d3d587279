import { useRef, useState } from 'preact/hooks';
import { t } from '../../ui/extension-i18n.ts';
import { logError } from '../../model/log-error.ts';
import { eraseEverything } from '../../store/erase-everything.ts';

/** Removes every stored scan, quarantined data included, after an explicit confirmation. */
export function EraseAll() {
  const dialog = useRef<HTMLDialogElement>(null);
  const [done, setDone] = useState(false);
  const erase = async () => {
    // "Keep no history" and the time of the erase outlive it (store/erase-everything.ts).
    await eraseEverything();
    dialog.current?.close();
    setDone(true);
  };
  return (
    <section class="erase" data-testid="erase">
      <h2>{t('report_erase_heading')}</h2>
      <p>{t('report_erase_hint')}</p>
      <button type="button" class="button button--danger" onClick={() => dialog.current?.showModal()}>
        {t('report_erase_button')}
      </button>
      {done && <p role="status">{t('report_erase_done')}</p>}
      <dialog ref={dialog} aria-labelledby="erase-title">
        <h3 id="erase-title">{t('report_erase_confirm_title')}</h3>
        <p>{t('report_erase_confirm_text')}</p>
        <button type="button" class="button" onClick={() => dialog.current?.close()}>
          {t('report_erase_cancel')}
        </button>{' '}
        <button
          type="button"
          class="button button--danger"
          data-testid="erase-confirm"
          onClick={() => void erase().catch((error: unknown) => logError('report: erase all', error))}
        >
          {t('report_erase_confirm')}
        </button>
      </dialog>
    </section>
  );
}
