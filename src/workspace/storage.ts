/**
 * Where the library lives: IndexedDB when the browser allows it, memory otherwise (private
 * windows, quota exceeded). A failure is reported, never thrown at the user: the session goes on.
 * Every record read is checked (./recordCheck): a damaged one is repaired, or set aside in a
 * quarantine store (never deleted) with a notice, so one bad record cannot lock the library.
 */
import type { WorkflowRecord } from './records';
import { checkRecord } from './recordCheck';

export interface WorkspaceStorage {
  readonly kind: 'indexeddb' | 'memory';
  list(): Promise<WorkflowRecord[]>;
  get(id: string): Promise<WorkflowRecord | undefined>;
  put(record: WorkflowRecord): Promise<void>;
  /**
   * Writes `record` only if the stored copy is still the save `expected` (its `saveId`), checked
   * and written in one transaction; otherwise nothing is written and the stored copy is returned
   * (another tab saved it meanwhile).
   */
  putIfUnchanged(record: WorkflowRecord, expected: string | undefined): Promise<{ ok: true } | { ok: false; stored: WorkflowRecord }>;
  /** Writes many records in one transaction (library imports). */
  putMany(records: readonly WorkflowRecord[]): Promise<void>;
  delete(id: string): Promise<void>;
  /** What was repaired or set aside while reading since the last call, for a notice. */
  takeNotices(): string[];
}

/** A readable reason for a failed storage operation (DOMExceptions may carry an empty message). */
export function describeStorageError(error: unknown): string {
  if (error instanceof Error || (error && typeof error === 'object' && 'name' in error)) {
    const { name, message } = error as { name?: string; message?: string };
    if (name === 'QuotaExceededError') return 'the browser’s storage for this site is full (quota exceeded)';
    const text = (message ?? '').trim();
    if (text) return name && name !== 'Error' && !text.includes(name) ? `${name}: ${text}` : text;
    if (name && name !== 'Error') return name;
    return 'the browser gave no reason';
  }
  const text = String(error ?? '').trim();
  return text && text !== '[object Object]' ? text : 'the browser gave no reason';
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
  async putIfUnchanged(record: WorkflowRecord, expected: string | undefined): Promise<{ ok: true } | { ok: false; stored: WorkflowRecord }> {
    const stored = this.records.get(record.id);
    if (stored && stored.saveId !== expected) return { ok: false, stored: structuredClone(stored) };
    this.records.set(record.id, structuredClone(record));
    return { ok: true };
  }
  async putMany(records: readonly WorkflowRecord[]): Promise<void> {
    for (const record of records) this.records.set(record.id, structuredClone(record));
  }
  async delete(id: string): Promise<void> {
    this.records.delete(id);
  }
  takeNotices(): string[] {
    return [];
  }
}

const DB_NAME = 'asl-studio';
const STORE = 'workflows';
/** Damaged records, kept as they were found with the reason (never deleted automatically). */
const QUARANTINE = 'quarantine';
/** A write IndexedDB has not confirmed by then is reported as failed ("Saving…" never sticks). */
const WRITE_TIMEOUT_MS = 15_000;

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

export class IndexedDbStorage implements WorkspaceStorage {
  readonly kind = 'indexeddb' as const;
  private notices: string[] = [];
  private constructor(private readonly db: IDBDatabase) {}

  /**
   * Opens the library at whatever version the browser has, adding any store that is missing (a
   * database left by another version or damaged by hand would otherwise fail every write).
   */
  static async open(factory: IDBFactory): Promise<IndexedDbStorage> {
    let db = await openDb(factory);
    if (!db.objectStoreNames.contains(STORE) || !db.objectStoreNames.contains(QUARANTINE)) {
      const version = db.version + 1;
      db.close();
      db = await openDb(factory, version);
    }
    // Another tab upgrading the database: let it; this tab's later writes report the problem.
    db.onversionchange = () => db.close();
    return new IndexedDbStorage(db);
  }

  private store(mode: IDBTransactionMode): IDBObjectStore {
    return this.db.transaction(STORE, mode).objectStore(STORE);
  }

  /**
   * Checks a raw record. A repaired one is written back (its original kept in quarantine); one
   * that cannot be repaired is moved to the quarantine store.
   */
  private async accept(raw: unknown, key: IDBValidKey): Promise<WorkflowRecord | undefined> {
    const check = checkRecord(raw);
    if (check.ok && check.repairs.length === 0) return check.record;
    const reason = check.ok ? `repaired: ${check.repairs.join(', ')}` : check.reason;
    try {
      const tx = this.db.transaction([STORE, QUARANTINE], 'readwrite');
      tx.objectStore(QUARANTINE).put({ key: String(key), at: Date.now(), reason, value: raw }, `${String(key)}@${Date.now()}`);
      if (check.ok) tx.objectStore(STORE).put(check.record);
      else tx.objectStore(STORE).delete(key);
      await done(tx);
    } catch (error) {
      this.notices.push(`A damaged workflow record (${String(key)}: ${reason}) could not be set aside (${describeStorageError(error)}); it is skipped.`);
      return check.ok ? check.record : undefined;
    }
    this.notices.push(check.ok
      ? `“${check.record.name}” was damaged in local storage and has been repaired (${check.repairs.join(', ')}); the original is kept in the library's quarantine.`
      : `A damaged workflow record (${String(key)}: ${reason}) was set aside in the library's quarantine; the rest of the library works.`);
    return check.ok ? check.record : undefined;
  }

