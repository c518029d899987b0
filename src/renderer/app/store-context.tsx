import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { AppActions, AppState, AppStore } from './app-store';

const StoreContext = createContext<AppStore | null>(null);

export function AppStoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

/** Subscribes to one slice of the app state; a component re-renders only when its slice changes. */
export function useApp<T>(selector: (state: AppState & AppActions) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useApp needs an AppStoreProvider above it');
  return useStore(store, selector);
}

/**
 * The app store, or null where there is none (a part rendered on its own, as in its tests): for parts
 * that only call an action, and work without it.
 */
export function useAppStoreIfAny(): AppStore | null {
  return useContext(StoreContext);
}
