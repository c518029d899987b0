import { useEffect, useState } from 'react';
import { errorOf } from '../api/client';
import { useApp } from './store-context';

/**
 * Loads a list from the API each time a dialog opens: null while loading, the list once it arrives, and
 * a failure shown as the app's error. A late answer after the dialog closed is dropped.
 */
export function useLoadedList<T>(open: boolean, load: (() => Promise<T[]>) | null): T[] | null {
  const showError = useApp((s) => s.showError);
  const [items, setItems] = useState<T[] | null>(null);
  useEffect(() => {
    if (!open || !load) return;
    let current = true;
    setItems(null);
    load()
      .then((list) => current && setItems(list))
      .catch((error: unknown) => showError(errorOf(error)));
    return () => {
      current = false;
    };
  }, [open, load, showError]);
  return items;
}
