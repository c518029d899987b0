import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { searchChoices, type RoleChoice } from './role-choices';
import styles from './RolePicker.module.css';

/** How many matches the list shows at once: enough to scan, few enough to render at once in a big org. */
export const SHOWN_CHOICES = 30;

interface RolePickerProps {
  /** The field's accessible name and placeholder ("Add a dotted line to"). */
  label: string;
  choices: readonly RoleChoice[];
  onChoose(id: string): void;
}

/**
 * A searchable role chooser (a combobox): type any words of a title, person, department or id; the list
 * shows the first matches by label and says how many more a narrower search would reach.
 */
export function RolePicker({ label, choices, onChoose }: RolePickerProps) {
  const listId = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const { shown, total } = useMemo(() => searchChoices(choices, query, SHOWN_CHOICES), [choices, query]);
  const optionId = (index: number) => `${listId}-${index}`;

  const choose = (choice: RoleChoice) => {
    onChoose(choice.id);
    setQuery('');
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (shown.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((index) => (index + step + shown.length) % shown.length);
    } else if (event.key === 'Enter' && open && shown[active]) {
      event.preventDefault();
      choose(shown[active]);
    } else if (event.key === 'Escape' && open) {
      event.stopPropagation();
      setOpen(false);
      setActive(-1);
    }
  };

  return (
    <div className={styles.picker}>
      <input
        className={styles.input}
        role="combobox"
        aria-label={label}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        aria-activedescendant={open && shown[active] ? optionId(active) : undefined}
        placeholder={`${label}… (type to search)`}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {open ? (
        <>
          <ul className={styles.list} id={listId} role="listbox" aria-label={label}>
            {shown.map((choice, index) => (
              <li
                key={choice.id}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                className={styles.option}
                // Chosen on mouse down, before the field's blur closes the list.
                onMouseDown={(event) => {
                  event.preventDefault();
                  choose(choice);
                }}
              >
                {choice.label}
              </li>
            ))}
          </ul>
          <p className={styles.status} role="status">
            {total === 0
              ? `No role matches “${query.trim()}”.`
              : total > shown.length
                ? `${shown.length} of ${total.toLocaleString('en')} shown: type to narrow`
                : `${total} ${total === 1 ? 'role' : 'roles'}`}
          </p>
        </>
      ) : null}
    </div>
  );
}
