/**
 * A lead-cadence `Store` on SQLite (better-sqlite3). One row per lead: the record as JSON, its
 * compare-and-set version and its due-index key; leases in their own table; the highest version a
 * removed lead had, so a lead created again starts above it (no version of an id repeats). SQLite
 * serialises writers, so every method is atomic. Passes `storeConformance`.
 */
import Database from "better-sqlite3";
import type { Store, StoredLead, VersionedLead, WriteResult } from "../../src/index.js";

/** Opens (or creates) the database file; `":memory:"` for a throwaway one. */
export function createSqliteStore(filename: string): Store & { close(): void } {
  const db = new Database(filename);
  db.pragma("journal_mode = WAL");
  db.pragma("busy_timeout = 5000");
  db.exec(`
    CREATE TABLE IF NOT EXISTS leads (
      id TEXT PRIMARY KEY,
      version INTEGER NOT NULL,
      due_at INTEGER,
      json TEXT NOT NULL
    );
    CREATE INDEX IF NOT EXISTS leads_due ON leads (due_at) WHERE due_at IS NOT NULL;
    CREATE TABLE IF NOT EXISTS leases (
      id TEXT PRIMARY KEY,
      owner TEXT NOT NULL,
      until INTEGER NOT NULL
    );
    CREATE TABLE IF NOT EXISTS removed (one INTEGER PRIMARY KEY CHECK (one = 1), version INTEGER NOT NULL);
    INSERT OR IGNORE INTO removed (one, version) VALUES (1, 0);
  `);
  const selectLead = db.prepare<{ version: number; json: string }>("SELECT version, json FROM leads WHERE id = ?");
  const selectVersion = db.prepare<{ version: number }>("SELECT version FROM leads WHERE id = ?");
  const insertLead = db.prepare<{ version: number }>(
    "INSERT OR IGNORE INTO leads (id, version, due_at, json) SELECT ?, version + 1, ?, ? FROM removed RETURNING version",
  );
  const updateLead = db.prepare("UPDATE leads SET version = version + 1, due_at = ?, json = ? WHERE id = ? AND version = ?");
  const deleteLead = db.prepare("DELETE FROM leads WHERE id = ? AND version = ?");
  const raiseRemoved = db.prepare("UPDATE removed SET version = max(version, ?)");
  const removeLead = db.transaction(
    (leadId: string, version: number) => deleteLead.run(leadId, version).changes === 1 && raiseRemoved.run(version).changes === 1,
  );
  const selectDue = db.prepare<{ id: string }>(`
    SELECT l.id FROM leads l
    WHERE l.due_at IS NOT NULL AND l.due_at <= ?
      AND NOT EXISTS (SELECT 1 FROM leases s WHERE s.id = l.id AND s.until > ?)
    ORDER BY l.due_at, l.id LIMIT ?`);
  const upsertLease = db.prepare(`
    INSERT INTO leases (id, owner, until) VALUES (?, ?, ?)
    ON CONFLICT (id) DO UPDATE SET owner = excluded.owner, until = excluded.until
    WHERE leases.owner = excluded.owner OR leases.until <= ?`);
  const deleteLease = db.prepare("DELETE FROM leases WHERE id = ? AND owner = ?");
  const selectAll = db.prepare<{ version: number; json: string }>("SELECT version, json FROM leads");

  return {
    async get(leadId: string): Promise<VersionedLead | undefined> {
      const row = selectLead.get(leadId);
      return row === undefined ? undefined : { record: JSON.parse(row.json) as StoredLead, version: row.version };
    },
    async write(record: StoredLead, expectedVersion: number): Promise<WriteResult> {
      const id = record.lead.id;
      const json = JSON.stringify(record);
      if (expectedVersion === 0) {
        const created = insertLead.get(id, record.dueAt, json);
        if (created !== undefined) return { ok: true, version: created.version };
      } else if (updateLead.run(record.dueAt, json, id, expectedVersion).changes === 1) return { ok: true, version: expectedVersion + 1 };
      return { ok: false, version: selectVersion.get(id)?.version ?? 0 };
    },
    async remove(leadId: string, expectedVersion: number): Promise<WriteResult> {
      if (expectedVersion !== 0 && removeLead(leadId, expectedVersion)) return { ok: true, version: 0 };
      const found = selectVersion.get(leadId)?.version ?? 0;
      return { ok: found === expectedVersion && found === 0, version: found };
    },
    async due(at: number, limit: number): Promise<string[]> {
      return selectDue.all(at, at, limit).map((r) => r.id);
    },
    async claim(leadId: string, owner: string, until: number, now: number): Promise<boolean> {
      return upsertLease.run(leadId, owner, until, now).changes === 1;
    },
    async release(leadId: string, owner: string): Promise<void> {
      deleteLease.run(leadId, owner);
    },
    async *scan(): AsyncIterable<VersionedLead> {
      for (const row of selectAll.all()) yield { record: JSON.parse(row.json) as StoredLead, version: row.version };
    },
    close: () => db.close(),
  };
}
