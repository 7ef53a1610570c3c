/** Test helper: waits for a store's state without polling or sleeping. */
import type { StoreApi } from 'zustand/vanilla';

/** Resolves when the store's state satisfies `ready` (checked now and on every change). */
export function until<T>(store: StoreApi<T>, ready: (state: T) => boolean): Promise<T> {
  return new Promise((resolve) => {
    if (ready(store.getState())) return resolve(store.getState());
    const off = store.subscribe((state) => {
      if (!ready(state)) return;
      off();
      resolve(state);
    });
  });
}
