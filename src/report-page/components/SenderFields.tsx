import { t } from '../../ui/extension-i18n.ts';

export interface Sender {
  name: string;
  address: string;
  email: string;
}

/** The sender of a letter (name, e-mail, postal address) and whether to remember it on this device. */
export function SenderFields(props: { person: Sender; setPerson: (person: Sender) => void; remember: boolean; setRemember: (remember: boolean) => void }) {
  const { person, setPerson, remember, setRemember } = props;
  const field = (key: 'name' | 'email') => (e: Event) => setPerson({ ...person, [key]: (e.currentTarget as HTMLInputElement).value });
  return (
    <>
      <label>
        {t('letters_name')} <input type="text" autocomplete="name" value={person.name} onInput={field('name')} />
      </label>
      <label>
        {t('letters_email')} <input type="email" autocomplete="email" value={person.email} onInput={field('email')} />
      </label>
      <label>
        {t('letters_address')}
        <textarea rows={3} autocomplete="street-address" value={person.address} onInput={(e) => setPerson({ ...person, address: e.currentTarget.value })} />
      </label>
      <label>
        <input type="checkbox" checked={remember} onChange={(e) => setRemember(e.currentTarget.checked)} /> {t('letters_remember')}
      </label>
    </>
  );
}
