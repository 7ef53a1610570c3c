/**
 * Where the library lives: IndexedDB when the browser allows it, memory otherwise (private
 * windows, quota exceeded). A failure is reported, never thrown at the user: the session goes on.
 */
import type { WorkflowRecord } from './records';

export interface WorkspaceStorage {
  readonly kind: 'indexeddb' | 'memory';
  list(): Promise<WorkflowRecord[]>;
  get(id: string): Promise<WorkflowRecord | undefined>;
  put(record: WorkflowRecord): Promise<void>;
  delete(id: string): Promise<void>;
}

export class MemoryStorage implements WorkspaceStorage {
  readonly kind = 'memory' as const;
  private readonly records = new Map<string, WorkflowRecord>();

  async list(): Promise<WorkflowRecord[]> {
    return [...this.records.values()];
  }
  async get(id: string): Promise<WorkflowRecord | undefined> {
    return this.records.get(id);
  }
  async put(record: WorkflowRecord): Promise<void> {
    this.records.set(record.id, structuredClone(record));
  }
  async delete(id: string): Promise<void> {
    this.records.delete(id);
  }
}

const DB_NAME = 'asl-studio';
const STORE = 'workflows';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

export class IndexedDbStorage implements WorkspaceStorage {
  readonly kind = 'indexeddb' as const;
  private constructor(private readonly db: IDBDatabase) {}

  static async open(factory: IDBFactory): Promise<IndexedDbStorage> {
    const req = factory.open(DB_NAME, 1);
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE, { keyPath: 'id' });
    };
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error('IndexedDB could not be opened'));
      req.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
    });
    return new IndexedDbStorage(db);
  }

  private store(mode: IDBTransactionMode): IDBObjectStore {
    return this.db.transaction(STORE, mode).objectStore(STORE);
  }

  async list(): Promise<WorkflowRecord[]> {
    return (await request(this.store('readonly').getAll())) as WorkflowRecord[];
  }
  async get(id: string): Promise<WorkflowRecord | undefined> {
    return (await request(this.store('readonly').get(id))) as WorkflowRecord | undefined;
  }
  async put(record: WorkflowRecord): Promise<void> {
    const tx = this.db.transaction(STORE, 'readwrite');
    tx.objectStore(STORE).put(record);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB write failed'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB write aborted (quota exceeded?)'));
    });
  }
  async delete(id: string): Promise<void> {
    await request(this.store('readwrite').delete(id));
  }
}

export interface OpenedStorage {
  storage: WorkspaceStorage;
  /** Why the library is only in memory, for a notice in the UI. */
  problem?: string;
}

/** The browser's IndexedDB factory; reading it throws in some sandboxed or private contexts. */
function defaultFactory(): IDBFactory | undefined {
  try {
    return globalThis.indexedDB;
  } catch {
    return undefined;
  }
}

export async function openWorkspaceStorage(factory: IDBFactory | undefined = defaultFactory()): Promise<OpenedStorage> {
  if (!factory) return { storage: new MemoryStorage(), problem: 'This browser offers no IndexedDB here (private window?); work is kept in memory only.' };
  try {
    return { storage: await IndexedDbStorage.open(factory) };
  } catch (error) {
    return { storage: new MemoryStorage(), problem: `Local storage is unavailable (${(error as Error).message}); work is kept in memory only.` };
  }
}