  async list(): Promise<WorkflowRecord[]> {
    const tx = this.db.transaction(STORE, 'readonly');
    const [values, keys] = await Promise.all([request(tx.objectStore(STORE).getAll()), request(tx.objectStore(STORE).getAllKeys())]);
    const records: WorkflowRecord[] = [];
    for (let i = 0; i < values.length; i++) {
      const record = await this.accept(values[i], keys[i]!);
      if (record) records.push(record);
    }
    return records;
  }
  async get(id: string): Promise<WorkflowRecord | undefined> {
    const raw = (await request(this.store('readonly').get(id))) as unknown;
    return raw === undefined ? undefined : this.accept(raw, id);
  }
  async put(record: WorkflowRecord): Promise<void> {
    await this.putMany([record]);
  }
  async putIfUnchanged(record: WorkflowRecord, expected: string | undefined): Promise<{ ok: true } | { ok: false; stored: WorkflowRecord }> {
    const tx = this.db.transaction(STORE, 'readwrite');
    const store = tx.objectStore(STORE);
    let found: unknown;
    // The read and the write share one readwrite transaction, so no other tab writes in between.
    store.get(record.id).onsuccess = (event) => {
      found = (event.target as IDBRequest).result as unknown;
      const savedAs = found && typeof found === 'object' ? (found as { saveId?: unknown }).saveId : undefined;
      if (found === undefined || savedAs === expected) store.put(record);
    };
    await done(tx);
    const savedAs = found && typeof found === 'object' ? (found as { saveId?: unknown }).saveId : undefined;
    if (found === undefined || savedAs === expected) return { ok: true };
    const stored = await this.accept(found, record.id);
    if (stored) return { ok: false, stored };
    // What was stored was unreadable (now in quarantine): this tab's copy is the one to keep.
    await this.put(record);
    return { ok: true };
  }
  async putMany(records: readonly WorkflowRecord[]): Promise<void> {
    const tx = this.db.transaction(STORE, 'readwrite');
    const store = tx.objectStore(STORE);
    for (const record of records) store.put(record);
    await done(tx);
  }
  async delete(id: string): Promise<void> {
    const tx = this.db.transaction(STORE, 'readwrite');
    tx.objectStore(STORE).delete(id);
    await done(tx);
  }
  takeNotices(): string[] {
    const notices = this.notices;
    this.notices = [];
    return notices;
  }

  /** The records set aside so far, as found, with the reason. */
  async quarantined(): Promise<{ key: string; reason: string; value: unknown }[]> {
    return (await request(this.db.transaction(QUARANTINE, 'readonly').objectStore(QUARANTINE).getAll())) as { key: string; reason: string; value: unknown }[];
  }
}

function openDb(factory: IDBFactory, version?: number): Promise<IDBDatabase> {
  const req = version === undefined ? factory.open(DB_NAME) : factory.open(DB_NAME, version);
  req.onupgradeneeded = () => {
    const db = req.result;
    if (!db.objectStoreNames.contains(STORE)) db.createObjectStore(STORE, { keyPath: 'id' });
    if (!db.objectStoreNames.contains(QUARANTINE)) db.createObjectStore(QUARANTINE);
  };
  return new Promise<IDBDatabase>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB could not be opened'));
    req.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  });
}

/** Resolves when a transaction commits; a stalled one fails after WRITE_TIMEOUT_MS. */
function done(tx: IDBTransaction): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      try {
        tx.abort();
      } catch {
        // Already finished or aborted.
      }
      reject(new Error(`IndexedDB did not confirm the write within ${WRITE_TIMEOUT_MS / 1000} s`));
    }, WRITE_TIMEOUT_MS);
    tx.oncomplete = () => {
      clearTimeout(timer);
      resolve();
    };
    tx.onerror = () => {
      clearTimeout(timer);
      reject(tx.error ?? new Error('IndexedDB write failed'));
    };
    tx.onabort = () => {
      clearTimeout(timer);
      reject(tx.error ?? new Error('IndexedDB aborted the write (storage full, or blocked by another tab?)'));
    };
  });
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
    return { storage: new MemoryStorage(), problem: `Local storage is unavailable (${describeStorageError(error)}); work is kept in memory only.` };
  }
}
